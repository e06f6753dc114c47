import { describe, expect, it, vi } from 'vitest';
import { estimateCost } from '../../../src/domain/cost';
import { emptyShot } from '../../../src/domain/shot';
import { checkParams } from '../../../src/domain/params';
import { previzCapabilities, previzFrameSize, previzModel } from '../../../src/providers/previz/capabilities';
import { createPrevizProvider, previzJob, type PrevizWords } from '../../../src/providers/previz/provider';
import type { RenderJob } from '../../../src/providers/previz/protocol';
import type { RenderedClip } from '../../../src/providers/previz/render-client';
import { engineCapabilities, engineConcurrency, isEngineId } from '../../../src/providers/engines';

const words: PrevizWords = {
  locale: 'en',
  badge: 'Previz · schematic preview, not an AI video',
  notPreviewed: 'not previewed: {list}',
  words: { rain: 'rain', snow: 'snow', dialogue: 'dialogue', sound: 'sound' },
};
const params = { provider: 'previz', model: previzModel, seconds: 4, aspectRatio: '16:9', resolution: '720p' };
const clip: RenderedClip = { video: new Blob([new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70])], { type: 'video/mp4' }), poster: new Blob(['jpeg']), renderMs: 10, paintMs: 5, codec: 'avc' };

/** A render that finishes when told to, reporting progress on the way. */
function controllableRender() {
  const calls: { job: RenderJob; progress: (f: number) => void; signal: AbortSignal; finish: (c: RenderedClip) => void; fail: (e: Error) => void }[] = [];
  const render = (job: RenderJob, progress: (f: number) => void, signal: AbortSignal) =>
    new Promise<RenderedClip>((resolve, reject) => {
      calls.push({ job, progress, signal, finish: resolve, fail: reject });
      signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
    });
  return { calls, render };
}

describe('the Previz provider', () => {
  it('draws a take: running with progress, then succeeded, then hands over the video and its poster, with no network request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { calls, render } = controllableRender();
    const previz = createPrevizProvider({ words: () => words, render, seed: () => 42 });
    const job = await previz.create({ text: 'Camera movement: slow dolly-in', params });
    expect(calls[0]!.job.plan.seed).toBe(42);
    calls[0]!.progress(0.5);
    expect(await previz.poll(job)).toMatchObject({ state: 'running', progress: 50 });
    calls[0]!.finish(clip);
    await Promise.resolve();
    expect(await previz.poll(job)).toMatchObject({ state: 'succeeded', output: { mimeType: 'video/mp4' } });
    const files = await previz.download(job, {});
    expect(files.video).toBe(clip.video);
    expect(files.thumb).toBe(clip.poster);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('cancel stops the drawing (its signal aborts) and forgets the take', async () => {
    const { calls, render } = controllableRender();
    const previz = createPrevizProvider({ words: () => words, render, seed: () => 1 });
    const job = await previz.create({ text: 'pan', params });
    await previz.cancel(job);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect((await previz.poll(job)).state).toBe('failed');
  });

  it('a failed drawing is a failed run with the reason', async () => {
    const { calls, render } = controllableRender();
    const previz = createPrevizProvider({ words: () => words, render, seed: () => 1 });
    const job = await previz.create({ text: 'pan', params });
    calls[0]!.fail(new Error('no encoder'));
    await Promise.resolve();
    const status = await previz.poll(job);
    expect(status.state).toBe('failed');
    expect(status.error?.reason).toBe('no encoder');
  });

  it('two takes of one prompt get different seeds', async () => {
    const { calls, render } = controllableRender();
    const previz = createPrevizProvider({ words: () => words, render });
    await previz.create({ text: 'handheld', params });
    await previz.create({ text: 'handheld', params });
    expect(calls[0]!.job.plan.seed).not.toBe(calls[1]!.job.plan.seed);
  });
});

describe('Previz parameters, price and caption', () => {
  it('is free: every run is estimated at $0', () => {
    expect(estimateCost(previzCapabilities, params)).toBe(0);
    expect(estimateCost(previzCapabilities, { ...params, seconds: 12 })).toBe(0);
  });

  it('accepts its durations, shapes and sizes, and says what it refuses', () => {
    expect(checkParams(previzCapabilities, params, 'A cyclist')).toEqual([]);
    expect(checkParams(previzCapabilities, { ...params, resolution: '4k' }, 'A cyclist')[0]).toMatchObject({ field: 'resolution', reason: 'unsupported' });
  });

  it('frame sizes follow the aspect ratio with the resolution as the short side', () => {
    expect(previzFrameSize('16:9', '720p')).toEqual({ width: 1280, height: 720 });
    expect(previzFrameSize('9:16', '720p')).toEqual({ width: 720, height: 1280 });
    expect(previzFrameSize('1:1', '360p')).toEqual({ width: 360, height: 360 });
  });

  it('burns in what it shows and, apart, what it cannot show', () => {
    const job = previzJob('Camera: low angle\nCamera movement: slow dolly-in\nLighting: golden-hour sunlight\nA street in the rain.', params, 1, words);
    expect(job.text.shown).toBe('low angle · dolly in · golden hour');
    expect(job.text.missing).toBe('not previewed: rain');
    expect(job.text.badge).toBe('Previz · schematic preview, not an AI video');
  });

  it('draws the Shot a prompt was composed from, even a move its text does not name, plus terms added to the text by hand', async () => {
    const { calls, render } = controllableRender();
    const previz = createPrevizProvider({ words: () => words, render, seed: () => 1 });
    const shot = { ...emptyShot(), movement: ['orbit'] };
    await previz.create({ text: 'A woman waits on an empty street at golden hour.', params, shot });
    expect(calls[0]!.job.text.shown).toBe('orbit / arc · golden hour');
    await previz.create({ text: 'A woman waits on an empty street at golden hour.', params });
    expect(calls[1]!.job.text.shown).toBe('golden hour');
  });

  it('is an engine beside the keyed providers, one clip at a time', () => {
    expect(isEngineId('previz')).toBe(true);
    expect(engineCapabilities('previz', previzModel)).toBe(previzCapabilities);
    expect(engineCapabilities('nobody', 'x')).toBeUndefined();
    expect(engineConcurrency('previz')).toBe(1);
  });
});
