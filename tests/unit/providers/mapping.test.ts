import { describe, expect, it } from 'vitest';
import type { GenerationParams } from '../../../src/domain/params';
import { openaiCreateBody, openaiCreateRequest, openaiSize, openaiStatus } from '../../../src/providers/openai-videos';
import { omniBody, omniStatus, veoBody, veoStatus } from '../../../src/providers/gemini';
import { falRequestInput, falStatus, falVideoUrl } from '../../../src/providers/fal';
import { capabilitiesFor } from '../../../src/providers/capabilities';

const p = (over: Partial<GenerationParams>): GenerationParams => ({ provider: 'x', model: 'm', seconds: 8, aspectRatio: '16:9', resolution: '720p', ...over });

describe('OpenAI-compatible request mapping', () => {
  it('a Sora id sends seconds as a string and the size for the aspect and resolution', () => {
    expect(openaiCreateBody({ text: 'a fox', params: p({ model: 'openai/sora-2', seconds: 4, aspectRatio: '9:16' }) })).toEqual({
      model: 'openai/sora-2',
      prompt: 'a fox',
      seconds: '4',
      size: '720x1280',
    });
  });

  it("a gateway's own id sends the seconds and size the person set, and no size at all when it is left out", () => {
    expect(openaiCreateBody({ text: 'a fox', params: p({ model: 'google/veo-3.1-fast', seconds: 6, size: '720x1280' }) })).toEqual({
      model: 'google/veo-3.1-fast',
      prompt: 'a fox',
      seconds: '6',
      size: '720x1280',
    });
    const bare = openaiCreateBody({ text: 'a fox', params: p({ model: 'minimax/h3', seconds: 6, aspectRatio: '9:16', resolution: '1080p' }) });
    expect(bare).toEqual({ model: 'minimax/h3', prompt: 'a fox', seconds: '6' });
    expect(bare).not.toHaveProperty('size');
    expect(openaiCreateBody({ text: 'a fox', params: p({ model: 'minimax/h3', secondsOmitted: true, size: '' }) })).toEqual({ model: 'minimax/h3', prompt: 'a fox' });
  });

  it('multipart (the default, as the SDK sends it) carries the same field names as the JSON body', async () => {
    const request = { text: 'a fox', params: p({ model: 'minimax/h3', seconds: 6 }) };
    const fields = { model: 'minimax/h3', prompt: 'a fox', seconds: '6' };
    const multipart = openaiCreateRequest(request, 'multipart');
    expect(multipart.body).toBeInstanceOf(FormData);
    // The browser sets multipart's boundary: Laqta must not write a content type of its own.
    expect(multipart.headers).toEqual({});
    expect(Object.fromEntries((multipart.body as FormData).entries())).toEqual(fields);
    const json = openaiCreateRequest(request, 'json');
    expect(json.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(json.body as string)).toEqual(fields);
  });

  it.each([
    ['16:9', '720p', '1280x720'],
    ['9:16', '720p', '720x1280'],
    ['16:9', '1024p', '1792x1024'],
    ['9:16', '1024p', '1024x1792'],
  ])('%s at %s is %s', (aspect, resolution, size) => expect(openaiSize(aspect, resolution)).toBe(size));

  it('reads a failed video in a 200 as a failure, a moderation block as policy', () => {
    const failed = openaiStatus({ id: 'v', status: 'failed', error: { code: 'moderation_blocked', message: 'a real person' } });
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({ kind: 'policy', reason: 'a real person' });
    expect(openaiStatus({ id: 'v', status: 'in_progress', progress: 42 }, 500)).toEqual({ state: 'running', progress: 42, pollAfterMs: 500 });
  });
});

describe('Gemini request mapping', () => {
  it('Veo: durationSeconds as a number, negative prompt as a parameter', () => {
    expect(veoBody({ text: 'dunes', params: p({ model: 'veo-3.1-generate-preview', negativePrompt: ' text overlays ' }) })).toEqual({
      instances: [{ prompt: 'dunes' }],
      parameters: { aspectRatio: '16:9', resolution: '720p', durationSeconds: 8, sampleCount: 1, negativePrompt: 'text overlays' },
    });
  });

  it('Veo and Omni take no seed on the Gemini API (PROVIDERS.md; js-genai refuses one outside Vertex): none is chosen, none is sent', () => {
    for (const model of ['veo-3.1-generate-preview', 'gemini-omni-1.1-flash']) expect(capabilitiesFor('gemini', model).seed).toBeFalsy();
    const veo = veoBody({ text: 'dunes', params: p({ model: 'veo-3.1-generate-preview', seed: 7 }) });
    expect(JSON.stringify(veo)).not.toContain('seed');
    expect(JSON.stringify(omniBody({ text: 'dunes', params: p({ model: 'gemini-omni-1.1-flash', seed: 7 }) }))).not.toContain('seed');
    expect(capabilitiesFor('openai', 'sora-2').seed).toBeFalsy();
    expect(openaiCreateBody({ text: 'a fox', params: p({ model: 'sora-2', seconds: 4, seed: 7 }) })).not.toHaveProperty('seed');
  });

  it('Omni: a background interaction asking for a video with duration "8s"', () => {
    expect(omniBody({ text: 'dunes', params: p({ model: 'gemini-omni-1.1-flash', resolution: '1080p' }) })).toEqual({
      model: 'gemini-omni-1.1-flash',
      input: 'dunes',
      background: true,
      response_format: { type: 'video', aspect_ratio: '16:9', resolution: '1080p', duration: '8s', delivery: 'uri' },
    });
  });

  it('Omni: large clips (1080p, 4k) ask for uri delivery, smaller ones for inline bytes', () => {
    const delivery = (resolution: string) => (omniBody({ text: 'x', params: p({ model: 'gemini-omni-1.1-flash', resolution }) }).response_format as { delivery: string }).delivery;
    expect(['360p', '720p', '1080p', '4k'].map(delivery)).toEqual(['inline', 'inline', 'uri', 'uri']);
  });

  it('a Veo result filtered for safety is a policy failure carrying Google\'s reason', () => {
    const status = veoStatus({ name: 'op', done: true, response: { generateVideoResponse: { raiMediaFilteredCount: 1, raiMediaFilteredReasons: ['celebrity likeness'] } } });
    expect(status.error).toMatchObject({ kind: 'policy', reason: 'celebrity likeness' });
  });

  it('an Omni result delivered inline carries the bytes', () => {
    const status = omniStatus({ id: 'i', status: 'completed', steps: [{ type: 'model_output', content: [{ type: 'video', data: 'AAAA', mime_type: 'video/mp4' }] }] });
    expect(status).toMatchObject({ state: 'succeeded', output: { videoBase64: 'AAAA', mimeType: 'video/mp4' } });
  });
});

