// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startOpenAIFake } from '../../fakes/openai.mjs';
import { startGeminiFake } from '../../fakes/gemini.mjs';
import { startFalFake } from '../../fakes/fal.mjs';
import { createProvider } from '../../../src/providers/registry';
import type { GenerationParams } from '../../../src/domain/params';
import type { JobStatus, ProviderId, RemoteJob, VideoProvider } from '../../../src/providers/types';

const servers: Server[] = [];
const bases: Record<ProviderId, string> = { openai: '', gemini: '', fal: '' };

async function listening(server: Server): Promise<number> {
  if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  const o = startOpenAIFake(0);
  const g = startGeminiFake(0);
  const f = startFalFake(0);
  servers.push(o, g, f);
  bases.openai = `http://127.0.0.1:${await listening(o)}/v1`;
  bases.gemini = `http://127.0.0.1:${await listening(g)}/v1beta`;
  bases.fal = `http://127.0.0.1:${await listening(f)}`;
});

afterAll(() => servers.forEach((s) => s.close()));

const provider = (id: ProviderId, key = 'test-key') => createProvider(id, { baseUrl: bases[id], key });
const params = (over: Partial<GenerationParams>): GenerationParams => ({ provider: 'x', model: 'm', seconds: 8, aspectRatio: '16:9', resolution: '720p', ...over });

async function untilDone(p: VideoProvider, job: RemoteJob): Promise<{ status: JobStatus; seen: JobStatus[] }> {
  const seen: JobStatus[] = [];
  for (;;) {
    const status = await p.poll(job);
    seen.push(status);
    if (status.state === 'succeeded' || status.state === 'failed') return { status, seen };
    await new Promise((r) => setTimeout(r, 300));
  }
}

const head = async (blob: Blob) => new Uint8Array(await blob.slice(0, 12).arrayBuffer());

