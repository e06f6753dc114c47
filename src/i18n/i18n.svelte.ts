import { en, type Catalog, type MessageKey } from './catalog';
import { formatMessage, formatRelativeTime, formatDateTime, formatNumber, type MessageParams } from './format';
import { locales, type Locale } from './types';

export type { MessageKey, Locale };

const storageKey = 'laqta.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved && (locales as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // storage blocked: fall through to the browser's language
  }
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

const catalogs: Partial<Record<Locale, Catalog>> = { en };

/** Loads a language's messages (English is always loaded). */
async function loadCatalog(locale: Locale): Promise<void> {
  if (!catalogs[locale]) catalogs[locale] = (await import('./catalog-ar')).ar;
}

/** The interface language: chosen in the header, remembered on this device, mirrored on <html>. */
class I18n {
  #locale = $state<Locale>('en');
  #wanted: Locale = initialLocale();

  /** Loads the remembered language before the first paint (English needs nothing). */
  async start(): Promise<void> {
    await this.use(this.#wanted).catch(() => undefined);
  }

  /** Switches the interface language once its messages are loaded, and remembers the choice. */
  async use(next: Locale): Promise<void> {
    this.#wanted = next;
    await loadCatalog(next);
    if (this.#wanted === next) this.locale = next;
  }

  get locale(): Locale {
    return this.#locale;
  }

  get dir(): 'rtl' | 'ltr' {
    return this.#locale === 'ar' ? 'rtl' : 'ltr';
  }

  set locale(next: Locale) {
    this.#locale = next;
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // the choice lasts for this tab only
    }
  }

  t = (key: MessageKey, params?: MessageParams): string => formatMessage(this.#locale, (catalogs[this.#locale] ?? en)[key], params);
  number = (value: number, options?: Intl.NumberFormatOptions): string => formatNumber(this.#locale, value, options);
  relative = (then: number, now: number = Date.now()): string => formatRelativeTime(this.#locale, then, now);
  dateTime = (at: number): string => formatDateTime(this.#locale, at);
}

export const i18n = new I18n();
export const t = i18n.t;
