import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/catalog';
import { ar } from '../../../src/i18n/catalog-ar';
import { formatMessage } from '../../../src/i18n/format';
import type { Message } from '../../../src/i18n/types';

const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? m : Object.values(m).join(' ')).match(/\{\w+\}/g) ?? [])].sort();

describe('message catalogues', () => {
  it('Arabic translates exactly the English keys', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty in both languages', () => {
    for (const [key, message] of Object.entries({ ...en })) {
      expect(typeof message === 'string' ? message.trim() : message.other.trim(), key).not.toBe('');
      const arabic = ar[key as keyof typeof ar];
      expect(typeof arabic === 'string' ? arabic.trim() : arabic.other.trim(), key).not.toBe('');
    }
  });

  it('Arabic uses the same placeholders as English', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = placeholders(en[key]).filter((p) => p !== '{count}');
      const arabic = placeholders(ar[key]).filter((p) => p !== '{count}');
      expect(arabic, key).toEqual(english);
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders as text, never as markup', () => {
    expect(formatMessage('en', 'Deleted “{title}”.', { title: '<img src=x onerror=alert(1)>' })).toBe('Deleted “<img src=x onerror=alert(1)>”.');
  });

  it('picks English plural forms, with an explicit zero', () => {
    const m = { zero: 'No prompts yet', one: '1 prompt', other: '{count} prompts' };
    expect(formatMessage('en', m, { count: 0 })).toBe('No prompts yet');
    expect(formatMessage('en', m, { count: 1 })).toBe('1 prompt');
    expect(formatMessage('en', m, { count: 1200 })).toBe('1,200 prompts');
  });

  it('picks Arabic plural forms (two, few, many)', () => {
    const m = { zero: 'لا أوامر', one: 'أمر واحد', two: 'أمران', few: '{count} أوامر', many: '{count} أمرًا', other: '{count} أمر' };
    expect(formatMessage('ar', m, { count: 2 })).toBe('أمران');
    expect(formatMessage('ar', m, { count: 3 })).toMatch(/أوامر$/);
    expect(formatMessage('ar', m, { count: 11 })).toMatch(/أمرًا$/);
    expect(formatMessage('ar', m, { count: 100 })).toMatch(/أمر$/);
  });
});
