import type { Messages } from '../types';

export const en = {
  'composer.summary.none': 'nothing chosen yet',
  'composer.summary.beats': { one: '{count} beat', other: '{count} beats' },
  'composer.summary.lines': { one: '{count} line', other: '{count} lines' },
  'generateBar.label': 'Generate this prompt',
  'generateBar.options': 'Model and options',
  'generateBar.notReady': 'Open the options below to see what is missing.',
  'empty.library.templates': 'Start from a starter template',
  'empty.library.compose': 'Write one from scratch',
  'empty.runs.previz': 'Previz draws a free schematic preview on this device: no key, no network. Choose it as the provider in Compose.',
  'empty.runs.keys': 'For real video, add a provider key in Settings; it stays in this browser and is sent only to that provider.',
  'empty.runs.openSettings': 'Open Settings',
} satisfies Messages;
