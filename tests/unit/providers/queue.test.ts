import { describe, expect, it, vi } from 'vitest';
import { RunQueue, pollDelayMs, type QueueDeps } from '../../../src/providers/queue';
import { newRun, resumeAction, type Run } from '../../../src/domain/run';
import { emptyShot } from '../../../src/domain/shot';
import { ProviderError, type JobStatus, type RemoteJob, type VideoProvider } from '../../../src/providers/types';

function stubProvider(script: { create?: () => Promise<{ id: string }>; polls?: JobStatus[] } = {}) {
  const polls = [...(script.polls ?? [{ state: 'running', progress: 50 }, { state: 'succeeded', output: {} }])];
  const provider = {
    id: 'openai',
    listModels: vi.fn(async () => []),
    capabilities: vi.fn(),
    create: vi.fn(script.create ?? (async () => ({ id: 'job-1' }))),
    poll: vi.fn(async (_job: unknown, signal?: AbortSignal) => {
      if (signal?.aborted) throw new ProviderError('aborted');
      return polls.length > 1 ? polls.shift()! : polls[0]!;
    }),
    download: vi.fn(async () => ({ video: new Blob(['v']) })),
    cancel: vi.fn(async () => undefined),
  };
  return provider as typeof provider & VideoProvider;
}

function setup(provider: VideoProvider, over: Partial<QueueDeps> = {}) {
  const saved: Run[] = [];
  const queue = new RunQueue({
    providerFor: () => provider,
    save: async (run) => void saved.push(run),
    storeMedia: async (run) => ({ video: `video/${run.id}`, mimeType: 'video/mp4', bytes: 1 }),
    concurrency: () => 1,
    now: () => 1000,
    sleep: async (_ms, signal) => {
      await new Promise((r) => setTimeout(r, 1));
      if (signal?.aborted) throw new ProviderError('aborted');
    },
    ...over,
  });
  const last = (id: string) => saved.filter((r) => r.id === id).at(-1);
  return { queue, saved, last };
}

const run = (id: string): Run =>
  newRun({ id, promptId: 'p1', rev: 3, text: 'a fox', params: { provider: 'openai', model: 'sora-2', seconds: 4, aspectRatio: '16:9', resolution: '720p' }, now: 1 });

