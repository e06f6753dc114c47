import { describe, expect, it, vi } from 'vitest';
import { previzModel } from '../../../src/providers/previz/capabilities';
import { ProviderError, type VideoProvider } from '../../../src/providers/types';
import { ProviderKeys } from '../../../src/state/providers.svelte';
import { ParamsRefused, Runs } from '../../../src/state/runs.svelte';
import type { Leases } from '../../../src/storage/leases';
import { fakeBrowser, settle } from './fakes';

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
});
