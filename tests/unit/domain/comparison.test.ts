import { describe, expect, it } from 'vitest';
import {
  chooseRun,
  defaultRun,
  makeBaseline,
  missingRuns,
  newComparison,
  noteResult,
  pickWinner,
  planPromotion,
  rateResult,
  restoreComparison,
  tagResult,
  winnerColumn,
} from '../../../src/domain/comparison';
import { newPrompt, type Prompt } from '../../../src/domain/prompt';
import { defaultParams } from '../../../src/domain/params';
import type { Run } from '../../../src/domain/run';

const cols = [
  { promptId: 'a', rev: 1, runId: 'ra' },
  { promptId: 'b', rev: 2 },
];

describe('a comparison record', () => {
  it('takes two to four columns and refuses other counts', () => {
    expect(newComparison('c', cols, 1).columns).toHaveLength(2);
    expect(() => newComparison('c', cols.slice(0, 1), 1)).toThrow(RangeError);
    expect(() => newComparison('c', [...cols, ...cols, cols[0]!], 1)).toThrow(RangeError);
  });

  it('keeps one judgement per result: rating, tags and note', () => {
    let c = newComparison('c', cols, 1);
    c = rateResult('ra', 'a', 4)(c);
    c = tagResult('ra', 'a', ['good motion', ' Good motion ', 'face artefacts'])(c);
    c = noteResult('ra', 'a', 'smooth pan')(c);
    c = rateResult('ra', 'a', 5)(c);
    expect(c.results).toEqual([{ runId: 'ra', promptId: 'a', rating: 5, tags: ['good motion', 'face artefacts'], note: 'smooth pan' }]);
  });

  it('refuses a rating outside 1 to 5', () => {
    expect(() => rateResult('ra', 'a', 6)).toThrow(RangeError);
    expect(() => rateResult('ra', 'a', 0)).toThrow(RangeError);
  });

  it('records the winner as the column’s prompt version and its result', () => {
    const c = pickWinner(0)(newComparison('c', cols, 1));
    expect(c.winner).toEqual({ promptId: 'a', rev: 1, runId: 'ra' });
    expect(winnerColumn(c)).toBe(0);
    expect(winnerColumn(makeBaseline(1)(c))).toBe(1);
  });

  it('lists the columns without a result as missing runs, all with the same parameters', () => {
    const params = { ...defaultParams(), seconds: 4 };
    const c = chooseRun(0, undefined)(newComparison('c', cols, 1));
    expect(missingRuns(c, params).map((m) => [m.column, m.promptId, m.params.seconds])).toEqual([
      [0, 'a', 4],
      [1, 'b', 4],
    ]);
  });

  it('normalises a stored record: drops unknown fields and bad ratings, refuses a single column', () => {
    const raw = { ...pickWinner(0)(newComparison('c', cols, 1)), results: [{ runId: 'ra', promptId: 'a', rating: 9, tags: ['x', 3], note: 'n' }], evil: '<img>' };
    const restored = restoreComparison(raw);
    expect(restored).not.toHaveProperty('evil');
    expect(restored?.results).toEqual([{ runId: 'ra', promptId: 'a', tags: ['x'], note: 'n' }]);
    expect(restoreComparison({ ...raw, columns: [cols[0]] })).toBeUndefined();
    expect(restoreComparison('nope')).toBeUndefined();
  });
});

describe('the default result of a column', () => {
  const run = (id: string, patch: Partial<Run>): Run => ({
    id,
    promptId: 'a',
    rev: 1,
    text: 't',
    provider: 'p',
    model: 'm',
    params: defaultParams(),
    status: 'succeeded',
    createdAt: 1,
    media: { video: `video/${id}`, mimeType: 'video/mp4', bytes: 1 },
    ...patch,
  });

  it('is the newest successful run of exactly that version', () => {
    const runs = [run('old', { finishedAt: 10 }), run('new', { finishedAt: 20 }), run('failed', { status: 'failed', finishedAt: 30 }), run('v2', { rev: 2, finishedAt: 40 })];
    expect(defaultRun(runs, 'a', 1)?.id).toBe('new');
    expect(defaultRun(runs, 'a', 3)).toBeUndefined();
  });
});

describe('promoting the winner to parent of its variant group', () => {
  const p = (id: string, parentId?: string): Prompt => newPrompt(id, { title: id, text: id, tags: [], ...(parentId ? { parentId } : {}) }, 1);

  it('makes the winner the parent, and the old parent and the other variants its variants', () => {
    const prompts = [p('parent'), p('a', 'parent'), p('b', 'parent'), p('c', 'parent'), p('a-child', 'a'), p('other')];
    expect(planPromotion(prompts[2]!, prompts)).toEqual([
      { id: 'b', parentId: undefined },
      { id: 'parent', parentId: 'b' },
      { id: 'a', parentId: 'b' },
      { id: 'c', parentId: 'b' },
    ]);
  });

  it('keeps a nested group inside its own parent: the winner takes the old parent’s place', () => {
    const prompts = [p('root'), p('mid', 'root'), p('w', 'mid')];
    expect(planPromotion(prompts[2]!, prompts)).toEqual([
      { id: 'w', parentId: 'root' },
      { id: 'mid', parentId: 'w' },
    ]);
  });

  it('changes nothing when the winner already heads its group', () => {
    const prompts = [p('parent'), p('a', 'parent')];
    expect(planPromotion(prompts[0]!, prompts)).toEqual([]);
  });

  it('gathers the orphaned variants under the winner when the parent is gone', () => {
    const prompts = [p('a', 'gone'), p('b', 'gone')];
    expect(planPromotion(prompts[0]!, prompts)).toEqual([
      { id: 'a', parentId: undefined },
      { id: 'b', parentId: 'a' },
    ]);
  });
});
