import { describe, expect, it } from 'vitest';
import { columnRatings, pairBySeed, ratedTakes, seedPairs, takeRatings, takeVerdict, type RatedTake } from '../../../src/domain/take-verdict';
import { groupTakes } from '../../../src/domain/takes';
import { newRun } from '../../../src/domain/run';
import { defaultParams } from '../../../src/domain/params';
import { verdictText } from '../../../src/ui/compare/verdict-text';
import { en, type MessageKey } from '../../../src/i18n/catalog';
import { ar } from '../../../src/i18n/catalog-ar';
import { formatMessage, formatNumber, type MessageParams } from '../../../src/i18n/format';

const letter = (i: number) => 'ABCD'[i]!;
const sentence = (columns: number[][]) =>
  verdictText(takeVerdict(columns), letter, (key: MessageKey, params?: MessageParams) => formatMessage('en', en[key], params), (v, o) => formatNumber('en', v, o));

describe('a column of rated takes', () => {
  it('has a mean, a range and a sample standard deviation', () => {
    expect(columnRatings([3, 4, 5])).toEqual({ count: 3, mean: 4, min: 3, max: 5, sd: 1 });
    expect(columnRatings([4])).toEqual({ count: 1, mean: 4, min: 4, max: 4, sd: 0 });
    expect(columnRatings([])).toBeUndefined();
  });
});

describe('the verdict on rated takes', () => {
  it('calls B higher when its 4 takes all beat A’s 4, with the chance luck gives it', () => {
    expect(takeVerdict([[2, 3, 2, 3], [4, 5, 4, 4]])).toMatchObject({ kind: 'higher', leader: 1, other: 0, wins: 16, pairs: 16, takes: 4 });
    expect(sentence([[2, 3, 2, 3], [4, 5, 4, 4]])).toBe(
      'B is rated higher than A: a take of B beats a take of A in 16 of 16 pairings, and luck alone gives a gap this large only 3% of the time.',
    );
  });

  it('is too close to call with 2 takes, even when B leads', () => {
    expect(takeVerdict([[3, 4], [4, 5]])).toMatchObject({ kind: 'tooClose', leader: 1, wins: 3.5, pairs: 4, takes: 2 });
    expect(sentence([[3, 4], [4, 5]])).toBe('Too close to call with 2 takes: B leads in 3.5 of 4 pairings, which luck alone gives 67% of the time. Generate more takes.');
  });

  it('never calls 3 takes each a difference: luck gives a clean sweep 10% of the time', () => {
    expect(takeVerdict([[1, 1, 1], [5, 5, 5]])).toMatchObject({ kind: 'tooClose', wins: 9, pairs: 9, takes: 3, p: expect.closeTo(0.1, 10) });
    expect(sentence([[1, 1, 1], [5, 5, 5]])).toBe('Too close to call with 3 takes: B leads in 9 of 9 pairings, which luck alone gives 10% of the time. Generate more takes.');
  });

  it('says neither is higher when the ratings are even', () => {
    expect(sentence([[3, 4, 2], [2, 4, 3]])).toBe('Too close to call with 3 takes: neither is rated higher. Generate more takes.');
  });

  it('asks for ratings before judging', () => {
    expect(takeVerdict([[4, 5], [3]])).toEqual({ kind: 'needRatings', column: 1, rated: 1 });
    expect(sentence([[], [3, 4]])).toBe('Rate at least 2 takes of A to get a verdict (none rated so far).');
  });

  it('with more columns, tests the leader against the runner-up and names them', () => {
    expect(takeVerdict([[1, 2, 1, 2, 1], [3, 3, 2, 3, 3], [5, 4, 5, 5, 4]])).toMatchObject({ kind: 'higher', leader: 2, other: 1 });
  });

  it('has an Arabic sentence with the same facts', () => {
    const text = verdictText(takeVerdict([[3, 4], [4, 5]]), (i) => 'أب'[i]!, (key, params) => formatMessage('ar', ar[key], params), (v, o) => formatNumber('ar', v, o));
    expect(text).toContain('ولّد لقطات أكثر');
  });
});

