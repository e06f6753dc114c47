import { describe, expect, it } from 'vitest';
import { collectImageIds, pastGrace, unusedImageGraceMs } from '../../../src/domain/image-usage';

const a = 'a'.repeat(64);
const b = 'b'.repeat(64);
const c = 'c'.repeat(64);

describe('which images a record names', () => {
  it('finds image ids wherever they sit: first and last frames, references, nested storyboard shots', () => {
    const found = new Set<string>();
    collectImageIds({ params: { images: { first: { id: a }, last: { id: b } } }, storyboard: { shots: [{ shot: { extra: { images: { references: [{ id: c }] } } } }] } }, found);
    expect([...found].sort()).toEqual([a, b, c]);
  });

  it('ignores what is not an image id: short hashes, upper case, prompt ids, numbers', () => {
    const found = new Set<string>();
    collectImageIds({ id: 'lq1dunes0000', sha: 'abc', upper: 'A'.repeat(64), n: 42, nothing: null, list: [undefined, true] }, found);
    expect(found.size).toBe(0);
  });

  it('an image is past its day of grace only strictly after 24 hours', () => {
    expect(pastGrace(0, unusedImageGraceMs)).toBe(false);
    expect(pastGrace(0, unusedImageGraceMs + 1)).toBe(true);
    expect(pastGrace(1000, 0)).toBe(false);
  });
});
