import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { signedRank } from '../../../src/domain/signed-rank-test';

/**
 * The reference: a plain enumeration of every one of the 2^m sign assignments of the nonzero
 * differences, with mid-ranks computed the obvious way (average of the positions a size spans).
 * Written separately from the module's dynamic programming so the two can disagree.
 */
function enumeratedP(x: readonly number[], y: readonly number[]): number {
  const d = x.map((v, i) => y[i]! - v).filter((v) => v !== 0);
  const sizes = d.map(Math.abs);
  const sorted = [...sizes].sort((a, b) => a - b);
  const rank = (size: number) => {
    const first = sorted.indexOf(size) + 1;
    const last = sorted.lastIndexOf(size) + 1;
    return (first + last) / 2;
  };
  const ranks = sizes.map(rank);
  const observed = Math.abs(d.reduce((s, v, i) => s + Math.sign(v) * ranks[i]!, 0));
  let extreme = 0;
  const all = 2 ** d.length;
  for (let signs = 0; signs < all; signs++) {
    let sum = 0;
    for (let i = 0; i < d.length; i++) sum += (signs >> i) & 1 ? ranks[i]! : -ranks[i]!;
    if (Math.abs(sum) >= observed - 1e-9) extreme++;
  }
  return extreme / all;
}

const rating = fc.integer({ min: 1, max: 5 });
const pairedRatings = fc.array(fc.tuple(rating, rating), { minLength: 1, maxLength: 12 }).map((pairs) => ({
  x: pairs.map(([a]) => a),
  y: pairs.map(([, b]) => b),
}));

describe('the exact Wilcoxon signed-rank test on paired ratings', () => {
  it('gives 2/8 = 0.25 when all 3 pairs go the same way: never a difference with 3 pairs', () => {
    // By hand: 3 nonzero differences, 8 sign assignments; only "all +" and "all −" are as lopsided.
    // SciPy 1.17.1 wilcoxon(y, x, zero_method='wilcox', method=PermutationMethod(n_resamples=inf)): 0.25.
    expect(signedRank([3, 3, 3], [5, 5, 5])).toEqual({ higher: 3, lower: 0, same: 0, signedRankSum: 6, p: 0.25 });
    expect(signedRank([2, 3, 2], [5, 4, 5]).p).toBe(0.25);
  });

  it('needs 6 pairs all going one way to get below 5%: 2/64', () => {
    // By hand: 2 of the 64 sign assignments are all one way. SciPy (as above): 0.03125.
    expect(signedRank([1, 1, 1, 1, 1, 1], [2, 3, 4, 5, 5, 3]).p).toBeCloseTo(0.03125, 12);
    // 5 pairs all one way: 2/32 = 0.0625, still not below 5%.
    expect(signedRank([1, 1, 1, 1, 1], [2, 3, 4, 5, 5]).p).toBeCloseTo(0.0625, 12);
  });

  it('matches the published exact distribution without ties: n = 8, negative rank sum 3', () => {
    // d = 1..8 all positive: 2 of 256 sign assignments. With d = −1, −2, 3..8 the negative ranks
    // sum to 3: the subsets of {1..8} summing to ≤ 3 are {}, {1}, {2}, {3}, {1,2}: 5 of 256 a side,
    // so p = 10/256 (R: 2 * psignrank(3, 8) = 0.0390625; SciPy wilcoxon(d, method='exact') the same).
    expect(signedRank([1, 2, 3, 4, 5, 6, 7, 8], [2, 4, 6, 8, 10, 12, 14, 16]).p).toBeCloseTo(2 / 256, 12);
    expect(signedRank([0, 0, 0, 0, 0, 0, 0, 0], [-1, -2, 3, 4, 5, 6, 7, 8]).p).toBeCloseTo(10 / 256, 12);
  });

  it('uses mid-ranks for tied sizes and counts the exact p over sign assignments', () => {
    // d = 1, 1, 2, −1: sizes 1,1,1,2 take mid-rank 2 and rank 4; signed sum 2+2+4−2 = 6 of a total 10.
    // By hand: negative ranks summing ≤ 2 (none, or one of the three 2s) or ≥ 8: 4 + 4 of 16 → 0.5.
    expect(signedRank([2, 2, 2, 2], [3, 3, 4, 1])).toEqual({ higher: 3, lower: 1, same: 0, signedRankSum: 6, p: 0.5 });
    // d = 1, 2, −1, 2, 2, 0, −1: by hand 14/64; SciPy (as above): 0.21875.
    expect(signedRank([3, 2, 4, 1, 3, 5, 2], [4, 4, 3, 3, 5, 5, 1]).p).toBeCloseTo(0.21875, 12);
    // SciPy (as above): 0.125 for d = 1, 2, 2, 1, 2, −1.
    expect(signedRank([2, 3, 2, 4, 1, 3], [3, 5, 4, 5, 3, 2]).p).toBeCloseTo(0.125, 12);
  });

  it('sets pairs rated the same aside', () => {
    // d = 0, 1, 2, 1, 4: four nonzero differences, all positive: 2/16. SciPy (as above): 0.125.
    expect(signedRank([3, 3, 2, 4, 1], [3, 4, 4, 5, 5])).toEqual({ higher: 4, lower: 0, same: 1, signedRankSum: 10, p: 0.125 });
    // d = 1, 0, 1, 0, 0, 0, 0, 5 (SciPy: 0.25): only three pairs count.
    expect(signedRank([1, 1, 1, 1, 1, 1, 1, 1], [2, 1, 2, 1, 1, 1, 1, 6]).p).toBeCloseTo(0.25, 12);
  });

  it('says p = 1 when every pair is rated the same', () => {
    expect(signedRank([3, 4, 2], [3, 4, 2])).toEqual({ higher: 0, lower: 0, same: 3, signedRankSum: 0, p: 1 });
  });

  it('refuses unequal or empty samples', () => {
    expect(() => signedRank([1, 2], [3])).toThrow(RangeError);
    expect(() => signedRank([], [])).toThrow(RangeError);
  });

  it('for any 1-5 ratings: p is in (0, 1], the same when the columns swap, and equals the full enumeration', () => {
    fc.assert(
      fc.property(pairedRatings, ({ x, y }) => {
        const test = signedRank(x, y);
        const swapped = signedRank(y, x);
        expect(test.p).toBeGreaterThan(0);
        expect(test.p).toBeLessThanOrEqual(1);
        expect(swapped.p).toBe(test.p);
        expect(swapped.signedRankSum + test.signedRankSum).toBe(0);
        expect([swapped.higher, swapped.lower, swapped.same]).toEqual([test.lower, test.higher, test.same]);
        expect(test.higher + test.lower + test.same).toBe(x.length);
        expect(test.p).toBeCloseTo(enumeratedP(x, y), 12);
      }),
      { numRuns: 300 },
    );
  });
});
