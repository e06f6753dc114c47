import { describe, expect, it } from 'vitest';
import { newStoryboard, sequenceText, shotText, type Storyboard } from '../../../src/domain/storyboard';
import { clampSeconds, clampedShots, groupSequences, planStoryboardRuns, sequenceReady, storyboardModes } from '../../../src/domain/storyboard-runs';
import { newRun, type Run } from '../../../src/domain/run';
import { emptyShot } from '../../../src/domain/shot';
import type { GenerationParams, ModelCapabilities } from '../../../src/domain/params';

const caps: ModelCapabilities = { durations: [4, 6, 8], aspectRatios: ['16:9'], resolutions: ['720p'], audio: 'always', negativePrompt: false, referenceImage: false, maxPromptLength: 4000 };
const params: GenerationParams = { provider: 'gemini', model: 'veo-x', seconds: 8, aspectRatio: '16:9', resolution: '720p' };

function board(): Storyboard {
  const b = newStoryboard(3);
  b.cast.characters = 'Mona, a tall woman with short grey hair';
  b.shots = [
    { shot: { ...emptyShot(), subject: 'Mona waits' }, seconds: 4, transition: 'cut' },
    { shot: { ...emptyShot(), subject: 'Mona looks up' }, seconds: 3, transition: 'matchCut' },
    { shot: { ...emptyShot(), subject: 'the tram arrives' }, seconds: 5, transition: 'dissolve' },
  ];
  return b;
}

describe('seconds clamping', () => {
  it('keeps an allowed length, takes the nearest otherwise and the longer of two as near', () => {
    expect(clampSeconds(6, [4, 6, 8])).toEqual({ seconds: 6, clamped: false });
    expect(clampSeconds(3, [4, 6, 8])).toEqual({ seconds: 4, clamped: true });
    expect(clampSeconds(5, [4, 6, 8])).toEqual({ seconds: 6, clamped: true });
    expect(clampSeconds(30, [4, 6, 8])).toEqual({ seconds: 8, clamped: true });
    expect(clampSeconds(5, [])).toEqual({ seconds: 5, clamped: false });
  });
});

describe('a storyboard generation plan', () => {
  it('makes one run per shot with the shot’s standalone text, its Shot, its clamped seconds and its place in the sequence', () => {
    const b = board();
    const plan = planStoryboardRuns(b, params, caps, 'perShot', 'seq1');
    expect(plan).toHaveLength(3);
    plan.forEach((p, i) => {
      expect(p.text).toBe(shotText(b, i));
      expect(p.shot).toBe(b.shots[i]!.shot);
      expect(p.sequence).toMatchObject({ id: 'seq1', index: i, count: 3 });
    });
    expect(plan.map((p) => p.params.seconds)).toEqual([4, 4, 6]);
    expect(plan.map((p) => p.sequence.transition)).toEqual(['cut', 'matchCut', 'dissolve']);
    expect(clampedShots(plan)).toEqual([
      { index: 1, asked: 3, seconds: 4 },
      { index: 2, asked: 5, seconds: 6 },
    ]);
  });

  it('offers the whole sequence as one run only to a model that takes multi-shot prompts', () => {
    expect(storyboardModes(caps)).toEqual(['perShot']);
    expect(storyboardModes({ ...caps, multiShot: true })).toEqual(['perShot', 'whole']);
    const plan = planStoryboardRuns(board(), params, { ...caps, durations: [8, 10, 12] }, 'whole', 's');
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ text: sequenceText(board()), asked: 12, params: { seconds: 12 }, sequence: { index: 0, count: 1, seconds: 12 } });
  });
});

function run(id: string, at: number, sequence?: Run['sequence'], status: Run['status'] = 'succeeded'): Run {
  const r = newRun({ id, promptId: 'p', rev: 1, text: id, params, now: at, ...(sequence ? { sequence } : {}) });
  return { ...r, status, ...(status === 'succeeded' ? { media: { video: `v/${id}`, mimeType: 'video/mp4', bytes: 10 } } : {}) };
}

describe('sequence grouping of runs', () => {
  it('puts the runs of one storyboard generation in shot order, newest group first, and leaves other runs out', () => {
    const s = (id: string, index: number) => ({ id, index, count: 3, seconds: 4, transition: 'cut' as const });
    const runs = [run('c', 3, s('A', 2)), run('x', 9), run('a', 1, s('A', 0)), run('b', 2, s('A', 1)), run('d', 5, s('B', 0))];
    const groups = groupSequences(runs);
    expect(groups.map((g) => g.id)).toEqual(['B', 'A']);
    expect(groups[1]!.shots.map((r) => r?.id)).toEqual(['a', 'b', 'c']);
    expect(sequenceReady(groups[1]!)).toBe(true);
    expect(groups[0]!.shots.map((r) => r?.id)).toEqual(['d', undefined, undefined]);
    expect(sequenceReady(groups[0]!)).toBe(false);
  });

  it('a later run of the same shot takes its place; a failed shot keeps the sequence from playing', () => {
    const s = (index: number) => ({ id: 'A', index, count: 2, seconds: 4, transition: 'cut' as const });
    const groups = groupSequences([run('a', 1, s(0)), run('b', 2, s(1), 'failed'), run('b2', 4, s(1))]);
    expect(groups[0]!.shots.map((r) => r?.id)).toEqual(['a', 'b2']);
    expect(sequenceReady(groupSequences([run('a', 1, s(0)), run('b', 2, s(1), 'failed')])[0]!)).toBe(false);
  });
});

describe('the Runs list with storyboards', () => {
  it('shows a storyboard generation as one sequence entry beside take groups, newest first', async () => {
    const { runsListEntries } = await import('../../../src/domain/runs-list');
    const s = (index: number) => ({ id: 'A', index, count: 2, seconds: 4, transition: 'cut' as const });
    const entries = runsListEntries([run('a', 1, s(0)), run('b', 2, s(1)), run('x', 5)]);
    expect(entries.map((e) => e.kind)).toEqual(['takes', 'sequence']);
    expect(entries[1]!.kind === 'sequence' && entries[1]!.group.shots.map((r) => r?.id)).toEqual(['a', 'b']);
  });
});
