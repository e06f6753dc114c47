import { describe, expect, it, vi } from 'vitest';
import { previzModel } from '../../../src/providers/previz/capabilities';
import { ProviderError, type VideoProvider } from '../../../src/providers/types';
import { ProviderKeys } from '../../../src/state/providers.svelte';
import { ContinueRefused, ParamsRefused, Runs } from '../../../src/state/runs.svelte';
import { newRun, type Run } from '../../../src/domain/run';
import type { Leases } from '../../../src/storage/leases';
import { fakeBrowser, settle } from './fakes';
import { newStoryboard } from '../../../src/domain/storyboard';
import { emptyShot } from '../../../src/domain/shot';
import { saveRun } from '../../../src/storage/runs';
import { recordKey } from '../../../src/storage/db';

/** Each tab acts alone, as without Web Locks. */
const soloLeases: Leases = { tryTake: async () => () => undefined, whenFree: (_n, work) => void work().catch(() => undefined) };

/** A Previz engine that refuses every take, so a run's whole life needs no canvas. */
function refusingEngine(): VideoProvider {
  return {
    id: 'previz',
    listModels: async () => [],
    capabilities: () => {
      throw new Error('unused');
    },
    create: vi.fn(async () => {
      throw new ProviderError('failed', { reason: 'no canvas here' });
    }),
    poll: async () => ({ state: 'running' }),
    download: async () => ({ video: new Blob([]) }),
    cancel: async () => undefined,
  };
}

async function openTab(browser = fakeBrowser(), previz = refusingEngine()) {
  const storage = await browser.tab();
  const keys = new ProviderKeys(storage);
  const runs = new Runs({ storage, keys, leases: soloLeases, previz });
  await runs.load();
  return { runs, previz };
}

const params = { provider: 'previz', model: previzModel, seconds: 4, aspectRatio: '16:9', resolution: '720p' };

describe('runs', () => {
  it('refuses, before sending anything, a combination the model does not take or a provider Laqta does not know', async () => {
    const { runs, previz } = await openTab();
    expect(runs.check({ ...params, provider: 'acme' }, 'a fox')).toEqual([{ field: 'provider', value: 'acme', reason: 'unsupported', allowed: ['previz', 'gemini', 'fal', 'openai'] }]);
    await expect(runs.enqueue({ promptId: 'p1', rev: 1, text: '   ' }, params)).rejects.toBeInstanceOf(ParamsRefused);
    expect(previz.create).not.toHaveBeenCalled();
    expect(runs.items).toEqual([]);
  });

  it('a run is stored before it is sent, ends with the reason it failed, and another tab sees it', async () => {
    const browser = fakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    const run = await a.runs.enqueue({ promptId: 'p1', rev: 1, text: 'A fox in snow.' }, params);
    await vi.waitFor(() => expect(a.runs.get(run.id)?.status).toBe('failed'));
    expect(a.runs.get(run.id)?.error).toMatchObject({ kind: 'failed', reason: 'no canvas here' });
    expect(a.runs.forPrompt('p1').map((r) => r.id)).toEqual([run.id]);
    await settle();
    expect(b.runs.get(run.id)?.status).toBe('failed');

    await a.runs.remove(run.id);
    await settle();
    expect(a.runs.items).toEqual([]);
    expect(b.runs.items).toEqual([]);
  });

  it('continuing a clip past 40 s, or with a model that cannot, is refused with its reason and nothing is stored or sent', async () => {
    const { runs } = await openTab();
    const omni: Run = {
      ...newRun({ id: 'r1', promptId: 'p1', rev: 1, text: 'a fox', params: { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 8, aspectRatio: '16:9', resolution: '720p' }, now: 1 }),
      status: 'succeeded',
      remote: { id: 'int_1', kind: 'interaction' },
      parentRunId: 'r0',
      continuation: { kind: 'extend', remoteId: 'int_0', totalSeconds: 38 },
    };
    await expect(runs.continueClip(omni, 'extend', 'more', 3)).rejects.toMatchObject({ reason: 'tooLong' });
    await expect(runs.continueClip({ ...omni, provider: 'previz', model: previzModel }, 'extend', 'more', 3)).rejects.toBeInstanceOf(ContinueRefused);
    expect(runs.items).toEqual([]);
  });

  it('a continuation is sent with the parent\'s settings, the seconds it adds, at 720p; the seed is not reused', async () => {
    const { runs } = await openTab();
    const parent: Run = {
      ...newRun({ id: 'r1', promptId: 'p1', rev: 1, text: 'a fox', params: { provider: 'gemini', model: 'veo-3.1-lite-generate-preview', seconds: 8, aspectRatio: '9:16', resolution: '1080p', seed: 4 }, now: 1 }),
      status: 'succeeded',
    };
    expect(runs.continuationParams(parent, 'extend', 7)).toEqual({ provider: 'gemini', model: 'veo-3.1-lite-generate-preview', seconds: 7, aspectRatio: '9:16', resolution: '720p' });
  });
});

