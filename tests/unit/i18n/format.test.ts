import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMessage, formatNumber, formatRelativeTime } from '../../../src/i18n/format';

describe('number and date formatting', () => {
  it('writes every small English integer exactly as Intl does (the first paint skips building a formatter for them)', () => {
    const intl = new Intl.NumberFormat('en');
    for (let n = -999; n <= 999; n++) expect(formatNumber('en', n)).toBe(intl.format(n));
    expect(formatNumber('en', 1000)).toBe('1,000');
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
    expect(formatNumber('en', 0.25, { style: 'percent' })).toBe('25%');
  });

  it('gives Arabic its own digits and grouping, call after call', () => {
    const intl = new Intl.NumberFormat('ar');
    for (const n of [0, 7, 42, 1000, 12345.5]) {
      expect(formatNumber('ar', n)).toBe(intl.format(n));
      expect(formatNumber('ar', n)).toBe(intl.format(n));
    }
    expect(formatMessage('ar', { one: 'حرف واحد', other: '{count} حرف' }, { count: 12 })).toBe(`${intl.format(12)} حرف`);
  });

  it('keeps each option set apart (a reused formatter never leaks one call’s options into another)', () => {
    expect(formatNumber('en', 1234.5678, { maximumFractionDigits: 1 })).toBe('1,234.6');
    expect(formatNumber('en', 1234.5678, { maximumFractionDigits: 3 })).toBe('1,234.568');
    expect(formatNumber('en', 1234.5678, { maximumFractionDigits: 1 })).toBe('1,234.6');
  });

  it('relative times and dates read the same on every call', () => {
    const now = Date.UTC(2026, 11, 2, 12);
    expect(formatRelativeTime('en', now - 3 * 60_000, now)).toBe('3 minutes ago');
    expect(formatRelativeTime('en', now - 3 * 60_000, now)).toBe('3 minutes ago');
    expect(formatRelativeTime('en', now - 86_400_000, now)).toBe('yesterday');
    expect(formatDateTime('en', now)).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(now));
    expect(formatRelativeTime('ar', now - 3 * 60_000, now)).toBe(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(-3, 'minute'));
  });
});
