import type { MessageKey } from '../../i18n/catalog';

export interface Lesson {
  id: string;
  title: MessageKey;
}

/** The lessons, in reading order; their text is public/guide/<locale>/<id>.md. */
export const lessons: readonly Lesson[] = [
  { id: 'anatomy', title: 'learn.lesson.anatomy' },
  { id: 'camera', title: 'learn.lesson.camera' },
  { id: 'movement', title: 'learn.lesson.movement' },
  { id: 'light', title: 'learn.lesson.light' },
  { id: 'sound', title: 'learn.lesson.sound' },
  { id: 'iterate', title: 'learn.lesson.iterate' },
];
