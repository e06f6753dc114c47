import type { Messages } from '../types';

export const en = {
  'previz.badge': 'Previz · schematic preview, not an AI video',
  'previz.notPreviewed': 'not previewed: {list}',
  'previz.word.rain': 'rain',
  'previz.word.snow': 'snow',
  'previz.word.dialogue': 'dialogue',
  'previz.word.sound': 'sound',
  'previz.model': 'Schematic preview',
  'previz.note': 'Previz draws a schematic 3D sketch of your camera and light on this device: free, no key, nothing leaves your browser. It is a preview, not an AI video.',
  'previz.cost': 'Free ($0): drawn on this device.',
  'previz.showMe': 'Show me',
  'previz.showMeTerm': 'Show me: {term}',
  'previz.previewOf': 'Schematic preview of “{term}”',
  'previz.drawing': 'Drawing a preview of “{term}”…',
  'previz.failed': 'This browser could not draw the preview ({reason}). The explanation above still holds.',
  'previz.close': 'Close preview',
} satisfies Messages;
