import { describe, expect, it } from 'vitest';
import { omniBody, veoBody } from '../../../src/providers/gemini';
import { falEndpoint, falRequestInput } from '../../../src/providers/fal';
import { openaiCreateForm } from '../../../src/providers/openai-videos';
import { base64Of, ImageMissing, loadRequestImages } from '../../../src/providers/request-images';
import { checkParams, type GenerationParams } from '../../../src/domain/params';
import { capabilitiesFor } from '../../../src/providers/capabilities';
import type { InputImage, RequestImages } from '../../../src/providers/types';

const image = (name: string, mimeType = 'image/png'): InputImage => ({ blob: new Blob([name], { type: mimeType }), base64: btoa(name), mimeType, width: 1280, height: 720 });
const params = (over: Partial<GenerationParams>): GenerationParams => ({ provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 8, aspectRatio: '16:9', resolution: '720p', ...over });

describe('each provider gets the images in its own fields', () => {
  it('Veo: instances[0].image, lastFrame and referenceImages as {bytesBase64Encoded, mimeType}', () => {
    const images: RequestImages = { first: image('first'), last: image('last', 'image/jpeg') };
    const body = veoBody({ text: 'a fox', params: params({ model: 'veo-3.1-lite-generate-preview' }), images }) as { instances: Record<string, unknown>[] };
    expect(body.instances[0]).toEqual({
      prompt: 'a fox',
      image: { bytesBase64Encoded: btoa('first'), mimeType: 'image/png' },
      lastFrame: { bytesBase64Encoded: btoa('last'), mimeType: 'image/jpeg' },
    });
    const refs = veoBody({ text: 'a fox', params: params({ model: 'veo-3.1-lite-generate-preview' }), images: { references: [image('a'), image('b')] } }) as { instances: Record<string, unknown>[] };
    expect(refs.instances[0]?.referenceImages).toEqual([
      { image: { bytesBase64Encoded: btoa('a'), mimeType: 'image/png' }, referenceType: 'ASSET' },
      { image: { bytesBase64Encoded: btoa('b'), mimeType: 'image/png' }, referenceType: 'ASSET' },
    ]);
  });

  it('Veo without images sends the prompt alone', () => {
    const body = veoBody({ text: 'a fox', params: params({ model: 'veo-3.1-lite-generate-preview' }) }) as { instances: Record<string, unknown>[] };
    expect(body.instances[0]).toEqual({ prompt: 'a fox' });
  });

  it('Omni: the text binds <FIRST_FRAME>, <LAST_FRAME> and <IMAGE_REF_N> to image items in the same order', () => {
    const images: RequestImages = { first: image('f'), last: image('l'), references: [image('r0'), image('r1', 'image/webp')] };
    const body = omniBody({ text: 'a fox', params: params({}), images });
    expect(body.input).toEqual([
      { type: 'text', text: '[# Media <FIRST_FRAME>@Image1 <LAST_FRAME>@Image2 <IMAGE_REF_0>@Image3 <IMAGE_REF_1>@Image4]\na fox' },
      { type: 'image', mime_type: 'image/png', data: btoa('f') },
      { type: 'image', mime_type: 'image/png', data: btoa('l') },
      { type: 'image', mime_type: 'image/png', data: btoa('r0') },
      { type: 'image', mime_type: 'image/webp', data: btoa('r1') },
    ]);
    expect(omniBody({ text: 'a fox', params: params({}) }).input).toBe('a fox');
  });

  it('fal: a first frame goes to the image-to-video endpoint as an image_url data URI', () => {
    const request = { text: 'a fox', params: params({ provider: 'fal', model: 'fal-ai/veo3', resolution: '720p' }), images: { first: image('frame') } };
    expect(falEndpoint(request)).toBe('fal-ai/veo3/image-to-video');
    expect(falRequestInput(request)).toMatchObject({ prompt: 'a fox', image_url: `data:image/png;base64,${btoa('frame')}` });
    const textOnly = { ...request, images: {} };
    expect(falEndpoint(textOnly)).toBe('fal-ai/veo3');
    expect(falRequestInput(textOnly)).not.toHaveProperty('image_url');
  });

  it('fal Veo 3.1: a first and a last frame go to its first-last-frame endpoint as first_frame_url and last_frame_url', () => {
    const both = { text: 'a fox', params: params({ provider: 'fal', model: 'fal-ai/veo3.1', seconds: 6, resolution: '1080p' }), images: { first: image('first'), last: image('last', 'image/jpeg') } };
    expect(falEndpoint(both)).toBe('fal-ai/veo3.1/first-last-frame-to-video');
    const input = falRequestInput(both);
    expect(input).toMatchObject({
      prompt: 'a fox',
      duration: '6s',
      resolution: '1080p',
      first_frame_url: `data:image/png;base64,${btoa('first')}`,
      last_frame_url: `data:image/jpeg;base64,${btoa('last')}`,
    });
    expect(input).not.toHaveProperty('image_url');
    const firstOnly = { ...both, images: { first: image('first') } };
    expect(falEndpoint(firstOnly)).toBe('fal-ai/veo3.1/image-to-video');
    expect(falRequestInput(firstOnly)).toMatchObject({ image_url: `data:image/png;base64,${btoa('first')}` });
    expect(falRequestInput(firstOnly)).not.toHaveProperty('last_frame_url');
  });

  it('fal Seedance 2.0: a first frame goes to its image-to-video endpoint as image_url, a last frame beside it as end_image_url, with the same settings', () => {
    const both = { text: 'a fox', params: params({ provider: 'fal', model: 'bytedance/seedance-2.0/text-to-video', seconds: 8, resolution: '720p', aspectRatio: '16:9', seed: 7 }), images: { first: image('a'), last: image('b') } };
    expect(falEndpoint(both)).toBe('bytedance/seedance-2.0/image-to-video');
    expect(falRequestInput(both)).toMatchObject({
      prompt: 'a fox',
      duration: '8',
      resolution: '720p',
      seed: 7,
      image_url: `data:image/png;base64,${btoa('a')}`,
      end_image_url: `data:image/png;base64,${btoa('b')}`,
    });
    const firstOnly = { ...both, images: { first: image('a') } };
    expect(falEndpoint(firstOnly)).toBe('bytedance/seedance-2.0/image-to-video');
    expect(falRequestInput(firstOnly)).not.toHaveProperty('end_image_url');
    const none = { ...both, images: {} };
    expect(falEndpoint(none)).toBe('bytedance/seedance-2.0/text-to-video');
  });

  it('fal Kling 3 and Hailuo 02: the last frame goes beside the first on the image-to-video endpoint, as end_image_url', () => {
    const kling = { text: 'a fox', params: params({ provider: 'fal', model: 'fal-ai/kling-video/v3/standard/text-to-video', seconds: 5 }), images: { first: image('a'), last: image('b') } };
    expect(falEndpoint(kling)).toBe('fal-ai/kling-video/v3/standard/image-to-video');
    expect(falRequestInput(kling)).toMatchObject({ start_image_url: `data:image/png;base64,${btoa('a')}`, end_image_url: `data:image/png;base64,${btoa('b')}` });
    const hailuo = { text: 'a fox', params: params({ provider: 'fal', model: 'fal-ai/minimax/hailuo-02/standard/text-to-video', seconds: 6, resolution: '768p' }), images: { first: image('a'), last: image('b') } };
    expect(falEndpoint(hailuo)).toBe('fal-ai/minimax/hailuo-02/standard/image-to-video');
    expect(falRequestInput(hailuo)).toMatchObject({ image_url: `data:image/png;base64,${btoa('a')}`, end_image_url: `data:image/png;base64,${btoa('b')}` });
  });

  it('fal: models with no documented last-frame field offer none, and never send one', () => {
    for (const model of ['fal-ai/veo3', 'fal-ai/kling-video/v2.1/master/text-to-video', 'fal-ai/minimax/hailuo-2.3/standard/text-to-video', 'fal-ai/bytedance/seedance/v1/pro/text-to-video']) {
      expect(capabilitiesFor('fal', model).imageInputs).toEqual({ first: true, last: false, references: 0 });
      const request = { text: 'a fox', params: params({ provider: 'fal', model }), images: { first: image('a'), last: image('b') } };
      expect(Object.values(falRequestInput(request))).not.toContain(`data:image/png;base64,${btoa('b')}`);
    }
    for (const model of ['fal-ai/veo3.1', 'fal-ai/kling-video/v3/standard/text-to-video', 'fal-ai/minimax/hailuo-02/standard/text-to-video', 'bytedance/seedance-2.0/text-to-video'])
      expect(capabilitiesFor('fal', model).imageInputs).toEqual({ first: true, last: true, references: 0 });
  });

  it('fal: a last frame without a first is refused with its own reason, before anything is sent', () => {
    const caps = capabilitiesFor('fal', 'fal-ai/veo3.1');
    const ref = { id: 'a'.repeat(64), mimeType: 'image/png' as const, width: 1280, height: 720, bytes: 10 };
    const base = params({ provider: 'fal', model: 'fal-ai/veo3.1', seconds: 8, resolution: '720p' });
    expect(checkParams(caps, { ...base, images: { last: ref } }, 'a fox')).toContainEqual({ field: 'images', value: 'last', reason: 'needsFirst', allowed: [] });
    expect(checkParams(caps, { ...base, images: { first: ref, last: ref } }, 'a fox').filter((p) => p.field === 'images')).toEqual([]);
  });

  it('OpenAI-compatible: a multipart body whose input_reference is the image file', async () => {
    const form = openaiCreateForm({ text: 'a fox', params: params({ provider: 'openai', model: 'sora-2', seconds: 4 }), images: { first: image('PNGBYTES') } });
    expect(form.get('prompt')).toBe('a fox');
    expect(form.get('seconds')).toBe('4');
    expect(form.get('size')).toBe('1280x720');
    const file = form.get('input_reference') as File;
    expect(file.name).toBe('first-frame.png');
    expect(file.type).toBe('image/png');
    expect(await file.text()).toBe('PNGBYTES');
  });
});

describe('loading a run\'s images for its request', () => {
  const ref = (id: string) => ({ id: id.repeat(64), mimeType: 'image/png' as const, width: 2, height: 2, bytes: 3 });

  it('reads every slot and encodes base64 in slices (a large image does not overflow)', async () => {
    const big = new Uint8Array(300_000).map((_, i) => i % 251);
    const blobs = new Map([[ref('a').id, new Blob([big])], [ref('b').id, new Blob(['xyz'])]]);
    const loaded = await loadRequestImages({ first: ref('a'), references: [ref('b')] }, async () => blobs);
    expect(loaded.first?.base64).toBe(Buffer.from(big).toString('base64'));
    expect(loaded.references?.[0]?.base64).toBe(btoa('xyz'));
    expect(await base64Of(new Blob([]))).toBe('');
  });

  it('an image that is no longer stored stops the request', async () => {
    await expect(loadRequestImages({ first: ref('a') }, async () => new Map())).rejects.toBeInstanceOf(ImageMissing);
  });
});