describe('run queue', () => {
  it('hands the provider the Shot the run\'s text was composed from (Previz reads it), and only the text otherwise', async () => {
    const provider = stubProvider();
    const { queue } = setup(provider);
    const shot = { ...emptyShot(), movement: ['orbit'] };
    queue.enqueue(newRun({ ...run('r1'), shot, now: 1 }));
    await queue.settled('r1');
    expect(provider.create).toHaveBeenNthCalledWith(1, { text: 'a fox', params: run('r1').params, shot }, expect.anything());
    queue.enqueue(run('r2'));
    await queue.settled('r2');
    expect(provider.create).toHaveBeenNthCalledWith(2, { text: 'a fox', params: run('r2').params }, expect.anything());
  });

  it('hands the provider the run\'s images, read before the create leaves; a missing one fails the run unsent', async () => {
    const ref = { id: 'a'.repeat(64), mimeType: 'image/png' as const, width: 2, height: 2, bytes: 3 };
    const withImage = (id: string): Run => ({ ...run(id), params: { ...run(id).params, images: { first: ref } } });
    const images = { first: { blob: new Blob(['png']), base64: 'cG5n', mimeType: 'image/png', width: 2, height: 2 } };
    const provider = stubProvider();
    const { queue, last } = setup(provider, { loadImages: async () => images });
    queue.enqueue(withImage('r1'));
    await queue.settled('r1');
    expect(provider.create).toHaveBeenCalledWith({ text: 'a fox', params: withImage('r1').params, images }, expect.anything());

    const missing = setup(provider, { loadImages: async () => Promise.reject(new Error('gone')) });
    missing.queue.enqueue(withImage('r2'));
    await missing.queue.settled('r2');
    expect(provider.create).toHaveBeenCalledTimes(1);
    expect(missing.last('r2')).toMatchObject({ status: 'failed', error: { kind: 'imageMissing' } });
    expect(missing.last('r2')?.startedAt).toBeUndefined();
    expect(last('r1')?.status).toBe('succeeded');
  });

  it('takes a run from pending through progress to a stored video', async () => {
    const provider = stubProvider();
    const { queue, saved, last } = setup(provider);
    queue.enqueue(run('r1'));
    await queue.settled('r1');
    expect(saved.map((r) => r.status)).toContain('running');
    expect(saved.some((r) => r.progress === 50)).toBe(true);
    expect(last('r1')).toMatchObject({ status: 'succeeded', remoteId: 'job-1', media: { video: 'video/r1' }, promptId: 'p1', rev: 3 });
  });

  it('records that the create left before sending it', async () => {
    const provider = stubProvider();
    const { queue, saved } = setup(provider);
    queue.enqueue(run('r1'));
    await queue.settled('r1');
    const firstStarted = saved.findIndex((r) => r.startedAt !== undefined);
    const firstRemote = saved.findIndex((r) => r.remote !== undefined);
    expect(firstStarted).toBeGreaterThanOrEqual(0);
    expect(firstStarted).toBeLessThan(firstRemote);
  });

  it('R26: never sends a create twice when it failed in a way that may have been accepted', async () => {
    const provider = stubProvider({ create: async () => Promise.reject(new ProviderError('server', { status: 502 })) });
    const { queue, last } = setup(provider);
    queue.enqueue(run('r1'));
    await queue.settled('r1');
    expect(provider.create).toHaveBeenCalledTimes(1);
    expect(last('r1')).toMatchObject({ status: 'failed', error: { kind: 'server', status: 502 } });
  });

  it('runs at most the provider\'s concurrency at once', async () => {
    let inFlight = 0;
    let most = 0;
    const provider = stubProvider({
      create: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return { id: 'j' };
      },
    });
    const { queue } = setup(provider);
    ['a', 'b', 'c'].forEach((id) => queue.enqueue(run(id)));
    expect(queue.waitingPosition('c')).toBe(1);
    await Promise.all(['a', 'b', 'c'].map(async (id) => { await new Promise((r) => setTimeout(r, 0)); await queue.settled(id); }));
    await queue.settled('c');
    expect(most).toBe(1);
  });

  it('cancels a running job: stops polling, asks the provider to stop, records cancelled', async () => {
    const provider = stubProvider({ polls: [{ state: 'running', progress: 1 }] });
    const { queue, last } = setup(provider);
    queue.enqueue(run('r1'));
    await vi.waitFor(() => expect(provider.poll).toHaveBeenCalled());
    await queue.cancel('r1');
    expect(last('r1')?.status).toBe('cancelled');
    expect(provider.cancel).toHaveBeenCalledTimes(1);
  });

  it('a generation failure keeps the provider\'s reason', async () => {
    const provider = stubProvider({ polls: [{ state: 'failed', error: new ProviderError('policy', { reason: 'real person' }) }] });
    const { queue, last } = setup(provider);
    queue.enqueue(run('r1'));
    await queue.settled('r1');
    expect(last('r1')).toMatchObject({ status: 'failed', error: { kind: 'policy', reason: 'real person' } });
  });

  it('keeps polling through a short network outage', async () => {
    const provider = stubProvider();
    provider.poll.mockRejectedValueOnce(new ProviderError('network')).mockRejectedValueOnce(new ProviderError('server', { status: 503 }));
    const { queue, last } = setup(provider);
    queue.enqueue(run('r1'));
    await queue.settled('r1');
    expect(last('r1')?.status).toBe('succeeded');
  });

  it('R26: resumes polling a job the provider holds, without creating it again', async () => {
    const provider = stubProvider();
    const { queue, last } = setup(provider);
    queue.resume({ ...run('r1'), status: 'running', startedAt: 5, remote: { id: 'job-9' }, remoteId: 'job-9' });
    await queue.settled('r1');
    expect(provider.create).not.toHaveBeenCalled();
    expect(last('r1')?.status).toBe('succeeded');
  });

  it('a storage failure while saving the video fails the run with that kind', async () => {
    const provider = stubProvider();
    const { queue, last } = setup(provider, {
      storeMedia: async () => Promise.reject(new Error('quota')),
      errorOf: () => ({ kind: 'storage' }),
    });
    queue.enqueue(run('r1'));
    await queue.settled('r1');
    expect(last('r1')).toMatchObject({ status: 'failed', error: { kind: 'storage' } });
  });
});

