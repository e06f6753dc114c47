import type { Messages } from '../types';

export const en = {
  'composer.summary.none': 'nothing chosen yet',
  'composer.summary.beats': { one: '{count} beat', other: '{count} beats' },
  'composer.summary.lines': { one: '{count} line', other: '{count} lines' },
  'generateBar.label': 'Generate this prompt',
  'generateBar.options': 'Model and options',
  'generateBar.notReady': 'Open the options below to see what is missing.',
} satisfies Messages;
