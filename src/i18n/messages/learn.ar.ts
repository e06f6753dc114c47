import type { Translation } from '../types';
import type { en } from './learn';

/** The Arabic of messages/learn.ts (loaded only when Arabic is chosen). */
export const ar: Translation<typeof en> = {
  'learn.heading': 'تعلّم',
  'learn.intro': 'دروس قصيرة في بناء أوامر فيديو قوية. كل درس يستغرق بضع دقائق.',
  'learn.lessons': 'الدروس',
  'learn.lesson.anatomy': 'كيف يُبنى أمر الفيديو',
  'learn.lesson.camera': 'التأطير والزاوية والعدسة',
  'learn.lesson.movement': 'حركة الكاميرا والمراحل الموقوتة',
  'learn.lesson.light': 'الضوء واللوحة اللونية والمزاج',
  'learn.lesson.sound': 'الصوت والحوار',
  'learn.lesson.iterate': 'التكرار: النسخ المتعددة والمقارنات',
  'learn.loadFailed': 'تعذّر تحميل هذا الدرس. تحقّق من الاتصال وحاول مجددًا.',
  'learn.retry': 'حاول مجددًا',
  'learn.next': 'التالي: {title}',
  'learn.tryIt': 'جرّبه في التأليف',
};
