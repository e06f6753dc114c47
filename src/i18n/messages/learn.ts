import type { Messages, Translation } from '../types';

export const en = {
  'learn.heading': 'Learn',
  'learn.intro': 'Short lessons on how strong video prompts are built. Each one takes a few minutes.',
  'learn.lessons': 'Lessons',
  'learn.lesson.anatomy': 'How a video prompt is built',
  'learn.lesson.camera': 'Framing, angle and lens',
  'learn.lesson.movement': 'Camera movement and timed beats',
  'learn.lesson.light': 'Light, palette and mood',
  'learn.lesson.sound': 'Sound and dialogue',
  'learn.lesson.iterate': 'Iterate: variants and comparisons',
  'learn.loadFailed': 'This lesson could not be loaded. Check your connection and try again.',
  'learn.retry': 'Try again',
  'learn.next': 'Next: {title}',
  'learn.tryIt': 'Try it in Compose',
} satisfies Messages;

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