describe('one rating per take', () => {
  const take = (id: string, at: number, retryOf?: string) => ({
    ...newRun({ id, promptId: 'p', rev: 1, text: 'x', params: defaultParams(), now: at, ...(retryOf ? { retryOf } : {}) }),
    status: 'succeeded' as const,
  });

  it('counts each take once, with its latest rated attempt, and leaves unrated takes out', () => {
    const group = groupTakes([take('a', 1), take('b', 2), take('b2', 3, 'b'), take('c', 4)])[0]!;
    const ratings: Record<string, number> = { a: 2, b: 1, b2: 5 };
    expect(takeRatings(group, (id) => ratings[id])).toEqual([2, 5]);
    expect(takeRatings(group, (id) => (id === 'b' ? 4 : undefined))).toEqual([4]);
    expect(takeRatings(undefined, () => 3)).toEqual([]);
  });
});

describe('takes drawn with the same seed, compared one to one', () => {
  const take = (id: string, promptId: string, at: number, seed?: number) => ({
    ...newRun({ id, promptId, rev: 1, text: 'x', params: seed === undefined ? defaultParams() : { ...defaultParams(), seed }, now: at }),
    status: 'succeeded' as const,
  });

  it('pairs rated takes by seed and counts higher, lower and the same', () => {
    const a = groupTakes([take('a1', 'A', 1, 11), take('a2', 'A', 2, 22), take('a3', 'A', 3, 33), take('a4', 'A', 4, 44)])[0];
    const b = groupTakes([take('b1', 'B', 1, 11), take('b2', 'B', 2, 22), take('b3', 'B', 3, 33), take('b5', 'B', 5, 55)])[0];
    const ratings: Record<string, number> = { a1: 5, a2: 4, a3: 3, a4: 5, b1: 3, b2: 4, b3: 5, b5: 1 };
    expect(seedPairs(a, b, (id) => ratings[id])).toEqual({ count: 3, higher: 1, lower: 1, same: 1 });
    expect(seedPairs(b, a, (id) => ratings[id])).toEqual({ count: 3, higher: 1, lower: 1, same: 1 });
  });

  it('has nothing to say for takes without seeds or without ratings', () => {
    const a = groupTakes([take('a1', 'A', 1), take('a2', 'A', 2)])[0];
    const b = groupTakes([take('b1', 'B', 1), take('b2', 'B', 2)])[0];
    expect(seedPairs(a, b, () => 3)).toBeUndefined();
    const c = groupTakes([take('c1', 'C', 1, 7)])[0];
    const d = groupTakes([take('d1', 'D', 1, 7)])[0];
    expect(seedPairs(c, d, (id) => (id === 'c1' ? 4 : undefined))).toBeUndefined();
  });
});

