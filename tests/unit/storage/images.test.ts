// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStoreIn, ensureSchema, request, transact } from '../../../src/storage/db';
import { getImage, getImages, ImageRefused, putImage } from '../../../src/storage/images';
import { savePrompt } from '../../../src/storage/prompts';
import { defaultParams } from '../../../src/domain/params';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);

async function stores() {
  const factory = new IDBFactory() as unknown as globalThis.IDBFactory;
  const library = createStoreIn(factory, 'laqta-library', 'records');
  await ensureSchema(library);
  return { library, media: createStoreIn(factory, 'laqta-media', 'blobs') };
}

describe('image inputs as media', () => {
  it('are stored once under the SHA-256 of their bytes, typed from the bytes', async () => {
    const { media } = await stores();
    const a = await putImage(media, new Blob([png], { type: 'text/plain' }), { width: 640, height: 360 });
    const b = await putImage(media, new Blob([png]), { width: 640, height: 360 });
    expect(a).toEqual(b);
    expect(a).toMatchObject({ mimeType: 'image/png', width: 640, height: 360, bytes: png.length });
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
    const keys = await transact(media, 'readonly', (os) => request(os.getAllKeys()));
    expect(keys).toEqual([`image/${a.id}`, `stamp/image/${a.id}`]);
    expect((await getImage(media, a.id))?.type).toBe('image/png');
    expect([...(await getImages(media, [a.id, 'f'.repeat(64), '../video/x'])).keys()]).toEqual([a.id]);
  });

  it('refuse bytes that are not an image, and images over the size limit, writing nothing', async () => {
    const { media } = await stores();
    await expect(putImage(media, new Blob(['<svg/>']), { width: 1, height: 1 })).rejects.toEqual(new ImageRefused('type'));
    await expect(putImage(media, new Blob([new Uint8Array(21 * 1024 * 1024)]), { width: 1, height: 1 })).rejects.toEqual(new ImageRefused('size'));
    expect(await transact(media, 'readonly', (os) => request(os.count()))).toBe(0);
  });

  it('a prompt and its version keep the reference only: no bytes, no base64 inside the record', async () => {
    const { library, media } = await stores();
    const ref = await putImage(media, new Blob([png]), { width: 640, height: 360 });
    const params = { ...defaultParams(), images: { first: ref, references: [ref] } };
    const saved = await savePrompt(library, { id: 'p1', baseRev: 0, draft: { title: 'Fox', text: 'a fox', tags: [], params }, now: 1, conflictCopyId: 'c1' });
    if (saved.status !== 'saved') throw new Error('not saved');
    const raw = await transact(library, 'readonly', async (os) => [await request(os.get('prompt/p1')), await request(os.get('version/p1/00000001'))]);
    const json = JSON.stringify(raw);
    expect(json).toContain(ref.id);
    expect(json).not.toMatch(/base64|iVBOR|data:image/);
    expect((raw[0] as { params: typeof params }).params.images).toEqual({ first: ref, references: [ref] });
  });
});
