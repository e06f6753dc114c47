import { describe, expect, it } from 'vitest';
import { fitImages, imageProblems, imageRefs, resizePlan, videoFrame, withImage, withoutImage, type ImageRef } from '../../../src/domain/image-inputs';
import { checkParams, fitParams, defaultParams, type ModelCapabilities } from '../../../src/domain/params';
import { capabilitiesFor } from '../../../src/providers/capabilities';

const ref = (n: number, size = { width: 1280, height: 720 }): ImageRef => ({ id: String(n).repeat(64).slice(0, 64), mimeType: 'image/png', ...size, bytes: 1000 + n });

describe('image inputs of a prompt', () => {
  it('a first frame, a last frame and references are kept in sending order; a fourth reference is not added', () => {
    let images = withImage(undefined, 'reference', ref(3));
    images = withImage(images, 'first', ref(1));
    images = withImage(images, 'last', ref(2));
    for (const n of [4, 5, 6]) images = withImage(images, 'reference', ref(n));
    expect(imageRefs(images).map((r) => r.id[0])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('removing the last image leaves no image set at all', () => {
    const images = withImage(withImage(undefined, 'first', ref(1)), 'reference', ref(2));
    expect(withoutImage(images, 'reference', 0)).toEqual({ first: ref(1) });
    expect(withoutImage(withoutImage(images, 'reference', 0), 'first')).toBeUndefined();
  });

  it('switching to a model keeps only the images it takes', () => {
    const images = { first: ref(1), last: ref(2), references: [ref(3), ref(4)] };
    expect(fitImages(images, { first: true, last: false, references: 1 })).toEqual({ first: ref(1), references: [ref(3)] });
    expect(fitImages(images, { first: false, last: false, references: 0 })).toBeUndefined();
    expect(fitImages(images, undefined)).toBeUndefined();
  });

  it('names what a model refuses: a slot it lacks, too many references, references with frames, a frame of the wrong size', () => {
    const rules = { support: { first: true, last: false, references: 1 }, referencesAlone: true, exactSize: { width: 1280, height: 720 } };
    const problems = imageProblems({ first: ref(1, { width: 800, height: 600 }), last: ref(2), references: [ref(3), ref(4)] }, rules);
    expect(problems.map((p) => `${p.slot}.${p.reason}`)).toEqual(['last.notOffered', 'reference.tooMany', 'reference.notWithFrames', 'first.wrongSize']);
    expect(imageProblems({ first: ref(1) }, rules)).toEqual([]);
  });
});

describe('resizing to what a model accepts', () => {
  it('the video frame follows aspect ratio and resolution', () => {
    expect(videoFrame('16:9', '720p')).toEqual({ width: 1280, height: 720 });
    expect(videoFrame('9:16', '1080p')).toEqual({ width: 1080, height: 1920 });
    expect(videoFrame('16:9', '4k')).toEqual({ width: 3840, height: 2160 });
    expect(videoFrame('16:9', 'best')).toBeUndefined();
  });

  it('fit scales a large picture down inside the frame and never scales a small one up', () => {
    expect(resizePlan(4000, 3000, { width: 1280, height: 720 }, 'fit')).toMatchObject({ width: 960, height: 720 });
    expect(resizePlan(640, 480, { width: 1280, height: 720 }, 'fit')).toMatchObject({ width: 640, height: 480 });
  });

  it('cover fills the exact frame, cropping the centre of the picture', () => {
    const plan = resizePlan(4000, 4000, { width: 1280, height: 720 }, 'cover');
    expect(plan).toMatchObject({ width: 1280, height: 720 });
    expect(plan.source).toEqual({ x: 0, y: 875, width: 4000, height: 2250 });
  });
});

describe('image inputs in the model data', () => {
  const params = { ...defaultParams(), images: { first: ref(1), last: ref(2), references: [ref(3)] } };

  it('Omni and Veo 3.1 take first, last and 3 references; OpenAI-compatible takes one first frame at the video size', () => {
    expect(capabilitiesFor('gemini', 'gemini-omni-1.1-flash').imageInputs).toEqual({ first: true, last: true, references: 3 });
    expect(capabilitiesFor('gemini', 'veo-3.1-lite-generate-preview').imageInputs).toEqual({ first: true, last: true, references: 3 });
    expect(capabilitiesFor('openai', 'sora-2')).toMatchObject({ imageInputs: { first: true, last: false, references: 0 }, imageExactSize: true });
    expect(capabilitiesFor('fal', 'fal-ai/veo3').imageInputs).toEqual({ first: true, last: false, references: 0 });
    expect(capabilitiesFor('fal', 'fal-ai/ltx-2/text-to-video').imageInputs).toBeUndefined();
  });

  it('Veo refuses references together with frames before anything is sent', () => {
    const caps = capabilitiesFor('gemini', 'veo-3.1-lite-generate-preview');
    const problems = checkParams(caps, { ...params, provider: 'gemini', model: 'veo-3.1-lite-generate-preview', seconds: 8 }, 'a fox');
    expect(problems).toContainEqual({ field: 'images', value: 'reference', reason: 'notWithFrames', allowed: [] });
  });

  it('a model with raw JSON input takes no images, and fitting to it drops them', () => {
    const raw: ModelCapabilities = capabilitiesFor('fal', 'someone/unknown-model');
    expect(checkParams(raw, { ...params, rawInput: '{}' }, 'a fox').map((p) => p.field)).toEqual(['images', 'images', 'images']);
    expect(fitParams(raw, params).images).toBeUndefined();
  });
});
