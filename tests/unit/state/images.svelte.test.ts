// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ImageInputs, prepareTarget } from '../../../src/state/images.svelte';
import { PrepareRefused, sniffImageType } from '../../../src/state/image-prepare';
import { capabilitiesFor } from '../../../src/providers/capabilities';
import { request, transact } from '../../../src/storage/db';
import { openStorage } from './fakes';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 9, 9]);
const file = (bytes: BlobPart, name = 'frame.png') => new File([bytes], name);
const count = async (storage: Awaited<ReturnType<typeof openStorage>>) => transact(storage.media, 'readonly', (os) => request(os.count()));

describe('picking an image input', () => {
  it('stores the prepared image as media and hands back its reference, sized as prepared', async () => {
    const storage = await openStorage();
    const seen: unknown[] = [];
    const images = new ImageInputs({ storage, prepare: async (_f, target) => (seen.push(target), { blob: new Blob([png]), width: 1280, height: 720 }) });
    const ref = await images.pick(file(png), { box: { width: 1280, height: 720 }, mode: 'cover' });
    expect(ref).toMatchObject({ mimeType: 'image/png', width: 1280, height: 720 });
    expect(seen).toEqual([{ box: { width: 1280, height: 720 }, mode: 'cover' }]);
    expect(await images.blob(ref!.id)).toBeInstanceOf(Blob);
    expect(images.failure).toBeUndefined();
    expect(images.working).toBe(false);
  });

  it('a refused file names itself and why, and nothing is stored', async () => {
    const storage = await openStorage();
    const images = new ImageInputs({ storage, prepare: async () => Promise.reject(new PrepareRefused('type')) });
    expect(await images.pick(file('<svg/>', 'drawing.svg'), { box: { width: 1, height: 1 }, mode: 'fit' })).toBeUndefined();
    expect(images.failure).toEqual({ kind: 'type', name: 'drawing.svg' });
    expect(await count(storage)).toBe(0);
    images.dismissFailure();
    expect(images.failure).toBeUndefined();
  });

  it('bytes the preparer lets through that are not an image are still refused by storage', async () => {
    const storage = await openStorage();
    const images = new ImageInputs({ storage, prepare: async () => ({ blob: new Blob(['not an image']), width: 1, height: 1 }) });
    expect(await images.pick(file('x', 'x.png'), { box: { width: 1, height: 1 }, mode: 'fit' })).toBeUndefined();
    expect(images.failure).toEqual({ kind: 'type', name: 'x.png' });
    expect(await count(storage)).toBe(0);
  });

  it('the target is the video frame: filled exactly for OpenAI-compatible, fitted inside for Gemini', () => {
    expect(prepareTarget(capabilitiesFor('openai', 'sora-2'), { aspectRatio: '9:16', resolution: '720p' })).toEqual({ box: { width: 720, height: 1280 }, mode: 'cover' });
    expect(prepareTarget(capabilitiesFor('gemini', 'gemini-omni-1.1-flash'), { aspectRatio: '16:9', resolution: '1080p' })).toEqual({ box: { width: 1920, height: 1080 }, mode: 'fit' });
  });

  it('the type comes from the first bytes, not the name', () => {
    expect(sniffImageType(png)).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });
});
