import { describe, expect, it } from 'vitest';
import { canContinue, checkContinuation, clipSeconds, continuationRules, continuationsOf, continuedSeconds, hasLineage, lineageOf, secondsLeft } from '../../../src/domain/lineage';
import { newRun, type Run } from '../../../src/domain/run';

const omni = (id: string, over: Partial<Run> = {}): Run => ({
  ...newRun({ id, promptId: 'p', rev: 1, text: 'a fox', params: { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 8, aspectRatio: '16:9', resolution: '720p' }, now: Number(id.replace(/\D/g, '')) || 1 }),
  status: 'succeeded',
  remote: { id: `int_${id}`, kind: 'interaction' },
  ...over,
});
const veo = (id: string, over: Partial<Run> = {}): Run =>
  omni(id, { model: 'veo-3.1-lite-generate-preview', params: { provider: 'gemini', model: 'veo-3.1-lite-generate-preview', seconds: 8, aspectRatio: '16:9', resolution: '720p' }, remote: { id: `models/veo/operations/${id}`, kind: 'operation', urls: { video: 'https://g.example/v1beta/files/abc:download?alt=media' } }, ...over });
/** A continuation of `parent` as Runs makes it. */
const child = (id: string, parent: Run, kind: 'extend' | 'edit', seconds: number): Run =>
  omni(id, { parentRunId: parent.id, params: { ...parent.params, seconds }, continuation: { kind, remoteId: parent.remote!.id, totalSeconds: continuedSeconds(parent, kind, seconds) } });

describe('continuation rules are data per model', () => {
  it('Omni extends by 3-10 s up to 40 s and edits; Veo 3.1 extends by 7 s at 720p; others cannot', () => {
    expect(continuationRules('gemini', 'gemini-omni-1.1-flash')).toEqual({ extend: { steps: [3, 4, 5, 6, 7, 8, 9, 10], maxTotalSeconds: 40 }, edit: true });
    expect(continuationRules('gemini', 'veo-3.1-lite-generate-preview')).toMatchObject({ extend: { steps: [7], resolution: '720p', maxInputSeconds: 30 }, edit: false });
    expect(continuationRules('gemini', 'veo-3.0-generate-001')).toBeUndefined();
    expect(continuationRules('openai', 'sora-2')).toBeUndefined();
    expect(continuationRules('fal', 'fal-ai/veo3.1')).toBeUndefined();
  });
});

describe('Continue is offered for a finished clip of a model that can continue one', () => {
  it('wherever the run is shown (alone, a take, a storyboard shot): succeeded and continuable only', () => {
    expect(canContinue(omni('r1'))).toBe(true);
    expect(canContinue(veo('r2'))).toBe(true);
    expect(canContinue(omni('r3', { status: 'running' }))).toBe(false);
    expect(canContinue(omni('r4', { status: 'failed' }))).toBe(false);
    expect(canContinue(omni('r5', { provider: 'openai', model: 'sora-2' }))).toBe(false);
  });
});

describe('checkContinuation: refused with a reason before anything is sent', () => {
  it('an Omni clip can be extended step by step to exactly 40 s, and not one second past it', () => {
    let clip = omni('r1'); // 8 s
    for (const [i, step] of [10, 10, 10].entries()) {
      expect(checkContinuation(clip, 'extend', step, 'more')).toBeUndefined();
      clip = child(`r${i + 2}`, clip, 'extend', step);
    }
    expect(clipSeconds(clip)).toBe(38);
    expect(checkContinuation(clip, 'extend', 3, 'more')).toBe('tooLong');
    expect(secondsLeft(clip)).toBe(2);
    const at30 = child('r10', child('r9', omni('r8', { params: { ...omni('x').params, seconds: 10 } }), 'extend', 10), 'extend', 10);
    expect(checkContinuation(at30, 'extend', 10, 'more')).toBeUndefined();
    expect(checkContinuation(child('r11', at30, 'extend', 10), 'extend', 3, 'more')).toBe('tooLong');
  });

  it('an edit keeps the length, so an edit of a 40 s clip is allowed', () => {
    const long = omni('r1', { continuation: { kind: 'extend', remoteId: 'int_0', totalSeconds: 40 }, parentRunId: 'r0' });
    expect(checkContinuation(long, 'edit', 0, 'make it night')).toBeUndefined();
    expect(continuedSeconds(long, 'edit', 0)).toBe(40);
  });

  it('Veo: extends only by 7 s, only a clip of 30 s or less, never edits, and needs the clip\'s file link', () => {
    expect(checkContinuation(veo('v1'), 'extend', 7, 'the wave breaks')).toBeUndefined();
    expect(checkContinuation(veo('v1'), 'extend', 10, 'x')).toBe('badStep');
    expect(checkContinuation(veo('v1'), 'edit', 0, 'x')).toBe('unsupported');
    expect(checkContinuation(veo('v1', { continuation: { kind: 'extend', remoteId: 'o', totalSeconds: 36 }, parentRunId: 'v0' }), 'extend', 7, 'x')).toBe('inputTooLong');
    expect(checkContinuation(veo('v1', { remote: { id: 'models/veo/operations/1', kind: 'operation' } }), 'extend', 7, 'x')).toBe('noVideoLink');
  });

  it('refuses an unfinished run, a model that cannot, a run with no job id, and empty words', () => {
    expect(checkContinuation(omni('r1', { status: 'running' }), 'extend', 10, 'x')).toBe('notFinished');
    expect(checkContinuation(omni('r1', { provider: 'openai', model: 'sora-2' }), 'extend', 10, 'x')).toBe('unsupported');
    const { remote: _r, ...noRemote } = omni('r1');
    expect(checkContinuation(noRemote, 'extend', 10, 'x')).toBe('noJob');
    expect(checkContinuation(omni('r1'), 'extend', 10, '   ')).toBe('emptyText');
  });
});

describe('lineage: parent → child chains', () => {
  const a = omni('r1');
  const b = child('r2', a, 'extend', 10);
  const c = child('r3', b, 'edit', 0);
  const d = child('r4', b, 'extend', 5);
  const all = [d, c, b, a];
  const byId = (id: string) => all.find((r) => r.id === id);

  it('a run\'s line runs from the first clip to it, with the whole length', () => {
    expect(lineageOf(c, byId).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(clipSeconds(c)).toBe(18);
    expect(clipSeconds(d)).toBe(23);
  });

  it('children are listed oldest first; a run with none and no parent has no lineage', () => {
    expect(continuationsOf(b, all).map((r) => r.id)).toEqual(['r3', 'r4']);
    expect(hasLineage(a, all)).toBe(true);
    expect(hasLineage(omni('r7'), all)).toBe(false);
  });

  it('a deleted parent ends the line; a loop in imported data cannot hang it', () => {
    expect(lineageOf(b, (id) => (id === 'r1' ? undefined : byId(id))).map((r) => r.id)).toEqual(['r2']);
    const x = omni('x1', { parentRunId: 'x2' });
    const y = omni('x2', { parentRunId: 'x1' });
    expect(lineageOf(x, (id) => (id === 'x2' ? y : x)).map((r) => r.id)).toEqual(['x2', 'x1']);
  });
});
