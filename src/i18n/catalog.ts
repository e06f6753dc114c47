/**
 * Every user-visible string, per feature file, merged into one catalogue per language. Each file
 * is named after the prefix of its keys (`runs.ts` holds `runs.*`; `shell.ts` holds the frame's
 * small ones: app, nav, lang, theme, section, toast, common). A new feature adds its own file
 * under messages/ (English) and messages/<prefix>.ar.ts (Arabic), and one line here and in
 * catalog-ar.ts. Arabic is a separate chunk: English readers never load it.
 */
import type { Message } from './types';
import * as shell from './messages/shell';
import * as storage from './messages/storage';
import * as library from './messages/library';
import * as compose from './messages/compose';
import * as composer from './messages/composer';
import * as provider from './messages/provider';
import * as run from './messages/run';
import * as runs from './messages/runs';
import * as generate from './messages/generate';
import * as settings from './messages/settings';
import * as exchange from './messages/exchange';
import * as compare from './messages/compare';
import * as learn from './messages/learn';
import * as offline from './messages/offline';
import * as coach from './messages/coach';
import * as glossary from './messages/glossary';
import * as palette from './messages/palette';
import * as previz from './messages/previz';
import * as takes from './messages/takes';
import * as storyboard from './messages/storyboard';
import * as layout from './messages/layout';
import * as images from './messages/images';
import * as lineage from './messages/lineage';

export const en = {
  ...shell.en,
  ...storage.en,
  ...library.en,
  ...compose.en,
  ...composer.en,
  ...provider.en,
  ...run.en,
  ...runs.en,
  ...generate.en,
  ...settings.en,
  ...exchange.en,
  ...compare.en,
  ...learn.en,
  ...offline.en,
  ...coach.en,
  ...glossary.en,
  ...palette.en,
  ...previz.en,
  ...takes.en,
  ...storyboard.en,
  ...layout.en,
  ...images.en,
  ...lineage.en,
};

export type MessageKey = keyof typeof en;

/** English is always here (the fallback); Arabic is loaded on demand from catalog-ar.ts. */
export type Catalog = Record<MessageKey, Message>;
