import type { Messages } from '../types';

/** Provider names as people know them. */
export const en = {
  'provider.gemini': 'Google Gemini',
  'provider.fal': 'fal.ai',
  'provider.openai': 'OpenAI-compatible',
  'provider.previz': 'Previz (schematic preview, not an AI video)',
} satisfies Messages;
