// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGeminiFake } from '../../fakes/gemini.mjs';
import { startFalFake } from '../../fakes/fal.mjs';
import { startOpenAIFake } from '../../fakes/openai.mjs';

/**
 * The fakes answer in the shapes written in shared/specs/PROVIDERS.md (section 5 first), so the
 * adapters are tested against the contracts, not against a fake's habits.
 */
const servers: Server[] = [];
const base = { gemini: '', fal: '', openai: '' };
const listening = async (s: Server) => {
  if (!s.listening) await new Promise((r) => s.once('listening', r));
  return (s.address() as AddressInfo).port;
};

beforeAll(async () => {
  const g = startGeminiFake(0);
  const f = startFalFake(0);
  const o = startOpenAIFake(0);
  servers.push(g, f, o);
  base.gemini = `http://127.0.0.1:${await listening(g)}/v1beta`;
  base.fal = `http://127.0.0.1:${await listening(f)}`;
  base.openai = `http://127.0.0.1:${await listening(o)}/v1`;
});
afterAll(() => servers.forEach((s) => s.close()));

const gemini = (path: string, body?: unknown) =>
  fetch(`${base.gemini}${path}`, { method: body ? 'POST' : 'GET', headers: { 'x-goog-api-key': 'k', 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) }).then(
    (r) => r.json() as Promise<Record<string, unknown>>,
  );
