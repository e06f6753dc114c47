import { describe, expect, it } from 'vitest';
import { columnGroup, groupTakes, mayHaveBeenAccepted, planRerun, takeOf, takeParams, takeSeeds } from '../../../src/domain/takes';
import { defaultParams } from '../../../src/domain/params';
import { newRun, type Run } from '../../../src/domain/run';

const params = { ...defaultParams(), provider: 'openai', model: 'sora-2', seconds: 4 };

function run(id: string, createdAt: number, patch: Partial<Run> = {}, seed?: number): Run {
  const base = newRun({ id, promptId: 'p', rev: 2, text: 'a fox', params: seed === undefined ? params : { ...params, seed }, now: createdAt });
  return { ...base, status: 'succeeded', ...patch };
}

describe('grouping runs into takes', () => {
  it('puts the runs of one prompt version with the same settings in one group, in the order made, whatever the seeds', () => {
    const groups = groupTakes([run('c', 30, {}, 3), run('a', 10, {}, 1), run('b', 20, {}, 2)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.takes.map((t) => [t.index, t.run.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('keeps other versions, other prompts and other settings apart, newest group first', () => {
    const groups = groupTakes([
      run('a', 10),
      run('b', 20, { rev: 3 }),
      run('c', 30, { promptId: 'q' }),
      run('d', 40, { params: { ...params, seconds: 8 } }),
    ]);
    expect(groups.map((g) => g.takes.map((t) => t.run.id))).toEqual([['d'], ['c'], ['b'], ['a']]);
  });

  it('leaves remixes out: their text is not the version’s', () => {
    expect(groupTakes([run('a', 10), run('r', 20, { remixOf: { runId: 'a', remoteId: 'j' } })]).flatMap((g) => g.takes.map((t) => t.run.id))).toEqual(['a']);
  });

  it('puts a re-run in the place of the take it re-runs, keeping every attempt', () => {
    const groups = groupTakes([run('a', 10), run('b', 20, { status: 'failed' }), run('c', 30), run('b2', 40, { retryOf: 'b' })]);
    const takes = groups[0]!.takes;
    expect(takes.map((t) => [t.index, t.run.id])).toEqual([
      [1, 'a'],
      [2, 'b2'],
      [3, 'c'],
    ]);
    expect(takes[1]!.attempts.map((r) => r.id)).toEqual(['b', 'b2']);
    expect(takeOf(groups, 'b')!.take.index).toBe(2);
  });
});

describe('re-running the failed takes', () => {
  const sent = { startedAt: 5 };
  it('re-sends a take the provider answered with a failure, and a job that failed', () => {
    const group = groupTakes([
      run('ok', 10),
      run('refused', 20, { ...sent, status: 'failed', error: { kind: 'policy', status: 400 } }),
      run('jobFailed', 30, { ...sent, status: 'failed', remote: { id: 'j' }, error: { kind: 'failed' } }),
    ])[0]!;
    expect(planRerun(group).rerun.map((r) => r.id)).toEqual(['refused', 'jobFailed']);
  });

  it('never re-sends a create that may have been accepted: interrupted, or no answer', () => {
    const group = groupTakes([
      run('interrupted', 10, { ...sent, status: 'failed', error: { kind: 'interrupted' } }),
      run('network', 20, { ...sent, status: 'failed', error: { kind: 'network' } }),
      run('gateway', 30, { ...sent, status: 'failed', error: { kind: 'server', status: 504 } }),
    ])[0]!;
    expect(planRerun(group)).toEqual({ rerun: [], uncertain: group.takes.map((t) => t.run) });
    expect(mayHaveBeenAccepted(run('never sent', 1, { status: 'failed', error: { kind: 'noKey' } }))).toBe(false);
  });

  it('re-sends each failed take once: a take already re-run is judged by its latest attempt', () => {
    const group = groupTakes([run('b', 20, { status: 'failed' }), run('b2', 40, { retryOf: 'b', status: 'pending' })])[0]!;
    expect(planRerun(group).rerun).toEqual([]);
  });
});

describe('seeds per take', () => {
  it('draws distinct seeds, even when the random source repeats itself', () => {
    const values = [0.5, 0.5, 0.25, 0.5, 0.75];
    let i = 0;
    const seeds = takeSeeds(3, () => values[i++]!);
    expect(new Set(seeds).size).toBe(3);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 1 && s < 2 ** 31).toBe(true);
  });

  it('asks for 1 to 8 takes', () => {
    expect(() => takeSeeds(0, Math.random)).toThrow(RangeError);
    expect(() => takeSeeds(9, Math.random)).toThrow(RangeError);
  });

  it('gives each take its own seed, or none for models without one', () => {
    expect(takeParams({ ...params, seed: 9 }, 2, [11, 12]).map((p) => p.seed)).toEqual([11, 12]);
    expect(takeParams({ ...params, seed: 9 }, 2, undefined).map((p) => 'seed' in p)).toEqual([false, false]);
  });
});

describe('the Runs list', () => {
  it('shows take groups and remixes, newest activity first, and counts how a group stands', async () => {
    const { runsEntries, takeCounts } = await import('../../../src/domain/takes');
    const entries = runsEntries([run('a', 10), run('b', 20, { status: 'failed' }), run('r', 30, { remixOf: { runId: 'a', remoteId: 'j' } }), run('c', 40, { status: 'running' })]);
    expect(entries.map((e) => e.kind)).toEqual(['takes', 'remix']);
    const group = entries[0]!.kind === 'takes' ? entries[0]!.group : undefined;
    expect(takeCounts(group!)).toEqual({ total: 3, done: 1, failed: 1, running: 1 });
  });
});

describe('the takes a Compare column shows', () => {
  it('is the group of the shown run, or else the newest group of the version; other versions stay out', () => {
    const eight = { ...params, seconds: 8 };
    const runs = [run('a', 10, {}, 1), run('b', 20, {}, 2), run('c', 30, { params: eight }), run('old', 5, { rev: 1 })];
    expect(columnGroup(runs, 'p', 2, 'a')!.takes.map((t) => t.run.id)).toEqual(['a', 'b']);
    expect(columnGroup(runs, 'p', 2)!.takes.map((t) => t.run.id)).toEqual(['c']);
    expect(columnGroup(runs, 'p', 2, 'old')!.takes.map((t) => t.run.id)).toEqual(['c']);
    expect(columnGroup(runs, 'q', 2)).toBeUndefined();
  });
});