describe('fal.ai input mapping per model', () => {
  it.each([
    ['fal-ai/kling-video/v2.1/master/text-to-video', p({ seconds: 10, aspectRatio: '9:16', negativePrompt: 'blur' }), { prompt: 'x', duration: '10', aspect_ratio: '9:16', negative_prompt: 'blur' }],
    ['fal-ai/wan/v2.2-a14b/text-to-video', p({ seconds: 5, resolution: '580p' }), { prompt: 'x', aspect_ratio: '16:9', resolution: '580p' }],
    ['fal-ai/bytedance/seedance/v1/pro/text-to-video', p({ seconds: 6, aspectRatio: '21:9', resolution: '1080p' }), { prompt: 'x', duration: '6', aspect_ratio: '21:9', resolution: '1080p' }],
    ['fal-ai/minimax/hailuo-02/standard/text-to-video', p({ seconds: 6, resolution: '768p' }), { prompt: 'x', prompt_optimizer: true, duration: '6' }],
    ['fal-ai/veo3', p({ seconds: 8, audio: false }), { prompt: 'x', duration: '8s', aspect_ratio: '16:9', resolution: '720p', generate_audio: false }],
    ['fal-ai/veo3', p({ seconds: 4, seed: 42 }), { prompt: 'x', duration: '4s', aspect_ratio: '16:9', resolution: '720p', seed: 42 }],
    ['fal-ai/veo3.1', p({ seconds: 6, resolution: '4k', audio: true }), { prompt: 'x', duration: '6s', aspect_ratio: '16:9', resolution: '4k', generate_audio: true }],
    ['fal-ai/kling-video/v3/standard/text-to-video', p({ seconds: 12, aspectRatio: '1:1', audio: false }), { prompt: 'x', duration: '12', aspect_ratio: '1:1', generate_audio: false }],
    ['bytedance/seedance-2.0/text-to-video', p({ seconds: 15, aspectRatio: '21:9', resolution: '480p', seed: 7 }), { prompt: 'x', duration: '15', aspect_ratio: '21:9', resolution: '480p', seed: 7 }],
    ['fal-ai/minimax/hailuo-2.3/standard/text-to-video', p({ seconds: 10, resolution: '768p' }), { prompt: 'x', prompt_optimizer: true, duration: '10' }],
    ['fal-ai/ltx-2/text-to-video', p({ seconds: 8, resolution: '1440p' }), { prompt: 'x', duration: 8, resolution: '1440p' }],
  ])('%s', (model, params, input) => {
    expect(falRequestInput({ text: 'x', params: { ...params, model } })).toEqual(input);
  });

  it.each([
    ['fal-ai/wan/v2.2-a14b/text-to-video', 'seed'],
    ['fal-ai/bytedance/seedance/v1/pro/text-to-video', 'seed'],
    ['fal-ai/veo3', 'seed'],
  ])('%s: a take\'s seed goes in the request body as an integer', (model, field) => {
    const input = falRequestInput({ text: 'x', params: p({ model, seconds: model.includes('veo') ? 8 : 5, seed: 123456 }) });
    expect(input[field]).toBe(123456);
    expect(capabilitiesFor('fal', model).seed).toBe(true);
  });

  it.each(['fal-ai/kling-video/v2.1/master/text-to-video', 'fal-ai/minimax/hailuo-02/standard/text-to-video', 'fal-ai/ltx-2/text-to-video'])(
    '%s lists no seed: none is chosen for it, and a stray one is never sent',
    (model) => {
      expect(capabilitiesFor('fal', model).seed).toBeFalsy();
      expect(falRequestInput({ text: 'x', params: p({ model, seconds: 6, seed: 99 }) })).not.toHaveProperty('seed');
    },
  );

  it('sends the person\'s own JSON for a model Laqta does not know, adding the prompt if missing', () => {
    expect(falRequestInput({ text: 'a fox', params: p({ model: 'someone/new', rawInput: '{"steps": 30}' }) })).toEqual({ prompt: 'a fox', steps: 30 });
    expect(falRequestInput({ text: 'a fox', params: p({ model: 'someone/new', rawInput: '{"prompt": "mine"}' }) })).toEqual({ prompt: 'mine' });
  });

  it('reports the queue position while waiting, and finds the video URL in the result', () => {
    expect(falStatus({ status: 'IN_QUEUE', queue_position: 3 })).toEqual({ state: 'queued', queuePosition: 3 });
    expect(falVideoUrl({ video: { url: 'https://v3.fal.media/x.mp4', content_type: 'video/mp4' } })).toEqual({ url: 'https://v3.fal.media/x.mp4', mimeType: 'video/mp4' });
  });
});
