/**
 * Every user-visible string, per feature file, merged into one catalogue per language. A new
 * feature adds its own file under messages/ and one line to each list below.
 */
import type { Locale, Message } from './types';
import * as shell from './messages/shell';
import * as storage from './messages/storage';
import * as library from './messages/library';
import * as compose from './messages/compose';
import * as composer from './messages/composer';
import * as providers from './messages/providers';
import * as exchange from './messages/exchange';
import * as compare from './messages/compare';
import * as learn from './messages/learn';

export const en = {
  ...shell.en,
  ...storage.en,
  ...library.en,
  ...compose.en,
  ...composer.en,
  ...providers.en,
  ...exchange.en,
  ...compare.en,
  ...learn.en,
};

export type MessageKey = keyof typeof en;

export const ar: Record<MessageKey, Message> = {
  ...shell.ar,
  ...storage.ar,
  ...library.ar,
  ...compose.ar,
  ...composer.ar,
  ...providers.ar,
  ...exchange.ar,
  ...compare.ar,
  ...learn.ar,
};

export const catalogs: Record<Locale, Record<MessageKey, Message>> = { en, ar };
