import type { Translation } from '../types';
import type { en } from './run';

/** The Arabic of messages/run.ts (loaded only when Arabic is chosen). */
export const ar: Translation<typeof en> = {
  'run.error.auth': 'لم يقبل {provider} مفتاحك. تحقّق منه في الإعدادات أو الصق مفتاحًا جديدًا.',
  'run.error.quota': 'لم يبقَ في حسابك لدى {provider} رصيد أو حصة لهذا الطلب. أضف رصيدًا أو راجع الفوترة لدى {provider} ثم حاول مجددًا.',
  'run.error.rateLimit': 'يحدّ {provider} الآن من عدد الطلبات التي يمكنك إرسالها. انتظر دقيقة ثم حاول مجددًا.',
  'run.error.policy': 'رفض {provider} هذا الطلب وفق سياسة المحتوى لديه: {reason}',
  'run.error.notFound': 'هذا النموذج لم يعد متاحًا لدى {provider}. اختر نموذجًا آخر؛ أوامرك ومقاطعك المحفوظة لم تتأثر.',
  'run.error.badRequest': 'رفض {provider} هذه الإعدادات: {reason}',
  'run.error.expired': 'انتهت صلاحية الفيديو لدى {provider} قبل أن يُحفظ هنا.',
  'run.error.failed': 'تعذّر على {provider} توليد هذا الفيديو: {reason}',
  'run.error.server': 'واجه {provider} مشكلة من جهته. حاول مجددًا بعد بضع دقائق.',
  'run.error.network': 'تعذّر على لقطة الوصول إلى {provider}. تحقّق من اتصالك ومن العنوان الأساسي في الإعدادات؛ وقد يكون المزوّد يمنع الطلبات القادمة من المتصفح (CORS).',
  'run.error.aborted': 'أُلغي التوليد.',
  'run.error.invalidModel': 'لم يُرسل مُعرّف النموذج {reason}: لا يحوي مُعرّف النموذج إلا حروفًا وأرقامًا و"." و"_" و"-" و"/". اختر نموذجًا من القائمة.',
  'run.error.retired': 'أوقف {provider} النموذج {reason}، فلم يُرسل شيء. اختر نموذجًا حاليًا؛ أوامرك ومقاطعك المحفوظة لم تتأثر.',
  'run.error.budget': 'أوقف {provider} هذا التوليد لأنه سيتجاوز حدّ الإنفاق المضبوط في حسابك. ارفع الحدّ أو انتظر تجدّده ثم حاول مجددًا.',
  'run.error.needsAction': 'توقّف {provider} وطلب خطوة لا تستطيع لقطة تنفيذها، فلم يصل فيديو. حاول مجددًا أو بسّط الأمر.',
  'run.error.unknown': 'أجاب {provider} بردّ لم تفهمه لقطة. تعرض التفاصيل أدناه ردّه.',
  'run.error.storage': 'لم تعد في متصفحك مساحة لحفظ هذا الفيديو. احذف بعض المقاطع من «التوليدات» ثم حاول مجددًا. لم يضع شيء من مكتبتك.',
  'run.error.storageFailed': 'تعذّرت كتابة الفيديو في تخزين المتصفح. لم يضع شيء من مكتبتك.',
  'run.error.badMedia': 'أرسل {provider} ملفًا ليس فيديو MP4 أو WebM، فلم يُحفظ.',
  'run.error.interrupted': 'أُغلقت الصفحة أثناء إرسال هذا التوليد، فلا تعرف لقطة إن كان {provider} قد قبله. راجع حسابك لدى {provider} قبل تشغيله مجددًا.',
  'run.error.notSent': 'لم يُرسل هذا التوليد قط: أُغلقت الصفحة قبل أن يحين دوره.',
  'run.error.noKey': 'لا يوجد مفتاح لـ {provider} في هذا التبويب. أضفه (أو افتح مفاتيحك) من الإعدادات.',
  'run.error.unsupported': 'لا يستطيع {provider} تنفيذ ما يطلبه هذا التوليد (إعادة المزج)، فلم يُرسل شيء.',
  'run.error.previzStopped': 'كانت هذه المعاينة قيد الرسم حين أُغلقت صفحتها. اضغط «توليد» لرسمها من جديد؛ لا كلفة لذلك.',
  'run.error.noReason': 'لم يُذكر سبب',
  'run.details': 'التفاصيل',
  'run.detailsHeading': 'ما أجاب به {provider}',
};
