import type { Messages, Translation } from '../types';

export const en = {
  'storage.quota': 'Your browser has no room left for Laqta\'s data. Delete some videos in Runs or export your library, then try again. Nothing already stored was lost.',
  'storage.unavailable': 'This browser is not letting Laqta keep data (private mode or storage turned off). You can keep working, but nothing will be kept after you close the tab: export your work before you leave.',
  'storage.newerSchema': 'A newer version of Laqta has updated your library in another tab. Reload this page to keep working; this tab will not save until then.',
  'storage.failed': 'Laqta could not write to your browser\'s storage. Your work is still on screen; try saving again. Nothing already stored was lost.',
  'storage.memoryBanner': 'Storage is unavailable in this browser: your work is kept only while this tab stays open.',
  'storage.reload': 'Reload',
} satisfies Messages;

export const ar: Translation<typeof en> = {
  'storage.quota': 'لم تعد في متصفحك مساحة لبيانات لقطة. احذف بعض المقاطع من «التوليدات» أو صدّر مكتبتك، ثم حاول مجددًا. لم يضع شيء مما حُفظ.',
  'storage.unavailable': 'هذا المتصفح لا يسمح للقطة بحفظ البيانات (وضع التصفح الخاص أو التخزين معطّل). يمكنك مواصلة العمل، لكن لن يُحفظ شيء بعد إغلاق التبويب: صدّر عملك قبل المغادرة.',
  'storage.newerSchema': 'حدّثت نسخةٌ أحدث من لقطة مكتبتك في تبويب آخر. أعد تحميل هذه الصفحة لمواصلة العمل؛ لن يحفظ هذا التبويب شيئًا حتى ذلك الحين.',
  'storage.failed': 'تعذّر على لقطة الكتابة في تخزين المتصفح. عملك ما زال ظاهرًا؛ حاول الحفظ مجددًا. لم يضع شيء مما حُفظ.',
  'storage.memoryBanner': 'التخزين غير متاح في هذا المتصفح: يُحتفظ بعملك ما دام هذا التبويب مفتوحًا فقط.',
  'storage.reload': 'إعادة التحميل',
};
