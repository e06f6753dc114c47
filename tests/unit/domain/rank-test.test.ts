import { describe, expect, it } from 'vitest';
import { mannWhitney } from '../../../src/domain/rank-test';

describe('the exact Mann-Whitney rank test', () => {
  it('gives 2/70 when four values all sit above four others', () => {
    const test = mannWhitney([1, 2, 3, 4], [5, 6, 7, 8]);
    expect(test).toEqual({ yWins: 16, pairs: 16, p: expect.closeTo(2 / 70, 10) });
  });

  it('can never reach 5% with two or three values a side, however far apart', () => {
    expect(mannWhitney([1, 2], [4, 5]).p).toBeCloseTo(2 / 6, 10);
    expect(mannWhitney([1, 1, 2], [5, 5, 5]).p).toBeCloseTo(2 / 20, 10);
  });

  it('counts ties as half a win and uses mid-ranks for the exact p', () => {
    const test = mannWhitney([3, 4], [4, 5]);
    expect(test.yWins).toBe(3.5);
    // Doubled mid-ranks 2,5,5,8: four of the six splits are at least as far from even.
    expect(test.p).toBeCloseTo(4 / 6, 10);
  });

  it('says p = 1 when every rating is the same', () => {
    expect(mannWhitney([3, 3, 3], [3, 3, 3])).toEqual({ yWins: 4.5, pairs: 9, p: 1 });
  });

  it('is symmetric: swapping the samples keeps p and mirrors the wins', () => {
    const a = [2, 3, 3, 5, 1];
    const b = [4, 4, 5, 5, 3, 4];
    const ab = mannWhitney(a, b);
    const ba = mannWhitney(b, a);
    expect(ab.p).toBeCloseTo(ba.p, 12);
    expect(ab.yWins + ba.yWins).toBe(30);
  });

  it('matches SciPy’s exact test without ties, and its full permutation test with ties', () => {
    // scipy.stats.mannwhitneyu(..., method='exact') and permutation_test(..., n_resamples=inf).
    expect(mannWhitney([6, 7, 8, 9, 10], [1, 2, 3, 11, 12]).p).toBeCloseTo(0.6904761904761905, 12);
    expect(mannWhitney([1, 2, 3, 4, 7], [5, 6, 8, 9, 10]).p).toBeCloseTo(0.031746031746031744, 12);
    expect(mannWhitney([2, 3, 3, 5, 1], [4, 4, 5, 5, 3, 4]).p).toBeCloseTo(0.11255411255411256, 12);
  });

  it('refuses an empty sample', () => {
    expect(() => mannWhitney([], [1])).toThrow(RangeError);
  });
});
