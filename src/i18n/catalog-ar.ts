/** The Arabic catalogue: a chunk of its own, loaded only when Arabic is chosen. */
import type { Catalog } from './catalog';
import { ar as shell } from './messages/shell.ar';
import { ar as storage } from './messages/storage.ar';
import { ar as library } from './messages/library.ar';
import { ar as compose } from './messages/compose.ar';
import { ar as composer } from './messages/composer.ar';
import { ar as provider } from './messages/provider.ar';
import { ar as run } from './messages/run.ar';
import { ar as runs } from './messages/runs.ar';
import { ar as generate } from './messages/generate.ar';
import { ar as settings } from './messages/settings.ar';
import { ar as exchange } from './messages/exchange.ar';
import { ar as compare } from './messages/compare.ar';
import { ar as learn } from './messages/learn.ar';
import { ar as offline } from './messages/offline.ar';
import { ar as coach } from './messages/coach.ar';
import { ar as glossary } from './messages/glossary.ar';
import { ar as palette } from './messages/palette.ar';
import { ar as previz } from './messages/previz.ar';
import { ar as takes } from './messages/takes.ar';
import { ar as images } from './messages/images.ar';
import { ar as storyboard } from './messages/storyboard.ar';
import { ar as layout } from './messages/layout.ar';
import { ar as lineage } from './messages/lineage.ar';

export const ar: Catalog = {
  ...shell,
  ...storage,
  ...library,
  ...compose,
  ...composer,
  ...provider,
  ...run,
  ...runs,
  ...generate,
  ...settings,
  ...exchange,
  ...compare,
  ...learn,
  ...offline,
  ...coach,
  ...glossary,
  ...palette,
  ...previz,
  ...takes,
  ...images,
  ...storyboard,
  ...layout,
  ...lineage,
};
