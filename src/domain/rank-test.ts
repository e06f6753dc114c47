/**
 * The Mann-Whitney rank test (also called the Wilcoxon rank-sum test), exact for small samples.
 * It counts how often a value of one sample is above a value of the other (ties count half), and
 * asks how often shuffling all values between the two samples at random gives a count at least
 * that far from even. The p-value is exact: every split of the pooled values is counted (by
 * dynamic programming over rank sums, with mid-ranks for ties), so ties among 1-5 ratings are
 * handled without the normal approximation.
 */
export interface RankTest {
  /** Pairs (x, y) with y above x, ties counting one half: from 0 to nx × ny. */
  yWins: number;
  pairs: number;
  /** Two-sided exact p-value: the share of random splits at least as lopsided as this one. */
  p: number;
}

/** Compares sample `y` with sample `x`; both need at least one value. Throws RangeError otherwise. */
export function mannWhitney(x: readonly number[], y: readonly number[]): RankTest {
  if (!x.length || !y.length) throw new RangeError(`Both samples need a value, got ${x.length} and ${y.length}`);
  let yWins = 0;
  for (const a of x) for (const b of y) yWins += b > a ? 1 : b === a ? 0.5 : 0;
  const pairs = x.length * y.length;
  return { yWins, pairs, p: exactP(x, y) };
}

/** Mid-ranks, doubled so that they are whole numbers (ranks 2 and 3 tied → both 5). */
function doubledRanks(values: readonly number[]): Map<number, number> {
  const sorted = [...values].sort((a, b) => a - b);
  const ranks = new Map<number, number>();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[i]) j++;
    ranks.set(sorted[i]!, i + 1 + j + 1);
    i = j + 1;
  }
  return ranks;
}

function exactP(x: readonly number[], y: readonly number[]): number {
  const pooled = [...x, ...y];
  const ranks = doubledRanks(pooled);
  const all = pooled.map((v) => ranks.get(v)!);
  const k = y.length;
  const n = all.length;
  const observed = y.reduce((s, v) => s + ranks.get(v)!, 0);
  // Under the null every k-subset of the pooled ranks is equally likely; its expected doubled sum is k(n+1).
  const centre = k * (n + 1);
  const maxSum = all.reduce((s, r) => s + r, 0);
  // ways[j][s]: subsets of j ranks seen so far summing to s.
  const ways: Float64Array[] = Array.from({ length: k + 1 }, () => new Float64Array(maxSum + 1));
  ways[0]![0] = 1;
  for (const r of all) {
    for (let j = Math.min(k, n); j >= 1; j--) {
      const row = ways[j]!;
      const below = ways[j - 1]!;
      for (let s = maxSum; s >= r; s--) row[s] = row[s]! + below[s - r]!;
    }
  }
  const distance = Math.abs(observed - centre);
  let extreme = 0;
  let total = 0;
  const sums = ways[k]!;
  for (let s = 0; s <= maxSum; s++) {
    const count = sums[s]!;
    if (!count) continue;
    total += count;
    if (Math.abs(s - centre) >= distance) extreme += count;
  }
  return Math.min(1, extreme / total);
}