describe('takes paired by seed, tested pair by pair', () => {
  const take = (id: string, promptId: string, at: number, seed?: number) => ({
    ...newRun({ id, promptId, rev: 1, text: 'x', params: seed === undefined ? defaultParams() : { ...defaultParams(), seed }, now: at }),
    status: 'succeeded' as const,
  });
  const seeded = (ratings: number[], seeds: number[]): RatedTake[] => ratings.map((rating, i) => ({ rating, seed: seeds[i]! }));
  const paired = (columns: RatedTake[][]) => takeVerdict(columns.map((c) => c.map((t) => t.rating)), (i, j) => pairBySeed(columns[i]!, columns[j]!));
  const pairedSentence = (columns: RatedTake[][]) =>
    verdictText(paired(columns), letter, (key: MessageKey, params?: MessageParams) => formatMessage('en', en[key], params), (v, o) => formatNumber('en', v, o));

  it('keeps each rated take’s seed, leaving unrated takes out', () => {
    const group = groupTakes([take('a1', 'A', 1, 11), take('a2', 'A', 2, 22), take('a3', 'A', 3)])[0];
    const ratings: Record<string, number> = { a1: 4, a3: 2 };
    expect(ratedTakes(group, (id) => ratings[id])).toEqual([{ rating: 4, seed: 11 }, { rating: 2 }]);
  });

  it('pairs two columns only when every rated take has exactly one partner with its seed', () => {
    expect(pairBySeed(seeded([2, 3, 4], [7, 8, 9]), seeded([5, 1, 3], [9, 7, 8]))).toEqual({ first: [2, 3, 4], second: [1, 3, 5] });
    // A take whose partner is not rated, a take without a seed, a seed used twice: not paired.
    expect(pairBySeed(seeded([2, 3, 4], [7, 8, 9]), seeded([5, 1], [9, 7]))).toBeUndefined();
    expect(pairBySeed(seeded([2, 3], [7, 8]), seeded([5, 1], [7, 9]))).toBeUndefined();
    expect(pairBySeed([{ rating: 2 }, { rating: 3, seed: 8 }], seeded([5, 1], [7, 8]))).toBeUndefined();
    expect(pairBySeed(seeded([2, 3], [7, 7]), seeded([5, 1], [7, 7]))).toBeUndefined();
    expect(pairBySeed([], [])).toBeUndefined();
  });

  it('3 pairs all won by B: the exact signed-rank p is 2/8, too close to call', () => {
    const columns = [seeded([2, 3, 2], [1, 2, 3]), seeded([5, 4, 5], [1, 2, 3])];
    expect(paired(columns)).toEqual({ kind: 'pairedTooClose', leader: 1, other: 0, higher: 3, lower: 0, same: 0, takes: 3, p: 0.25 });
    expect(pairedSentence(columns)).toBe(
      'Too close to call with 3 takes paired by seed: B is rated higher in 3 of 3 pairs (A in 0, the same in 0), which luck alone gives 25% of the time. Generate more takes.',
    );
  });

  it('4 takes a side all above: unpaired that is called (2/70), paired by seed it is not (2/16)', () => {
    const a = [2, 3, 2, 3];
    const b = [4, 5, 4, 4];
    expect(takeVerdict([a, b])).toMatchObject({ kind: 'higher', p: expect.closeTo(2 / 70, 10) });
    expect(paired([seeded(a, [1, 2, 3, 4]), seeded(b, [1, 2, 3, 4])])).toMatchObject({ kind: 'pairedTooClose', higher: 4, p: 0.125 });
  });

  it('6 pairs all won by A: called, with the share luck gives (2/64)', () => {
    const columns = [seeded([4, 5, 4, 5, 3, 4], [1, 2, 3, 4, 5, 6]), seeded([2, 3, 3, 1, 2, 2], [1, 2, 3, 4, 5, 6])];
    expect(paired(columns)).toEqual({ kind: 'pairedHigher', leader: 0, other: 1, higher: 6, lower: 0, same: 0, takes: 6, p: 0.03125 });
    expect(pairedSentence(columns)).toBe(
      'A is rated higher than B, paired by seed: A’s take beats B’s take made with the same seed in 6 of 6 pairs (B’s in 0, the same in 0), and luck alone gives differences this lopsided only 3% of the time.',
    );
  });

  it('mixed pairs with ties: B higher in 3, A in 1, one the same (exact p 0.5 by hand)', () => {
    // d = 1, 1, 2, −1, 0: mid-ranks 2, 2, 4, 2; 8 of the 16 sign assignments are as lopsided.
    const columns = [seeded([2, 2, 2, 2, 3], [1, 2, 3, 4, 5]), seeded([3, 3, 4, 1, 3], [1, 2, 3, 4, 5])];
    expect(paired(columns)).toMatchObject({ kind: 'pairedTooClose', leader: 1, higher: 3, lower: 1, same: 1, takes: 5, p: 0.5 });
  });

  it('every pair rated the same: neither is higher', () => {
    expect(pairedSentence([seeded([3, 4, 2], [1, 2, 3]), seeded([2, 4, 3], [3, 2, 1])])).toBe(
      'Too close to call with 3 takes paired by seed: every pair is rated the same. Generate more takes.',
    );
  });

  it('falls back to the unpaired rank test when a take has no partner', () => {
    const columns = [seeded([1, 1, 1], [1, 2, 3]), seeded([5, 5, 5], [1, 2, 4])];
    expect(paired(columns)).toMatchObject({ kind: 'tooClose', wins: 9, pairs: 9, p: expect.closeTo(0.1, 10) });
  });

  it('from take groups: a batch over two prompts shares seeds, so its rated takes are paired', () => {
    const a = groupTakes([take('a1', 'A', 1, 11), take('a2', 'A', 2, 22), take('a3', 'A', 3, 33)])[0];
    const b = groupTakes([take('b1', 'B', 1, 11), take('b2', 'B', 2, 22), take('b3', 'B', 3, 33)])[0];
    const ratings: Record<string, number> = { a1: 2, a2: 3, a3: 2, b1: 5, b2: 4, b3: 5 };
    const rated = [ratedTakes(a, (id) => ratings[id]), ratedTakes(b, (id) => ratings[id])];
    expect(paired(rated)).toMatchObject({ kind: 'pairedTooClose', leader: 1, higher: 3, takes: 3, p: 0.25 });
  });
});
