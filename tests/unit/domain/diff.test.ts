import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffStats, paramsDiff, shotDiff, wordDiff, type DiffPart } from '../../../src/domain/diff';
import { emptyShot, type Shot } from '../../../src/domain/shot';
import { defaultParams } from '../../../src/domain/params';

const join = (parts: DiffPart[], keep: 'added' | 'removed') => parts.filter((p) => p.kind === 'same' || p.kind === keep).map((p) => p.text).join('');
const words = (parts: DiffPart[], kind: DiffPart['kind']) => parts.filter((p) => p.kind === kind).map((p) => p.text.trim());

describe('word diff', () => {
  it('marks the one changed English word as removed and its replacement as added', () => {
    const parts = wordDiff('A lone walker crosses the dunes at golden hour.', 'A lone walker crosses the dunes at blue hour.');
    expect(words(parts, 'removed')).toEqual(['golden']);
    expect(words(parts, 'added')).toEqual(['blue']);
    expect(diffStats(parts)).toEqual({ added: 1, removed: 1, moved: 0 });
  });

  it('splits Arabic into whole words, not letters', () => {
    const parts = wordDiff('لقطة واسعة لمدينة الرياض عند الغروب، إضاءة الساعة الذهبية.', 'لقطة قريبة لمدينة الرياض عند الفجر، إضاءة الساعة الزرقاء.', 'ar');
    expect(words(parts, 'removed')).toEqual(['واسعة', 'الغروب', 'الذهبية']);
    expect(words(parts, 'added')).toEqual(['قريبة', 'الفجر', 'الزرقاء']);
  });

  it('finds nothing to mark between identical texts', () => {
    const text = 'Slow dolly-in on a lighthouse at dusk.\nSound: waves.';
    expect(wordDiff(text, text)).toEqual([{ kind: 'same', text }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('shows a reordered section as moved, and counts no words as added or removed', () => {
    const parts = wordDiff('Lighting: golden hour. Camera: slow dolly-in.', 'Camera: slow dolly-in. Lighting: golden hour.');
    const changed = parts.filter((p) => p.kind !== 'same');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((p) => p.moved)).toBe(true);
    expect(diffStats(parts)).toEqual({ added: 0, removed: 0, moved: 3 });
  });

  it('gives back the other text exactly and the baseline word for word, for any texts', () => {
    const word = fc.constantFrom('golden', 'hour', 'dolly', 'الساعة', 'الذهبية', 'لقطة', '🎬', 'blue', ',', '.', 'نور');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '')), { maxLength: 25 }).map((ts) => ts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordDiff(a, b);
        expect(join(parts, 'added')).toBe(b);
        expect(join(parts, 'removed').replace(/\s+/g, '')).toBe(a.replace(/\s+/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('Shot differences', () => {
  const shot = (patch: Partial<Shot>): Shot => ({ ...emptyShot(), ...patch });

  it('reads a changed lighting as "golden hour → blue hour" through the label lookup', () => {
    const labels: Record<string, string> = { 'golden-hour': 'golden hour', 'blue-hour': 'blue hour' };
    const rows = shotDiff([shot({ lighting: ['golden-hour'], subject: 'a walker' }), shot({ lighting: ['blue-hour'], subject: 'a walker' })], (_f, id) => labels[id] ?? id);
    const lighting = rows.find((r) => r.field === 'lighting');
    expect(lighting?.values).toEqual(['golden hour', 'blue hour']);
    expect(lighting?.differs).toEqual([false, true]);
    expect(rows.find((r) => r.field === 'subject')?.anyDiffers).toBe(false);
  });

  it('leaves out fields empty in every column and ignores the order of terms', () => {
    const rows = shotDiff([shot({ style: ['noir', 'anamorphic'] }), shot({ style: ['anamorphic', 'noir'] })]);
    expect(rows.map((r) => r.field)).toEqual(['style']);
    expect(rows[0]?.anyDiffers).toBe(false);
  });

  it('compares a column without a Shot as empty fields', () => {
    const rows = shotDiff([shot({ mood: 'tense' }), undefined]);
    expect(rows[0]).toMatchObject({ field: 'mood', values: ['tense', ''], differs: [false, true] });
  });
});

describe('parameter differences', () => {
  it('marks only the parameters that differ from the baseline', () => {
    const base = defaultParams();
    const rows = paramsDiff([base, { ...base, seconds: 4 }, { ...base, resolution: '1080p' }]);
    expect(rows.filter((r) => r.anyDiffers).map((r) => [r.field, r.differs])).toEqual([
      ['seconds', [false, true, false]],
      ['resolution', [false, false, true]],
    ]);
  });
});
