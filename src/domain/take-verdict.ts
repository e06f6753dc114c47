import { mannWhitney } from './rank-test';
import { signedRank } from './signed-rank-test';
import type { Take, TakeGroup } from './takes';

/**
 * The verdict on rated takes: is the difference between columns larger than the spread within
 * them? Columns are ranked by their mean rating; the leader is tested against the runner-up. When
 * every rated take of the two has a partner made with the same seed in the other, the takes are
 * paired and the exact Wilcoxon signed-rank test compares them pair by pair; otherwise the exact
 * Mann-Whitney rank test compares every take with every take. Only a two-sided p below
 * `verdictThreshold` is reported as a difference; anything else is "too close to call", whatever
 * the means say.
 */

/** The share of random splits below which a difference is called: the usual 5 %. */
export const verdictThreshold = 0.05;

/** Takes each column needs rated before any verdict. */
export const minRatedTakes = 2;

/** A column's rated takes summarised. */
export interface ColumnRatings {
  count: number;
  mean: number;
  /** Lowest and highest rating: the spread a person reads at a glance. */
  min: number;
  max: number;
  /** Sample standard deviation (0 with one rating). */
  sd: number;
}

/** Mean and spread of one column's ratings, or undefined when none is rated. */
export function columnRatings(ratings: readonly number[]): ColumnRatings | undefined {
  if (!ratings.length) return undefined;
  const count = ratings.length;
  const mean = ratings.reduce((s, r) => s + r, 0) / count;
  const sd = count > 1 ? Math.sqrt(ratings.reduce((s, r) => s + (r - mean) ** 2, 0) / (count - 1)) : 0;
  return { count, mean, min: Math.min(...ratings), max: Math.max(...ratings), sd };
}

/** A take's rating: that of its latest rated attempt (a re-run stands in for its take). */
export function takeRating(take: Take, ratingOf: (runId: string) => number | undefined): number | undefined {
  for (let i = take.attempts.length - 1; i >= 0; i--) {
    const rating = ratingOf(take.attempts[i]!.id);
    if (rating !== undefined) return rating;
  }
  return undefined;
}

/** One rating per take of a group, a re-run not adding one; takes nobody rated are left out. */
export function takeRatings(group: TakeGroup | undefined, ratingOf: (runId: string) => number | undefined): number[] {
  return (group?.takes ?? []).flatMap((take) => {
    const rating = takeRating(take, ratingOf);
    return rating === undefined ? [] : [rating];
  });
}

/** A take's rating with the seed it was drawn with (undefined for models that take no seed). */
export interface RatedTake {
  rating: number;
  seed?: number;
}

/** The rated takes of a group with their seeds, one per take as in `takeRatings`. */
export function ratedTakes(group: TakeGroup | undefined, ratingOf: (runId: string) => number | undefined): RatedTake[] {
  return (group?.takes ?? []).flatMap((take) => {
    const rating = takeRating(take, ratingOf);
    if (rating === undefined) return [];
    const seed = take.run.params.seed;
    return [seed === undefined ? { rating } : { rating, seed }];
  });
}

/** Two columns' ratings in matching order: first[i] and second[i] were drawn with the same seed. */
export interface PairedRatings {
  first: number[];
  second: number[];
}

/**
 * Pairs two columns' rated takes by seed, when that pairs every one of them: each take has a
 * seed, no seed is used twice in a column, and both columns used the same seeds. Otherwise
 * (a take without a partner, or a seed that names two takes) undefined: the takes are not paired.
 */
export function pairBySeed(first: readonly RatedTake[], second: readonly RatedTake[]): PairedRatings | undefined {
  if (!first.length || first.length !== second.length) return undefined;
  const bySeed = new Map<number, number>();
  for (const take of second) {
    if (take.seed === undefined || bySeed.has(take.seed)) return undefined;
    bySeed.set(take.seed, take.rating);
  }
  const paired: PairedRatings = { first: [], second: [] };
  const seen = new Set<number>();
  for (const take of first) {
    if (take.seed === undefined || seen.has(take.seed)) return undefined;
    const partner = bySeed.get(take.seed);
    if (partner === undefined) return undefined;
    seen.add(take.seed);
    paired.first.push(take.rating);
    paired.second.push(partner);
  }
  return paired;
}

/** Rated takes of two columns drawn with the same seed, compared take by take (a count, not a test). */
export interface SeedPairs {
  count: number;
  /** Pairs where the first column's take is rated higher, lower, the same. */
  higher: number;
  lower: number;
  same: number;
}

