/**
 * The Wilcoxon signed-rank test for paired values, exact for small samples.
 *
 * Each pair (x[i], y[i]) gives a difference y − x. Pairs rated the same say nothing about which
 * side is better and are set aside (Wilcoxon's convention, the default of R's `wilcox.test` and
 * SciPy's `wilcoxon`). The other differences are ranked by size, with mid-ranks for ties, and the
 * statistic is the sum of the ranks of the positive differences. If neither side were better, each
 * difference would be as likely to go one way as the other: the p-value is the share of all 2^m
 * sign assignments whose rank sum is at least as far from even as the observed one. It is counted
 * exactly (dynamic programming over rank sums), never approximated by the normal curve, so the many
 * ties of 1-5 ratings are handled correctly.
 *
 * Why not the sign test: with ratings, a pair rated 1 and 5 says more than a pair rated 3 and 4.
 * The signed-rank test uses that size through ranks only, so it does not treat the ratings as
 * measurements, and with all differences the same size it gives the sign test's p exactly.
 */
export interface SignedRankTest {
  /** Pairs where y is rated above x, below x, the same. */
  higher: number;
  lower: number;
  same: number;
  /** Sum of the ranks of the positive differences minus that of the negative ones: above 0 when y tends higher. */
  signedRankSum: number;
  /** Two-sided exact p-value: the share of sign assignments at least as lopsided as this one. */
  p: number;
}

/** Compares `y` with `x`, pair by pair (x[i] with y[i]). Throws RangeError on no pairs or unequal lengths. */
export function signedRank(x: readonly number[], y: readonly number[]): SignedRankTest {
  if (x.length !== y.length) throw new RangeError(`Paired samples need the same length, got ${x.length} and ${y.length}`);
  if (!x.length) throw new RangeError('A paired test needs at least one pair');
  const differences = x.map((v, i) => y[i]! - v);
  const nonzero = differences.filter((d) => d !== 0);
  const ranks = doubledAbsRanks(nonzero);
  let positive = 0;
  let total = 0;
  nonzero.forEach((d, i) => {
    total += ranks[i]!;
    if (d > 0) positive += ranks[i]!;
  });
  return {
    higher: nonzero.filter((d) => d > 0).length,
    lower: nonzero.filter((d) => d < 0).length,
    same: differences.length - nonzero.length,
    // Ranks are doubled to stay whole numbers; positive − negative = 2·positive − total.
    signedRankSum: (2 * positive - total) / 2,
    p: exactP(ranks, positive, total),
  };
}

/** Mid-ranks of |d|, doubled so that they are whole numbers (|d| of ranks 2 and 3 tied → both 5), in input order. */
export function doubledAbsRanks(differences: readonly number[]): number[] {
  const order = differences.map((d, i) => ({ size: Math.abs(d), i })).sort((a, b) => a.size - b.size);
  const ranks = new Array<number>(differences.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.size === order[i]!.size) j++;
    for (let k = i; k <= j; k++) ranks[order[k]!.i] = i + 1 + j + 1;
    i = j + 1;
  }
  return ranks;
}

/**
 * The share of the 2^m sign assignments whose positive rank sum S is at least as far from half the
 * total as the observed one: |2S − total| ≥ |2·observed − total|, all in whole numbers.
 */
function exactP(ranks: readonly number[], observed: number, total: number): number {
  // ways[s]: sign assignments of the ranks seen so far whose positive ranks sum to s.
  const ways = new Float64Array(total + 1);
  ways[0] = 1;
  for (const r of ranks) for (let s = total; s >= r; s--) ways[s] = ways[s]! + ways[s - r]!;
  const distance = Math.abs(2 * observed - total);
  let extreme = 0;
  let all = 0;
  for (let s = 0; s <= total; s++) {
    const count = ways[s]!;
    if (!count) continue;
    all += count;
    if (Math.abs(2 * s - total) >= distance) extreme += count;
  }
  return Math.min(1, extreme / all);
}
