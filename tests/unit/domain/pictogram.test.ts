import { describe, expect, it } from 'vitest';
import { categories, findTerm, vocabularies, type Category } from '../../../src/domain/vocabulary/index';
import { pictogramCategories, pictogramFor, type Pictogram, type Stroke } from '../../../src/domain/pictogram/index';

const draw = (category: Category, id: string): Pictogram => {
  const term = findTerm(category, id);
  if (!term) throw new Error(`no term ${category}/${id}`);
  const pictogram = pictogramFor(category, term);
  if (!pictogram) throw new Error(`no pictogram for ${category}/${id}`);
  return pictogram;
};
const allStrokes = (p: Pictogram) => [...p.strokes, ...(p.frame?.strokes ?? [])];
/** Radius of the first filled circle inside the frame: the person's head. */
const headRadius = (p: Pictogram) => Number(/a(\d+(?:\.\d+)?) /.exec(p.frame!.strokes.find((s) => s.style === 'fill' && s.d.includes(' a'))!.d)![1]);

/** Two strokes are twins when they are the same kind of path with every number within 1 unit (of 24). */
function twins(a: Stroke, b: Stroke): boolean {
  const shape = (d: string) => d.replace(/-?\d*\.?\d+/g, '#');
  const numbers = (d: string) => (d.match(/-?\d*\.?\d+/g) ?? []).map(Number);
  if (a.style !== b.style || shape(a.d) !== shape(b.d)) return false;
  const [x, y] = [numbers(a.d), numbers(b.d)];
  return x.every((n, i) => Math.abs(n - y[i]!) <= 1);
}

describe('camera-term pictograms', () => {
  it('every shot size, angle, lens and movement term has a pictogram (a new term without one fails here)', () => {
    const missing = pictogramCategories.flatMap((category) =>
      vocabularies[category].terms.filter((term) => !pictogramFor(category, term)?.strokes.length).map((term) => `${category}/${term.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('every path is well-formed: starts with a move and holds only finite numbers', () => {
    for (const category of pictogramCategories) {
      for (const term of vocabularies[category].terms) {
        for (const stroke of allStrokes(pictogramFor(category, term)!)) {
          expect(stroke.d, `${category}/${term.id}`).toMatch(/^M/);
          expect(stroke.d, `${category}/${term.id}`).not.toMatch(/NaN|Infinity|undefined/);
        }
      }
    }
  });

  it('only the camera vocabularies carry pictograms', () => {
    for (const category of categories.filter((c) => !pictogramCategories.includes(c))) {
      for (const term of vocabularies[category].terms) expect(pictogramFor(category, term)).toBeUndefined();
    }
  });

  it('an unknown term has no pictogram', () => {
    const made = { id: 'made-up', label: 'Made up', words: 'made up', explanation: '', ar: { label: '', explanation: '' } };
    for (const category of pictogramCategories) expect(pictogramFor(category, made)).toBeUndefined();
  });

  it('a closer shot size draws the person larger, at Previz scale', () => {
    const sizes = ['full', 'medium-wide', 'medium', 'medium-close-up', 'close-up', 'extreme-close-up'];
    const radii = sizes.map((id) => headRadius(draw('shotSize', id)));
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    expect(new Set(radii).size).toBe(sizes.length);
  });

  it('a two-shot holds two people and an extreme close-up shows the eyes', () => {
    const heads = (p: Pictogram) => p.frame!.strokes.filter((s) => s.style === 'fill' && s.d.includes(' a')).length;
    expect(heads(draw('shotSize', 'two-shot'))).toBe(2);
    expect(draw('shotSize', 'extreme-close-up').frame!.strokes.filter((s) => s.style === 'knock')).toHaveLength(2);
  });

  it('a move whose words name a side points that way and is never mirrored', () => {
    expect(draw('movement', 'pan')).toMatchObject({ heading: 'right', mirrors: false }); // "pan left to right"
    expect(draw('movement', 'truck')).toMatchObject({ heading: 'left', mirrors: false }); // "trucking left"
  });

  it('moves that name no side may mirror in right-to-left layouts', () => {
    for (const id of ['orbit', 'tracking', 'whip-pan', 'parallax', 'dolly-in']) expect(draw('movement', id).mirrors).toBe(true);
  });

  it('each move points the way Previz moves the camera', () => {
    expect(draw('movement', 'dolly-in').heading).toBe('toward');
    expect(draw('movement', 'push-in').heading).toBe('toward');
    expect(draw('movement', 'dolly-out').heading).toBe('away');
    expect(draw('movement', 'tilt').heading).toBe('up'); // "slow tilt up"
    expect(draw('movement', 'pedestal').heading).toBe('up');
    expect(draw('movement', 'crane').heading).toBe('up');
    expect(draw('movement', 'fpv').heading).toBe('down');
    expect(draw('movement', 'orbit').heading).toBe('around');
    expect(draw('movement', 'static').heading).toBe('none');
  });

  it('distinct terms in a category get distinct drawings', () => {
    for (const category of pictogramCategories) {
      const drawings = vocabularies[category].terms.map((term) => JSON.stringify(pictogramFor(category, term)));
      expect(new Set(drawings).size, category).toBe(drawings.length);
    }
  });

  it('a dolly zoom and a crash zoom do not look alike: no stroke of one is (nearly) a stroke of the other', () => {
    const dollyZoom = draw('movement', 'dolly-zoom');
    const crashZoom = draw('movement', 'crash-zoom');
    const shared = dollyZoom.strokes.filter((a) => crashZoom.strokes.some((b) => twins(a, b)));
    expect(shared.map((s) => s.d)).toEqual([]);
    // The measure finds a drawing's own strokes, and a copy nudged by half a unit.
    const nudged = (d: string) => d.replace(/-?\d*\.?\d+/g, (n) => String(Number(n) + 0.5));
    expect(dollyZoom.strokes.every((a) => twins(a, { ...a, d: nudged(a.d) }))).toBe(true);
  });

  it('a dolly zoom keeps its subject while the set behind fans out; a crash zoom lands on a frame 3.5 times smaller', () => {
    const dollyZoom = draw('movement', 'dolly-zoom');
    expect(dollyZoom.strokes.filter((s) => s.style === 'fill').length, 'a person: head and body').toBe(2);
    expect(dollyZoom.heading).toBe('away');
    const crashZoom = draw('movement', 'crash-zoom');
    const widths = crashZoom.strokes.filter((s) => s.d.endsWith('Z') && !s.d.includes(' a')).map((s) => {
      const xs = [...s.d.matchAll(/[ML](-?[\d.]+) /g)].map((m) => Number(m[1]));
      return Math.max(...xs) - Math.min(...xs);
    });
    expect(Math.max(...widths) / Math.min(...widths)).toBeCloseTo(3.5, 1);
    expect(crashZoom.strokes.filter((s) => s.style === 'dash').length, 'the frame it starts from and one between: it is quick').toBe(2);
    expect(crashZoom.heading).toBe('toward');
  });
});
