import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/i18n/catalog';
import { ar } from '../../../../src/i18n/catalog-ar';
import { checkIds, rules } from '../../../../src/domain/coach/index';

describe('every coach rule speaks English and Arabic', () => {
  for (const rule of rules) {
    it(`${rule.id} has a message, an explanation and a "why it matters on screen" sentence in both languages`, () => {
      for (const part of ['rule', 'explain', 'why'] as const) {
        const key = `coach.${part}.${rule.id}` as keyof typeof en;
        expect(en[key], key).toBeTruthy();
        expect(ar[key], key).toBeTruthy();
        expect(ar[key]).not.toBe(en[key]);
      }
    });
  }

  it('every checklist line has a label in both languages', () => {
    for (const id of checkIds) {
      expect(en[`coach.check.${id}`]).toBeTruthy();
      expect(ar[`coach.check.${id}`]).toBeTruthy();
    }
  });
});
