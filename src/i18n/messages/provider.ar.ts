import type { Translation } from '../types';
import type { en } from './provider';

/** The Arabic of messages/provider.ts (loaded only when Arabic is chosen). */
export const ar: Translation<typeof en> = {
  'provider.gemini': 'Google Gemini',
  'provider.fal': 'fal.ai',
  'provider.openai': 'متوافق مع OpenAI',
  'provider.previz': 'معاينة تخطيطية (Previz)، ليست فيديو ذكاء اصطناعي',
};
