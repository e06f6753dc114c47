/**
 * Every user-visible string, per feature file, merged into one catalogue per language. A new
 * feature adds its own file under messages/ (English) and messages/<feature>.ar.ts (Arabic), and
 * one line here and in catalog-ar.ts. Arabic is a separate chunk: English readers never load it.
 */
import type { Message } from './types';
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

/** English is always here (the fallback); Arabic is loaded on demand from catalog-ar.ts. */
export type Catalog = Record<MessageKey, Message>;