/**
 * Pairs the takes of `a` and `b` that were drawn with the same seed (take k of a batch over
 * several prompts shares seed k) and are both rated. Undefined when no such pair exists.
 */
export function seedPairs(a: TakeGroup | undefined, b: TakeGroup | undefined, ratingOf: (runId: string) => number | undefined): SeedPairs | undefined {
  const bySeed = new Map<number, number>();
  for (const take of b?.takes ?? []) {
    const seed = take.run.params.seed;
    const rating = takeRating(take, ratingOf);
    if (seed !== undefined && rating !== undefined) bySeed.set(seed, rating);
  }
  const pairs: SeedPairs = { count: 0, higher: 0, lower: 0, same: 0 };
  for (const take of a?.takes ?? []) {
    const seed = take.run.params.seed;
    const mine = takeRating(take, ratingOf);
    const theirs = seed === undefined ? undefined : bySeed.get(seed);
    if (mine === undefined || theirs === undefined) continue;
    pairs.count++;
    if (mine > theirs) pairs.higher++;
    else if (mine < theirs) pairs.lower++;
    else pairs.same++;
  }
  return pairs.count ? pairs : undefined;
}

export type TakeVerdict =
  /** Some column has fewer than `minRatedTakes` rated takes: no comparison yet. */
  | { kind: 'needRatings'; column: number; rated: number }
  /** The leader's takes are rated above the other's more often than luck explains. */
  | { kind: 'higher'; leader: number; other: number; wins: number; pairs: number; takes: number; p: number }
  /** The difference could be luck: more takes are needed to tell. */
  | { kind: 'tooClose'; leader: number; other: number; wins: number; pairs: number; takes: number; p: number }
  /** Paired by seed: the leader's takes beat their partners more often, and by more, than luck explains. */
  | ({ kind: 'pairedHigher' } & PairedVerdict)
  /** Paired by seed, and the difference could be luck. */
  | ({ kind: 'pairedTooClose' } & PairedVerdict);

/** The take-by-take facts of a paired verdict; `takes` is the number of pairs. */
export interface PairedVerdict {
  leader: number;
  other: number;
  /** Pairs where the leader's take is rated higher, lower, the same. */
  higher: number;
  lower: number;
  same: number;
  takes: number;
  p: number;
}

/**
 * The verdict on columns of ratings (index = column). `takes` in the answer is the smaller count
 * of rated takes of the two columns compared (what "with 2 takes" refers to). `pairsOf(i, j)`
 * gives the ratings of columns i and j paired by seed when every rated take of both is paired
 * (see `pairBySeed`); without it, or when it gives undefined, the takes are compared unpaired.
 */
export function takeVerdict(columns: readonly (readonly number[])[], pairsOf?: (first: number, second: number) => PairedRatings | undefined): TakeVerdict {
  if (columns.length < 2) throw new RangeError(`A verdict compares at least two columns, got ${columns.length}`);
  for (let i = 0; i < columns.length; i++) {
    const rated = columns[i]!.length;
    if (rated < minRatedTakes) return { kind: 'needRatings', column: i, rated };
  }
  const order = columns
    .map((ratings, i) => ({ i, mean: columnRatings(ratings)!.mean }))
    .sort((a, b) => b.mean - a.mean || a.i - b.i);
  const leader = order[0]!.i;
  const other = order[1]!.i;
  const paired = pairsOf?.(other, leader);
  if (paired && paired.first.length === columns[other]!.length && paired.second.length === columns[leader]!.length) {
    const test = signedRank(paired.first, paired.second);
    // A significant p against the means' leader would contradict the summary above it, so it is not
    // called (a search of every 1-5 rating pattern up to 12 pairs found no such case).
    const called = test.p < verdictThreshold && test.signedRankSum > 0;
    const facts = { leader, other, higher: test.higher, lower: test.lower, same: test.same, takes: paired.first.length, p: test.p };
    return { kind: called ? 'pairedHigher' : 'pairedTooClose', ...facts };
  }
  const test = mannWhitney(columns[other]!, columns[leader]!);
  const takes = Math.min(columns[leader]!.length, columns[other]!.length);
  const kind = test.p < verdictThreshold ? 'higher' : 'tooClose';
  return { kind, leader, other, wins: test.yWins, pairs: test.pairs, takes, p: test.p };
}
