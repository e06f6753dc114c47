import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { omniContinueBody, veoExtendBody } from '../../../src/providers/gemini-continue';
import { createGeminiProvider } from '../../../src/providers/gemini';
import { startGeminiFake } from '../../fakes/gemini.mjs';
import type { GenerationParams } from '../../../src/domain/params';
import type { JobStatus, RemoteJob, VideoProvider } from '../../../src/providers/types';

const params = (over: Partial<GenerationParams> = {}): GenerationParams => ({ provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 10, aspectRatio: '16:9', resolution: '720p', ...over });

describe('continuation request shapes (js-genai: previous_interaction_id; GenerateVideosSource.video)', () => {
  it('Omni extend: a background interaction continuing the parent, asking for the seconds it adds', () => {
    expect(omniContinueBody({ kind: 'extend', text: 'the fox runs off', params: params({ seconds: 6 }), parent: { id: 'int_1' } })).toEqual({
      model: 'gemini-omni-1.1-flash',
      input: 'the fox runs off',
      previous_interaction_id: 'int_1',
      background: true,
      response_format: { type: 'video', aspect_ratio: '16:9', resolution: '720p', duration: '6s', delivery: 'inline' },
    });
  });

  it('Omni edit: the same, with no duration (the clip keeps its length)', () => {
    const body = omniContinueBody({ kind: 'edit', text: 'make it snow', params: params({ resolution: '1080p' }), parent: { id: 'int_1' } });
    expect(body.previous_interaction_id).toBe('int_1');
    expect(body.response_format).toEqual({ type: 'video', aspect_ratio: '16:9', resolution: '1080p', delivery: 'uri' });
  });

  it('Veo extend: instances[0].video.uri is the earlier clip\'s file, at 720p, with no durationSeconds', () => {
    const uri = 'https://generativelanguage.googleapis.com/v1beta/files/abc:download?alt=media';
    expect(veoExtendBody({ kind: 'extend', text: 'the wave breaks', params: params({ model: 'veo-3.1-lite-generate-preview', seconds: 7, resolution: '1080p' }), parent: { id: 'op', videoUri: uri } })).toEqual({
      instances: [{ prompt: 'the wave breaks', video: { uri } }],
      parameters: { aspectRatio: '16:9', resolution: '720p', sampleCount: 1 },
    });
    expect(() => veoExtendBody({ kind: 'edit', text: 'x', params: params(), parent: { id: 'op', videoUri: uri } })).toThrow();
    expect(() => veoExtendBody({ kind: 'extend', text: 'x', params: params(), parent: { id: 'op' } })).toThrow();
  });
});

describe('continuing clips against the Gemini fake', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = startGeminiFake(0);
    if (!server.listening) await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1beta`;
  });
  afterAll(() => server.close());

  const done = async (p: VideoProvider, job: RemoteJob): Promise<JobStatus> => {
    for (;;) {
      const s = await p.poll(job);
      if (s.state === 'succeeded' || s.state === 'failed') return s;
      await new Promise((r) => setTimeout(r, 150));
    }
  };

  it('Omni: a clip is extended through previous_interaction_id, and the provider refuses a chain past 40 s', async () => {
    const p = createGeminiProvider({ baseUrl: base, key: 'k-test-1234' });
    const first = await p.create({ text: 'a fox [1s]', params: params({ seconds: 10 }) });
    expect((await done(p, first)).state).toBe('succeeded');
    let parent = first;
    for (let i = 0; i < 3; i++) {
      parent = await p.continueClip!({ kind: 'extend', text: 'more [1s]', params: params({ seconds: 10 }), parent: { id: parent.id } });
      expect((await done(p, parent)).state).toBe('succeeded');
    }
    // 10 + 3 × 10 = 40 s: one more second is refused by the provider too.
    await expect(p.continueClip!({ kind: 'extend', text: 'more', params: params({ seconds: 3 }), parent: { id: parent.id } })).rejects.toMatchObject({ kind: 'badRequest' });
  });

  it('Veo: a finished clip is extended from its file link', async () => {
    const p = createGeminiProvider({ baseUrl: base, key: 'k-test-1234' });
    const veo = params({ model: 'veo-3.1-lite-generate-preview', seconds: 8 });
    const first = await p.create({ text: 'waves [1s]', params: veo });
    const status = await done(p, first);
    const videoUri = status.output?.videoUrl;
    expect(videoUri).toMatch(/\/files\/[a-z0-9]+:download/);
    const next = await p.continueClip!({ kind: 'extend', text: 'the wave breaks [1s]', params: { ...veo, seconds: 7 }, parent: { id: first.id, videoUri: videoUri! } });
    expect(next.kind).toBe('operation');
    expect((await done(p, next)).state).toBe('succeeded');
  });

  it('Veo: a file link on another origin is never sent with the key', async () => {
    const p = createGeminiProvider({ baseUrl: base, key: 'k-test-1234' });
    await expect(
      p.continueClip!({ kind: 'extend', text: 'x', params: params({ model: 'veo-3.1-lite-generate-preview', seconds: 7 }), parent: { id: 'op', videoUri: 'https://evil.example/v1beta/files/abc' } }),
    ).rejects.toMatchObject({ kind: 'badRequest' });
  });
});
