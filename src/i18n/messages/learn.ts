import type { Messages } from '../types';

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
