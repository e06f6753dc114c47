import type { Messages } from '../types';

/** Provider names as people know them. */
export const en = {
  'provider.gemini': 'Google Gemini',
  'provider.fal': 'fal.ai',
  'provider.openai': 'OpenAI-compatible',
} satisfies Messages;