describe('remix', () => {
  const remixRun = (id: string): Run =>
    newRun({
      id,
      promptId: 'p1',
      rev: 3,
      text: 'the fox turns blue',
      params: { provider: 'openai', model: 'sora-2', seconds: 4, aspectRatio: '16:9', resolution: '720p' },
      now: 1,
      remixOf: { runId: 'r1', remoteId: 'video_src' },
    });
  const withRemix = (provider: ReturnType<typeof stubProvider>, remix = vi.fn(async (_job: RemoteJob, _prompt: string, _signal?: AbortSignal) => ({ id: 'job-2' }))) => ({
    provider: { ...provider, remix } as VideoProvider,
    remix,
  });

  it('a remix asks the provider to remix the source job with the new text, and never creates', async () => {
    const stub = stubProvider();
    const { provider, remix } = withRemix(stub);
    const { queue, saved, last } = setup(provider);
    queue.enqueue(remixRun('r2'));
    await queue.settled('r2');
    expect(remix).toHaveBeenCalledTimes(1);
    expect(remix.mock.calls[0]?.slice(0, 2)).toEqual([{ id: 'video_src' }, 'the fox turns blue']);
    expect(stub.create).not.toHaveBeenCalled();
    expect(saved.findIndex((r) => r.startedAt !== undefined)).toBeLessThan(saved.findIndex((r) => r.remote !== undefined));
    expect(last('r2')).toMatchObject({ status: 'succeeded', remoteId: 'job-2', remixOf: { runId: 'r1', remoteId: 'video_src' }, media: { video: 'video/r2' } });
  });

  it('a remix that may have been accepted is never sent again, nor after a reload', async () => {
    const stub = stubProvider();
    const { provider, remix } = withRemix(stub, vi.fn(async () => Promise.reject(new ProviderError('server', { status: 502 }))));
    const { queue, last } = setup(provider);
    queue.enqueue(remixRun('r2'));
    await queue.settled('r2');
    expect(last('r2')).toMatchObject({ status: 'failed', error: { kind: 'server' } });
    const reloaded: Run = { ...remixRun('r3'), startedAt: 5 };
    expect(resumeAction(reloaded)).toBe('interrupted');
    queue.resume(reloaded);
    await queue.settled('r3');
    expect(remix).toHaveBeenCalledTimes(1);
    expect(stub.create).not.toHaveBeenCalled();
  });

  it('a remix at a provider that cannot remix fails as unsupported and sends nothing', async () => {
    const stub = stubProvider();
    const { queue, last } = setup(stub);
    queue.enqueue(remixRun('r2'));
    await queue.settled('r2');
    expect(last('r2')).toMatchObject({ status: 'failed', error: { kind: 'unsupported' } });
    expect(last('r2')).not.toHaveProperty('startedAt');
    expect(stub.create).not.toHaveBeenCalled();
  });
});

describe('after a reload', () => {
  it.each([
    ['held by the provider', { status: 'running', startedAt: 1, remote: { id: 'j' } }, 'poll'],
    ['sent but never acknowledged', { status: 'pending', startedAt: 1 }, 'interrupted'],
    ['never sent', { status: 'pending' }, 'notSent'],
    ['finished', { status: 'succeeded' }, 'none'],
  ] as const)('a run %s → %s', (_name, patch, action) => {
    expect(resumeAction({ ...run('r'), ...patch } as Run)).toBe(action);
  });
});

describe('poll delays', () => {
  it('follow the provider\'s hint, else grow from 1 s to at most 10 s', () => {
    expect(pollDelayMs(0)).toBe(1000);
    expect(pollDelayMs(1)).toBe(1500);
    expect(pollDelayMs(20)).toBe(10_000);
    expect(pollDelayMs(5, 400)).toBe(400);
  });
});

describe('run queue: continuing a clip', () => {
  const continued = (): Run => ({
    ...newRun({ id: 'c1', promptId: 'p1', rev: 3, text: 'the fox runs off', params: { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 10, aspectRatio: '16:9', resolution: '720p' }, now: 1 }),
    parentRunId: 'r1',
    continuation: { kind: 'extend', remoteId: 'int_parent', totalSeconds: 18 },
  });

  it('sends one continueClip with the parent\'s job (never a create), and keeps the new clip\'s file link', async () => {
    const provider = stubProvider({ polls: [{ state: 'succeeded', output: { videoUrl: 'https://g.example/v1beta/files/abc:download?alt=media' } }] });
    const continueClip = vi.fn(async () => ({ id: 'int_child', kind: 'interaction' }));
    const { queue, last } = setup(Object.assign(provider, { continueClip }));
    queue.enqueue(continued());
    await queue.settled('c1');
    expect(continueClip).toHaveBeenCalledTimes(1);
    expect(continueClip).toHaveBeenCalledWith({ kind: 'extend', text: 'the fox runs off', params: continued().params, parent: { id: 'int_parent' } }, expect.anything());
    expect(provider.create).not.toHaveBeenCalled();
    expect(last('c1')).toMatchObject({ status: 'succeeded', remote: { id: 'int_child', urls: { video: 'https://g.example/v1beta/files/abc:download?alt=media' } } });
  });

  it('a continuation whose send failed is not sent again, and a provider that cannot continue fails as unsupported', async () => {
    const provider = stubProvider();
    const continueClip = vi.fn(async () => {
      throw new ProviderError('server', { status: 503 });
    });
    const { queue, last } = setup(Object.assign(provider, { continueClip }));
    queue.enqueue(continued());
    await queue.settled('c1');
    expect(continueClip).toHaveBeenCalledTimes(1);
    expect(last('c1')?.status).toBe('failed');

    const plain = stubProvider();
    const second = setup(plain);
    second.queue.enqueue({ ...continued(), id: 'c2' });
    await second.queue.settled('c2');
    expect(second.last('c2')).toMatchObject({ status: 'failed', error: { kind: 'unsupported' } });
    expect(plain.create).not.toHaveBeenCalled();
  });
});

