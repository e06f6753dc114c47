import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, coach, diagnose, insertTermEdit, termsFor, wordsFor, type InsertableElement } from '../../../../src/domain/coach/index';

const missingRule = { framing: 'no-framing', movement: 'no-movement', lighting: 'no-lighting' } as const;

/** Scene fragments that name no framing, movement or lighting. */
const subjects = ['A fox', 'An old fisherman', 'Two children', 'A red bicycle', 'A barista', 'A paper kite', 'The bride'];
const actions = ['trots across the snow', 'mends a net', 'chase a ball', 'leans against a wall', 'pours milk into a cup', 'tugs at its string', 'laughs'];
const settings = ['in a quiet village', 'on a windy pier', 'beside a frozen lake', 'inside a crowded café', ''];
const arabicScenes = ['ثعلب يركض في الثلج', 'صياد عجوز يصلح شبكته', 'طفلان يلعبان بالكرة', 'امرأة تشرب القهوة في مقهى'];

const englishBase = fc
  .tuple(fc.constantFrom(...subjects), fc.constantFrom(...actions), fc.constantFrom(...settings), fc.boolean())
  .map(([s, a, where, stop]) => `${s} ${a}${where ? ` ${where}` : ''}${stop ? '.' : ''}`);
const arabicBase = fc.constantFrom(...arabicScenes);
const element = fc.constantFrom<InsertableElement>('framing', 'movement', 'lighting');

function addedTerm(text: string, el: InsertableElement, index: number): string {
  const terms = termsFor(el);
  const term = terms[index % terms.length]!;
  return applyEdit(text, insertTermEdit(text, wordsFor(term, text)));
}

describe('the coach score', () => {
  it('is 0 for an empty prompt and stays within 0-100', () => {
    expect(coach({ text: '' }).score).toBe(0);
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const { score } = coach({ text });
      return score >= 0 && score <= 100;
    }));
  });

  it('rises when a missing framing, movement or lighting term is added (English)', () => {
    fc.assert(
      fc.property(englishBase, element, fc.nat(), (base, el, index) => {
        const before = coach({ text: base });
        expect(before.findings.map((f) => f.rule)).toContain(missingRule[el]);
        const after = coach({ text: addedTerm(base, el, index) });
        expect(after.findings.map((f) => f.rule)).not.toContain(missingRule[el]);
        expect(after.score).toBeGreaterThan(before.score);
      }),
      { numRuns: 300 },
    );
  });

  it('rises when a missing element is added, one after another, in any order (English and Arabic)', () => {
    fc.assert(
      fc.property(fc.oneof(englishBase, arabicBase), fc.shuffledSubarray(['framing', 'movement', 'lighting'] as InsertableElement[], { minLength: 3 }), fc.nat(), (base, order, index) => {
        let text = base;
        let score = coach({ text }).score;
        for (const el of order) {
          text = addedTerm(text, el, index);
          const next = coach({ text }).score;
          expect(next, text).toBeGreaterThan(score);
          score = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a weak prompt scores low and a full one high', () => {
    const weak = coach({ text: 'a beautiful cinematic video of a city' }).score;
    const strong = coach({
      text: 'Wide establishing shot of a rain-soaked Tokyo crossing at blue hour, slow push-in; commuters with clear umbrellas cross as neon signs reflect in the puddles. Palette: teal, magenta, wet black.',
    }).score;
    expect(weak).toBeLessThan(30);
    expect(strong).toBeGreaterThanOrEqual(90);
  });
});

describe('quick fixes', () => {
  it('an inserted term reads as a sentence or after a comma', () => {
    expect(applyEdit('A fox runs.', insertTermEdit('A fox runs.', 'close-up'))).toBe('A fox runs. Close-up.');
    expect(applyEdit('A fox runs', insertTermEdit('A fox runs', 'close-up'))).toBe('A fox runs, close-up');
    expect(applyEdit('ثعلب يركض', insertTermEdit('ثعلب يركض', 'لقطة قريبة'))).toBe('ثعلب يركض، لقطة قريبة');
    expect(applyEdit('', insertTermEdit('', 'close-up'))).toBe('close-up');
  });

  it('a vague word is replaced by a concrete suggestion and the finding goes', () => {
    const text = 'Close-up of a beautiful street, static camera, soft light.';
    const finding = diagnose({ text }).find((d) => d.rule === 'vague-word')!;
    const fix = finding.fixes![0]!;
    if (fix.kind !== 'replace') throw new Error('expected a replacement');
    const fixed = applyEdit(text, { from: fix.from, to: fix.to, insert: fix.insert });
    expect(diagnose({ text: fixed }).map((d) => d.rule)).not.toContain('vague-word');
  });

  it('moving the duration out of the prose leaves a sentence that reads, and gives the seconds', () => {
    for (const [text, expected, seconds] of [
      ['An 8-second video of a fox in the snow.', 'A video of a fox in the snow.', 8],
      ['A fox at dusk, 8 seconds long, soft light.', 'A fox at dusk, soft light.', 8],
      ['A fox in the snow, 10 seconds long.', 'A fox in the snow.', 10],
      ['ثعلب في الثلج، مدته ٨ ثوانٍ.', 'ثعلب في الثلج.', 8],
    ] as const) {
      const finding = diagnose({ text }).find((d) => d.rule === 'duration-in-prose')!;
      const fix = finding.fixes![0]!;
      if (fix.kind !== 'moveDuration') throw new Error('expected a duration move');
      expect(fix.seconds).toBe(seconds);
      expect(applyEdit(text, fix)).toBe(expected);
    }
  });
});
