/** The Arabic catalogue: a chunk of its own, loaded only when Arabic is chosen. */
import type { Catalog } from './catalog';
import { ar as shell } from './messages/shell.ar';
import { ar as storage } from './messages/storage.ar';
import { ar as library } from './messages/library.ar';
import { ar as compose } from './messages/compose.ar';
import { ar as composer } from './messages/composer.ar';
import { ar as providers } from './messages/providers.ar';
import { ar as exchange } from './messages/exchange.ar';
import { ar as compare } from './messages/compare.ar';
import { ar as learn } from './messages/learn.ar';

export const ar: Catalog = {
  ...shell,
  ...storage,
  ...library,
  ...compose,
  ...composer,
  ...providers,
  ...exchange,
  ...compare,
  ...learn,
};