describe.concurrent('OpenAI-compatible adapter against the fake', () => {
  it('creates, reports progress, and downloads the MP4 and its thumbnail', async () => {
    const p = provider('openai');
    const job = await p.create({ text: 'a lighthouse at dusk', params: params({ model: 'google/veo-3.1-fast', seconds: 6 }) });
    const { status, seen } = await untilDone(p, job);
    expect(status.state).toBe('succeeded');
    expect(seen.some((s) => s.state === 'running' && (s.progress ?? 0) > 0)).toBe(true);
    const files = await p.download(job, status.output ?? {});
    expect(String.fromCharCode(...(await head(files.video)).subarray(4, 8))).toBe('ftyp');
    expect(files.thumb?.size).toBeGreaterThan(0);
  });

  it('a model the gateway does not serve is "not found"', async () => {
    await expect(provider('openai').create({ text: 'x', params: params({ model: 'retired-sora', seconds: 4 }) })).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('a retired id (sora-2) is refused before any request', async () => {
    let calls = 0;
    const counting: typeof fetch = (...args) => {
      calls++;
      return fetch(...args);
    };
    const p = createProvider('openai', { baseUrl: bases.openai, key: 'k', fetch: counting });
    await expect(p.create({ text: 'x', params: params({ model: 'sora-2', seconds: 4 }) })).rejects.toMatchObject({ kind: 'retired', reason: 'sora-2' });
    expect(calls).toBe(0);
  });

  it('lists every model the gateway lists, without a name filter, dropping ids that are not plain data', async () => {
    const models = await provider('openai').listModels();
    expect(models.map((m) => m.id)).toEqual(['google/veo-3.1-fast', 'minimax/h3', 'gpt-5-mini']);
  });

  it('sends create as multipart by default, JSON when chosen; a model without sizes gets none, and 6 s is "6"', async () => {
    for (const createBody of ['multipart', 'json'] as const) {
      const p = createProvider('openai', { baseUrl: bases.openai, key: 'k', createBody });
      const job = await p.create({ text: `a harbour [1s] ${createBody}`, params: params({ model: 'minimax/h3', seconds: 6 }) });
      const video = (await (await fetch(`${bases.openai}/videos/${job.id}`, { headers: { authorization: 'Bearer k' } })).json()) as { seconds: string; size: string | null };
      expect(video).toMatchObject({ seconds: '6', size: null });
    }
  });

  it("the gateway's own refusal of a size its model does not take reads as a bad request", async () => {
    const job = provider('openai').create({ text: 'x', params: params({ model: 'minimax/h3', seconds: 6, size: '1280x720' }) });
    await expect(job).rejects.toMatchObject({ kind: 'badRequest', reason: expect.stringContaining('size') });
  });

  it('a bad key is refused as auth', async () => {
    await expect(provider('openai', 'sk-bad').listModels()).rejects.toMatchObject({ kind: 'auth', status: 401 });
  });

  it('the fake answers 400 when seconds is sent as a number, as the real API did', async () => {
    const response = await fetch(`${bases.openai}/videos`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'x', seconds: 4 }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe('seconds');
  });

  it('a content download after expiry reads as "expired"', async () => {
    const p = provider('openai');
    const job = await p.create({ text: 'x [expire]', params: params({ model: 'google/veo-3.1-fast', seconds: 4 }) });
    const { status } = await untilDone(p, job);
    await expect(p.download(job, status.output ?? {})).rejects.toMatchObject({ kind: 'expired' });
  });
});

describe.concurrent('Gemini adapter against the fake', () => {
  it('lists video models across pages', async () => {
    const models = await provider('gemini').listModels();
    expect(models.map((m) => m.id)).toEqual(['gemini-omni-1.1-flash', 'veo-3.1-lite-generate-preview']);
  });

  it('Veo: an operation polled to done, then the file fetched once ACTIVE, the key in a header', async () => {
    const p = provider('gemini');
    const job = await p.create({ text: 'dunes', params: params({ model: 'veo-3.1-lite-generate-preview' }) });
    expect(job.kind).toBe('operation');
    const { status } = await untilDone(p, job);
    const files = await p.download(job, status.output ?? {});
    expect(files.video.size).toBeGreaterThan(1000);
  });

  it('Veo: a safety-filtered result is a policy failure with the reason', async () => {
    const p = provider('gemini');
    const job = await p.create({ text: 'dunes [policy]', params: params({ model: 'veo-3.1-lite-generate-preview' }) });
    const { status } = await untilDone(p, job);
    expect(status.error).toMatchObject({ kind: 'policy', reason: expect.stringContaining('celebrity') });
  });

  it('Omni: an interaction completes with a video', async () => {
    const p = provider('gemini');
    const job = await p.create({ text: 'dunes', params: params({ model: 'gemini-omni-1.1-flash' }) });
    expect(job.kind).toBe('interaction');
    const { status } = await untilDone(p, job);
    expect(status.state).toBe('succeeded');
    expect((await p.download(job, status.output ?? {})).video.size).toBeGreaterThan(1000);
  });

  it('an invalid key (400 API_KEY_INVALID) reads as auth', async () => {
    await expect(provider('gemini', 'bad').listModels()).rejects.toMatchObject({ kind: 'auth' });
  });
});

describe.concurrent('fal.ai adapter against the fake', () => {
  it('shows the queue position, then downloads the WebM from the public URL', async () => {
    const p = provider('fal');
    const job = await p.create({ text: 'a fox', params: params({ model: 'fal-ai/kling-video/v2.1/master/text-to-video', seconds: 5 }) });
    const { status, seen } = await untilDone(p, job);
    expect(seen.some((s) => s.state === 'queued' && s.queuePosition !== undefined)).toBe(true);
    const files = await p.download(job, status.output ?? {});
    expect([...(await head(files.video)).subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  });

  it('a content policy refusal keeps fal\'s words', async () => {
    const p = provider('fal');
    const job = await p.create({ text: 'a fox [policy]', params: params({ model: 'fal-ai/kling-video/v2.1/master/text-to-video', seconds: 5 }) });
    const { status } = await untilDone(p, job);
    expect(status.error).toMatchObject({ kind: 'policy', reason: expect.stringContaining('graphic violence') });
  });

  it('"test key" tells a refused key from an accepted one', async () => {
    await expect(provider('fal').listModels()).resolves.not.toHaveLength(0);
    await expect(provider('fal', 'bad').listModels()).rejects.toMatchObject({ kind: 'auth' });
  });
});