describe('takes and seeds', () => {
  const source = { promptId: 'p1', rev: 1, text: 'A fox in snow, handheld.' };
  const sentSeeds = (previz: VideoProvider) => (previz.create as ReturnType<typeof vi.fn>).mock.calls.map(([request]) => (request as { params: { seed?: number } }).params.seed);

  it('3 takes of a seeded model get 3 distinct seeds, recorded on each run and sent in each request', async () => {
    const { runs, previz } = await openTab();
    const takes = await runs.enqueueTakes(source, params, 3);
    const seeds = takes.map((r) => r.params.seed);
    expect(seeds.every((s) => Number.isInteger(s) && s! > 0)).toBe(true);
    expect(new Set(seeds).size).toBe(3);
    await vi.waitFor(() => expect(previz.create).toHaveBeenCalledTimes(3));
    expect(new Set(sentSeeds(previz))).toEqual(new Set(seeds));
  });

  it('a batch over several prompts gives take k of every prompt the same seed k (only the text differs)', async () => {
    const { runs } = await openTab();
    const [a, b] = await runs.enqueueBatch([source, { promptId: 'p2', rev: 3, text: 'A fox in rain, handheld.' }], params, 3);
    expect(a!.map((r) => r.params.seed)).toEqual(b!.map((r) => r.params.seed));
    expect(new Set(a!.map((r) => r.params.seed)).size).toBe(3);
    expect(b!.every((r) => r.promptId === 'p2' && r.rev === 3)).toBe(true);
  });

  it('a batch is checked whole before anything is sent: one refused text sends nothing', async () => {
    const { runs, previz } = await openTab();
    await expect(runs.enqueueBatch([source, { promptId: 'p2', rev: 1, text: '  ' }], params, 2)).rejects.toBeInstanceOf(ParamsRefused);
    expect(previz.create).not.toHaveBeenCalled();
    expect(runs.items).toEqual([]);
  });

  it('"Re-run with this seed" sends the take\'s own seed again, as the next attempt of that take, once', async () => {
    const { runs, previz } = await openTab();
    const [take] = await runs.enqueueTakes(source, params, 1);
    await vi.waitFor(() => expect(runs.get(take!.id)?.status).toBe('failed'));
    const failed = runs.get(take!.id)!;
    expect(runs.canRerun(failed)).toBe(true);
    const again = await runs.rerunTake(failed);
    expect(again).toMatchObject({ retryOf: take!.id, params: { seed: take!.params.seed } });
    await vi.waitFor(() => expect(previz.create).toHaveBeenCalledTimes(2));
    expect(sentSeeds(previz)).toEqual([take!.params.seed, take!.params.seed]);
    expect(runs.canRerun(failed)).toBe(false);
    expect(await runs.rerunTake(failed)).toBeUndefined();
    // A take that succeeded can be drawn again only where the model takes its seed.
    expect(runs.canRerun({ ...failed, id: 'other', status: 'succeeded' })).toBe(true);
    const unseeded = { ...failed, id: 'sora', status: 'succeeded' as const, provider: 'openai', params: { ...params, provider: 'openai', model: 'sora-2', seed: undefined } };
    expect(runs.canRerun(unseeded)).toBe(false);
  });
});

describe('a storyboard generation', () => {
  it('plans one run per shot with its own text and length, sends all of them only when every one can be sent, and links them as one sequence', async () => {
    const { runs, previz } = await openTab();
    const board = newStoryboard(3);
    board.cast.characters = 'Mona, grey hair';
    board.shots = board.shots.map((s, i) => ({ ...s, shot: { ...emptyShot(), subject: `shot ${i + 1}` }, seconds: [2, 3, 4][i]! }));
    const plan = runs.planStoryboard(board, params, 'perShot');
    expect(plan.map((p) => p.params.seconds)).toEqual([2, 4, 4]);

    await expect(runs.enqueueStoryboard({ promptId: 'p1', rev: 1 }, plan.map((p, i) => (i === 2 ? { ...p, text: ' ' } : p)))).rejects.toBeInstanceOf(ParamsRefused);
    expect(previz.create).not.toHaveBeenCalled();

    const started = await runs.enqueueStoryboard({ promptId: 'p1', rev: 1 }, plan);
    expect(started.map((r) => r.sequence?.index)).toEqual([0, 1, 2]);
    expect(new Set(started.map((r) => r.sequence?.id)).size).toBe(1);
    expect(started.map((r) => r.shot?.subject)).toEqual(['shot 1', 'shot 2', 'shot 3']);
    expect(started[0]!.text).toContain('Characters: Mona, grey hair.');
    // Storyboard shots are a sequence, not takes of one prompt version.
    expect(runs.takeGroups).toEqual([]);
  });
});

describe('runs written in this tab by an import', () => {
  it('appear without a reload', async () => {
    const browser = fakeBrowser();
    const storage = await browser.tab();
    const runs = new Runs({ storage, keys: new ProviderKeys(storage), leases: soloLeases, previz: refusingEngine() });
    await runs.load();
    const imported = { ...newRun({ id: 'imported1', promptId: 'p1', rev: 1, text: 'A fox.', params, now: 5 }), status: 'failed' as const };
    await saveRun(storage.library, imported);
    storage.publish([recordKey.run('imported1')]);
    await vi.waitFor(() => expect(runs.get('imported1')?.status).toBe('failed'));
  });
});
