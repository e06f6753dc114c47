/**
 * Every user-visible string, per feature file, merged into one catalogue per language. A new
 * feature adds its own file under messages/ and one line to each list below.
 */
import type { Locale, Message } from './types';
import * as shell from './messages/shell';
import * as storage from './messages/storage';
import * as library from './messages/library';
import * as compose from './messages/compose';

export const en = {
  ...shell.en,
  ...storage.en,
  ...library.en,
  ...compose.en,
};

export type MessageKey = keyof typeof en;

export const ar: Record<MessageKey, Message> = {
  ...shell.ar,
  ...storage.ar,
  ...library.ar,
  ...compose.ar,
};

export const catalogs: Record<Locale, Record<MessageKey, Message>> = { en, ar };
