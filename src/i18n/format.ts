import type { Locale, Message } from './types';

export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralRule(locale: Locale): Intl.PluralRules {
  let rule = pluralRules.get(locale);
  if (!rule) pluralRules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule;
}

/** Formats one message: picks the plural form from `count`, then fills `{name}` placeholders as text. */
export function formatMessage(locale: Locale, message: Message, params: MessageParams = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = typeof params.count === 'number' ? params.count : 0;
    const form = count === 0 && message.zero !== undefined ? 'zero' : pluralRule(locale).select(count);
    text = message[form] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

// Building an Intl formatter costs far more than using one (the first build loads locale data):
// each is built once per language and options, not once per message.
const formatters = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>(kind: string, locale: Locale, options: object | undefined, make: () => F): F {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let made = formatters.get(key) as F | undefined;
  if (!made) formatters.set(key, (made = make()));
  return made;
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  // What Intl gives for a small English integer, without building a formatter in the first paint.
  if (locale === 'en' && !options && Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  return formatter('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** "3 minutes ago", "yesterday": relative to `now`, in the user's language. */
export function formatRelativeTime(locale: Locale, then: number, now: number): string {
  const seconds = Math.round((then - now) / 1000);
  const rtf = formatter('relative', locale, undefined, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const abs = Math.abs(seconds);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 45 * 60) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86400) return rtf.format(Math.round(seconds / 86400), 'day');
  return formatter('date', locale, undefined, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(then);
}

export function formatDateTime(locale: Locale, at: number): string {
  return formatter('dateTime', locale, undefined, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(at);
}
