import { describe, expect, it } from 'vitest';
import { categories, findTerms, vocabularies, type Category } from '../../../src/domain/vocabulary/index';
import { findConflicts } from '../../../src/domain/vocabulary/conflicts';

const minimum: Record<Category, number> = { shotSize: 12, angle: 8, lens: 12, movement: 20, lighting: 20, pacing: 10, style: 20, audio: 10 };
const arabic = /[\u0600-\u06FF]/;

describe('vocabularies', () => {
  for (const category of categories) {
    const { terms } = vocabularies[category];
    it(`${category} has at least ${minimum[category]} terms with unique ids`, () => {
      expect(terms.length).toBeGreaterThanOrEqual(minimum[category]);
      expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    });
    for (const term of terms) {
      it(`${category}/${term.id} has English words, a one-sentence explanation and an Arabic label and explanation`, () => {
        expect(term.label.trim()).not.toBe('');
        expect(term.words.trim()).toMatch(/^[\x20-\x7E\u00C0-\u00FF]+$/);
        expect(term.explanation).toMatch(/^[A-Z].+\.$/);
        expect(term.explanation.split(/\.\s/).length).toBe(1);
        expect(term.ar.label).toMatch(arabic);
        expect(term.ar.explanation).toMatch(arabic);
        for (const other of term.conflicts ?? []) expect(terms.some((t) => t.id === other), `${term.id} conflicts with unknown ${other}`).toBe(true);
      });
    }
  }

  it('every term is recognised in a text by its own words', () => {
    for (const category of categories) {
      for (const term of vocabularies[category].terms) {
        const found = findTerms(`Before. ${term.words} after`);
        expect(found.map((m) => m.term.id), term.words).toContain(term.id);
      }
    }
  });

  it('a term is not found inside a longer word', () => {
    expect(findTerms('a panel of experts').map((m) => m.term.id)).toEqual([]);
  });

  it('the longest phrase wins: "slow dolly-in" is one match', () => {
    const found = findTerms('Camera movement: slow dolly-in');
    expect(found).toHaveLength(1);
    expect(found[0]!.term.id).toBe('dolly-in');
  });
});

describe('conflicts', () => {
  it('a static camera and a dolly-in are reported as a conflict', () => {
    const found = findConflicts({ movement: ['static', 'dolly-in'] });
    expect(found.map((c) => [c.first.id, c.second.id])).toEqual([['static', 'dolly-in']]);
  });

  it('a conflict declared on one term counts both ways (low-key chosen before high-key)', () => {
    expect(findConflicts({ lighting: ['low-key', 'high-key'] })).toHaveLength(1);
  });

  it('terms that work together raise nothing', () => {
    expect(findConflicts({ movement: ['dolly-in'], lighting: ['golden-hour', 'rim-light'] })).toEqual([]);
  });
});
