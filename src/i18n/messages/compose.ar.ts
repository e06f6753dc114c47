import type { Translation } from '../types';
import type { en } from './compose';

/** The Arabic of messages/compose.ts (loaded only when Arabic is chosen). */
export const ar: Translation<typeof en> = {
  'compose.heading': 'التأليف',
  'compose.titleLabel': 'العنوان',
  'compose.titlePlaceholder': 'أمر بلا عنوان',
  'compose.textLabel': 'الأمر',
  'compose.textPlaceholder': 'صِف اللقطة: الأسلوب، الموضوع، المكان، الكاميرا، الإضاءة، مراحل الحركة، الصوت…',
  'compose.new': 'أمر جديد',
  'compose.save': 'حفظ',
  'compose.more': 'المزيد',
  'compose.moreActions': 'المزيد من الإجراءات',
  'compose.saveShortcut': 'Ctrl+S',
  'compose.state.clean': 'لا تغييرات',
  'compose.state.dirty': 'تغييرات غير محفوظة',
  'compose.state.saving': 'جارٍ الحفظ…',
  'compose.state.saved': 'تم الحفظ',
  'compose.state.error': 'لم يُحفظ',
  'compose.version': 'النسخة {rev}',
  'compose.newPrompt': 'جديد، لم يُحفظ بعد',
  'compose.restoredDraft': 'استُعيدت تغييراتك غير المحفوظة من المرة السابقة.',
  'compose.conflictSaved': 'حُفظ هذا الأمر في تبويب آخر أولًا. احتُفظ بنصّك أمرًا مستقلًا باسم «{title}»، فلم يضع شيء.',
  'compose.changedElsewhere': 'تغيّر هذا الأمر في تبويب آخر. الحفظ الآن يُبقي النصّين: يُحفظ نصّك نسخةً مستقلة.',
  'compose.discardMine': 'اعرض نسخة التبويب الآخر',
  'compose.openCopy': 'افتحه',
  'compose.characters': {
    zero: 'لا أحرف',
    one: 'حرف واحد',
    two: 'حرفان',
    few: '{count} أحرف',
    many: '{count} حرفًا',
    other: '{count} حرف',
  },
  'compose.emptyText': 'اكتب أمرًا قبل الحفظ.',
};
