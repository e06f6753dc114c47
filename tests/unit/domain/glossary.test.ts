import { describe, expect, it } from 'vitest';
import { searchGlossary } from '../../../src/domain/glossary';
import { categories, vocabularies } from '../../../src/domain/vocabulary/index';

describe('the glossary', () => {
  it('lists every vocabulary term when nothing is asked', () => {
    const total = categories.reduce((n, c) => n + vocabularies[c].terms.length, 0);
    expect(searchGlossary('')).toHaveLength(total);
  });

  it('filters by category', () => {
    const lighting = searchGlossary('', 'lighting');
    expect(lighting.length).toBe(vocabularies.lighting.terms.length);
    expect(lighting.every((e) => e.category === 'lighting')).toBe(true);
  });

  it('finds a term by its English name, its prompt words, an alias or its explanation', () => {
    expect(searchGlossary('golden').map((e) => e.term.id)).toContain('golden-hour');
    expect(searchGlossary('long shot').map((e) => e.term.id)).toContain('wide');
    expect(searchGlossary('LONG SHADOWS').map((e) => e.term.id)).toContain('golden-hour');
  });

  it('finds a term by its Arabic name, with or without hamza and short vowels', () => {
    expect(searchGlossary('الساعة الذهبية').map((e) => e.term.id)).toContain('golden-hour');
    expect(searchGlossary('اضاءة').length).toBeGreaterThan(0);
    expect(searchGlossary('لقطة قريبة', 'shotSize').map((e) => e.term.id)).toContain('close-up');
  });

  it('finds nothing for words no term has', () => {
    expect(searchGlossary('xylophone')).toEqual([]);
  });
});