const omni = (input: string) => gemini('/interactions', { model: 'gemini-omni-1.1-flash', input, background: true, response_format: { type: 'video', duration: '4s', delivery: 'uri' } });
const settle = async (id: string) => {
  for (;;) {
    const i = await gemini(`/interactions/${id}`);
    if (i.status !== 'queued' && i.status !== 'in_progress') return i;
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe('Gemini fake: Interactions as in PROVIDERS.md §5', () => {
  it('a failed interaction carries errors[] of {code, message}, never a lone error', async () => {
    const done = await settle(String((await omni('x [1s] [fail]')).id));
    expect(done.status).toBe('failed');
    expect(done).not.toHaveProperty('error');
    expect(done.errors).toEqual([{ code: expect.any(String), message: expect.any(String) }]);
  });

  it('a blocked output has a model_output step with its own Status error', async () => {
    const done = await settle(String((await omni('x [1s] [policy]')).id));
    expect(done.steps).toContainEqual(expect.objectContaining({ type: 'model_output', error: expect.objectContaining({ code: expect.any(Number), message: expect.any(String) }) }));
  });

  it('budget_exceeded and requires_action are statuses of their own', async () => {
    expect((await settle(String((await omni('x [1s] [budget]')).id))).status).toBe('budget_exceeded');
    expect((await settle(String((await omni('x [1s] [action]')).id))).status).toBe('requires_action');
  });

  it('a finished interaction has steps[].content[] with a video {uri|data, mime_type}', async () => {
    const done = await settle(String((await omni('x [1s]')).id));
    expect(done.status).toBe('completed');
    expect(done.steps).toContainEqual({ type: 'model_output', content: [expect.objectContaining({ type: 'video', mime_type: 'video/mp4' })] });
  });

  it('GET /models pages with nextPageToken and lists supportedGenerationMethods', async () => {
    const page = await gemini('/models');
    expect(page.nextPageToken).toEqual(expect.any(String));
    expect(page.models).toContainEqual(expect.objectContaining({ name: expect.stringMatching(/^models\//), supportedGenerationMethods: expect.any(Array) }));
  });
});

const veo = (prompt: string, extra: Record<string, unknown> = {}, parameters: Record<string, unknown> = {}) =>
  gemini('/models/veo-3.1-lite-generate-preview:predictLongRunning', { instances: [{ prompt, ...extra }], parameters: { durationSeconds: 8, ...parameters } });
const veoDone = async (name: string) => {
  for (;;) {
    const op = await gemini(`/${name}`);
    if (op.done) return op as { response?: { generateVideoResponse?: { generatedSamples?: { video?: { uri?: string } }[] } } };
    await new Promise((r) => setTimeout(r, 200));
  }
};
const fileIdOf = (uri: string) => /\/files\/([a-z0-9-]+)/.exec(uri)?.[1] ?? '';

describe('Gemini fake: generated files as js-genai FileState and PROVIDERS.md §5', () => {
  it('a file is PROCESSING, then ACTIVE; before ACTIVE its download is a 404', async () => {
    const op = await veo('x [1s] [processing]');
    const done = await veoDone(String(op.name));
    const uri = done.response?.generateVideoResponse?.generatedSamples?.[0]?.video?.uri ?? '';
    const file = await gemini(`/files/${fileIdOf(uri)}`);
    expect(file).toMatchObject({ name: `files/${fileIdOf(uri)}`, state: 'PROCESSING', mimeType: 'video/mp4' });
    expect((await fetch(uri, { headers: { 'x-goog-api-key': 'k' } })).status).toBe(404);
    await new Promise((r) => setTimeout(r, 2600));
    expect((await gemini(`/files/${fileIdOf(uri)}`)).state).toBe('ACTIVE');
    expect((await fetch(uri, { headers: { 'x-goog-api-key': 'k' } })).status).toBe(200);
  });

  it('a file that failed is FAILED with a Status error', async () => {
    const done = await veoDone(String((await veo('x [1s] [filefail]')).name));
    const uri = done.response?.generateVideoResponse?.generatedSamples?.[0]?.video?.uri ?? '';
    expect(await gemini(`/files/${fileIdOf(uri)}`)).toMatchObject({ state: 'FAILED', error: { code: expect.any(Number), message: expect.any(String) } });
  });

  it('an Omni GET carries the video inline even when it was created for uri delivery', async () => {
    const created = await gemini('/interactions', { model: 'gemini-omni-1.1-flash', input: 'x [1s]', background: true, response_format: { type: 'video', duration: '4s', delivery: 'uri' } });
    const done = await settle(String(created.id));
    expect(done.steps).toContainEqual({ type: 'model_output', content: [expect.objectContaining({ type: 'video', data: expect.any(String) })] });
  });
});

describe('Gemini fake: continuing a clip (previous_interaction_id; instances[0].video)', () => {
  const cont = (previous: string, input: string, duration?: string) =>
    gemini('/interactions', { model: 'gemini-omni-1.1-flash', input, previous_interaction_id: previous, background: true, response_format: { type: 'video', ...(duration ? { duration } : {}) } });

  it('an interaction continues a finished one by previous_interaction_id; an unknown id is a Google 404', async () => {
    const first = await settle(String((await omni('x [1s]')).id));
    const next = await cont(String(first.id), 'more [1s]', '4s');
    expect(next).toMatchObject({ id: expect.any(String), status: 'queued' });
    expect(await cont('int_nope', 'more', '4s')).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
  });

  it('a continued clip stops at 40 s in all; an edit (no duration) keeps the length', async () => {
    let id = String((await settle(String((await gemini('/interactions', { model: 'gemini-omni-1.1-flash', input: 'x [1s]', background: true, response_format: { type: 'video', duration: '10s' } })).id))).id);
    for (let i = 0; i < 3; i++) id = String((await settle(String((await cont(id, 'more [1s]', '10s')).id))).id);
    expect(await cont(id, 'more', '3s')).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    expect((await cont(id, 'make it night [1s]')).status).toBe('queued');
  });

  it('Veo extends from instances[0].video.uri of an earlier clip, only at 720p', async () => {
    const done = await veoDone(String((await veo('waves [1s]')).name));
    const uri = done.response?.generateVideoResponse?.generatedSamples?.[0]?.video?.uri ?? '';
    expect(await veo('the wave breaks', { video: { uri } }, { durationSeconds: undefined, resolution: '720p' })).toMatchObject({ name: expect.stringMatching(/operations\//) });
    expect(await veo('x', { video: { uri } }, { durationSeconds: undefined, resolution: '1080p' })).toMatchObject({ error: { code: 400 } });
    expect(await veo('x', { video: { uri: 'https://elsewhere.example/files/nope' } }, { durationSeconds: undefined })).toMatchObject({ error: { code: 400 } });
  });
});

describe('fal fake: the queue protocol of PROVIDERS.md §3', () => {
  it('submit answers request_id and the three URLs; status says IN_QUEUE with a position', async () => {
    const submit = (await (
      await fetch(`${base.fal}/fal-ai/veo3`, { method: 'POST', headers: { authorization: 'Key k', 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'x' }) })
    ).json()) as Record<string, string>;
    expect(Object.keys(submit)).toEqual(expect.arrayContaining(['request_id', 'status_url', 'response_url', 'cancel_url']));
    const status = (await (await fetch(submit.status_url!, { headers: { authorization: 'Key k' } })).json()) as Record<string, unknown>;
    expect(status).toMatchObject({ status: 'IN_QUEUE', queue_position: expect.any(Number) });
  });
});

describe('OpenAI-compatible gateway fake: the video object of PROVIDERS.md §1, the gateways of §5', () => {
  const create = (body: Record<string, unknown>) =>
    fetch(`${base.openai}/videos`, { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('create answers a video object with a string seconds and a status', async () => {
    const video = (await (await create({ model: 'google/veo-3.1-fast', prompt: 'x', seconds: '4' })).json()) as Record<string, unknown>;
    expect(video).toMatchObject({ object: 'video', status: 'queued', seconds: '4', error: null });
    expect(Object.keys(video)).toEqual(expect.arrayContaining(['id', 'model', 'progress', 'created_at', 'completed_at', 'expires_at', 'size', 'remixed_from_video_id']));
  });
});

describe('OpenAI-compatible gateway fake: models and their own options', () => {
  it('GET /models is an OpenAI list of model objects: non-Sora video ids, a text model, and ids that are not plain data', async () => {
    const list = (await (await fetch(`${base.openai}/models`, { headers: { authorization: 'Bearer k' } })).json()) as { object: string; data: { id: string; object: string }[] };
    expect(list.object).toBe('list');
    expect(list.data.every((m) => m.object === 'model' && typeof m.id === 'string')).toBe(true);
    const ids = list.data.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['google/veo-3.1-fast', 'minimax/h3', 'gpt-5-mini']));
    expect(ids.some((id) => /sora/.test(id))).toBe(false);
    expect(ids.some((id) => id.includes('..') || id.includes('?'))).toBe(true);
  });

  it('takes the multipart body the SDK sends, with the schema field names (model, prompt, seconds, size)', async () => {
    const f = new FormData();
    for (const [k, v] of Object.entries({ model: 'google/veo-3.1-fast', prompt: 'x', seconds: '6', size: '720x1280' })) f.append(k, v);
    const video = (await (await fetch(`${base.openai}/videos`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: f })).json()) as Record<string, unknown>;
    expect(video).toMatchObject({ object: 'video', model: 'google/veo-3.1-fast', seconds: '6', size: '720x1280' });
  });

  it("refuses seconds a model does not have and a size for a model that takes none, in OpenAI's error envelope", async () => {
    const post = (body: Record<string, string>) =>
      fetch(`${base.openai}/videos`, { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const seconds = await post({ model: 'minimax/h3', prompt: 'x', seconds: '8' });
    expect(seconds.status).toBe(400);
    expect(await seconds.json()).toMatchObject({ error: { param: 'seconds', type: 'invalid_request_error', message: expect.any(String) } });
    const size = await post({ model: 'minimax/h3', prompt: 'x', seconds: '6', size: '1280x720' });
    expect(size.status).toBe(400);
    expect(await size.json()).toMatchObject({ error: { param: 'size' } });
    expect((await post({ model: 'minimax/h3', prompt: 'x', seconds: 6 } as never)).status).toBe(400);
  });
});
