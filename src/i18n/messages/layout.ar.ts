import type { Translation } from '../types';
import type { en } from './layout';

/** The Arabic of messages/layout.ts. */
export const ar: Translation<typeof en> = {
  'composer.summary.none': 'لم يُختر شيء بعد',
  'composer.summary.beats': { zero: 'لا مراحل', one: 'مرحلة واحدة', two: 'مرحلتان', few: '{count} مراحل', many: '{count} مرحلة', other: '{count} مرحلة' },
  'composer.summary.lines': { zero: 'لا أسطر', one: 'سطر واحد', two: 'سطران', few: '{count} أسطر', many: '{count} سطرًا', other: '{count} سطر' },
  'generateBar.label': 'ولّد هذا الأمر',
  'generateBar.options': 'النموذج والخيارات',
  'generateBar.notReady': 'افتح الخيارات أدناه لترى ما ينقص.',
};
