import type { Translation } from '../types';
import type { en } from './glossary';

/** The Arabic of messages/glossary.ts (loaded only when Arabic is chosen). */
export const ar: Translation<typeof en> = {
  'nav.glossary': 'المسرد',
  'glossary.heading': 'المسرد',
  'glossary.intro': 'كل مصطلح يعرفه المؤلِّف والمدرّب، مع ما يفعله على الشاشة. ابحث بالعربية أو الإنجليزية.',
  'glossary.search': 'ابحث في المصطلحات',
  'glossary.searchPlaceholder': 'مثلًا: لقطة قريبة، الساعة الذهبية، close-up',
  'glossary.category': 'الفئة',
  'glossary.allCategories': 'كل الفئات',
  'glossary.count': { zero: 'لا مصطلح يطابق', one: 'مصطلح واحد', two: 'مصطلحان', few: '{count} مصطلحات', many: '{count} مصطلحًا', other: '{count} مصطلح' },
  'glossary.promptWords': 'كلمات الأمر',
  'glossary.use': 'استخدمه في التأليف',
  'glossary.useLabel': 'استخدم «{term}» في التأليف',
  'glossary.added': 'أُضيف «{term}» إلى الأمر.',
  'glossary.list': 'المصطلحات',
};
