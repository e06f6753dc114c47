// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStoreIn, ensureSchema, mediaKey, recordKey, request, transact, type UseStore } from '../../../src/storage/db';
import { getImage, putImage, touchImages } from '../../../src/storage/images';
import { listOldImages, removeImages, withoutUsedImages } from '../../../src/storage/image-cleanup';
import { savePrompt, saveDraft } from '../../../src/storage/prompts';
import { saveRun } from '../../../src/storage/runs';
import { defaultParams, type GenerationParams } from '../../../src/domain/params';
import { unusedImageGraceMs } from '../../../src/domain/image-usage';
import type { ImageRef } from '../../../src/domain/image-inputs';
import { newStoryboard } from '../../../src/domain/storyboard';
import { run as runRecord } from '../exchange/helpers';

const day = unusedImageGraceMs;
const t0 = 1_700_000_000_000;

/** A distinct tiny PNG per `n` (only the bytes after the signature differ). */
const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, n & 255, n >> 8]);

async function stores() {
  const factory = new IDBFactory() as unknown as globalThis.IDBFactory;
  const library = createStoreIn(factory, 'laqta-library', 'records');
  await ensureSchema(library);
  return { library, media: createStoreIn(factory, 'laqta-media', 'blobs') };
}

const put = (media: UseStore, n: number, at = t0) => putImage(media, new Blob([png(n)]), { width: 64, height: 36 }, at);
const withFirst = (ref: ImageRef): GenerationParams => ({ ...defaultParams(), images: { first: ref } });
const mediaKeys = (media: UseStore) => transact(media, 'readonly', (os) => request(os.getAllKeys()) as Promise<string[]>);

/** One whole pass, as the app runs it (without the change feed). */
async function sweep(library: UseStore, media: UseStore, now: number, slice?: number) {
  const old = await listOldImages(media, now, { slice });
  const left = await withoutUsedImages(library, old.map((c) => c.id), { slice });
  return removeImages(media, old.filter((c) => left.has(c.id)), now, { slice });
}

describe('removing unused image inputs', () => {
  it('removes an image nothing names once it is more than a day old, with its stamp, and says what it freed', async () => {
    const { library, media } = await stores();
    const ref = await put(media, 1);
    expect(await sweep(library, media, t0 + day - 1)).toEqual({ images: 0, bytes: 0 });
    expect(await getImage(media, ref.id)).toBeInstanceOf(Blob);
    expect(await sweep(library, media, t0 + day + 1)).toEqual({ images: 1, bytes: ref.bytes });
    expect(await getImage(media, ref.id)).toBeUndefined();
    expect(await mediaKeys(media)).toEqual([]);
  });

  it('keeps an image a saved prompt and its version name, even when old', async () => {
    const { library, media } = await stores();
    const ref = await put(media, 1);
    await savePrompt(library, { id: 'p1', baseRev: 0, draft: { title: 'Fox', text: 'a fox', tags: [], params: withFirst(ref) }, now: t0, conflictCopyId: 'c1' });
    expect(await sweep(library, media, t0 + 3 * day)).toEqual({ images: 0, bytes: 0 });
    expect(await getImage(media, ref.id)).toBeInstanceOf(Blob);
  });

  it('keeps an image only an older version names (the prompt moved on)', async () => {
    const { library, media } = await stores();
    const ref = await put(media, 1);
    await savePrompt(library, { id: 'p1', baseRev: 0, draft: { title: 'Fox', text: 'a fox', tags: [], params: withFirst(ref) }, now: t0, conflictCopyId: 'c1' });
    await savePrompt(library, { id: 'p1', baseRev: 1, draft: { title: 'Fox', text: 'a fox, no image', tags: [], params: defaultParams() }, now: t0, conflictCopyId: 'c2' });
    const prompt = await transact(library, 'readonly', (os) => request(os.get(recordKey.prompt('p1'))));
    expect(JSON.stringify(prompt)).not.toContain(ref.id);
    await sweep(library, media, t0 + 3 * day);
    expect(await getImage(media, ref.id)).toBeInstanceOf(Blob);
  });

  it('keeps an image a run names (its prompt gone), and one a storyboard shot’s run names', async () => {
    const { library, media } = await stores();
    const a = await put(media, 1);
    const b = await put(media, 2);
    await saveRun(library, runRecord('r1', 'gone', { params: withFirst(a) }));
    await saveRun(library, runRecord('r2', 'board', { params: withFirst(b), sequence: { id: 's1', index: 1, count: 3, seconds: 4, transition: 'cut' } }));
    await sweep(library, media, t0 + 3 * day);
    expect(await getImage(media, a.id)).toBeInstanceOf(Blob);
    expect(await getImage(media, b.id)).toBeInstanceOf(Blob);
  });

  it('keeps an image a storyboard prompt names, and one the saved Compose draft names', async () => {
    const { library, media } = await stores();
    const a = await put(media, 1);
    const b = await put(media, 2);
    const gone = await put(media, 3);
    const storyboard = newStoryboard(2);
    await savePrompt(library, { id: 'sb', baseRev: 0, draft: { title: 'Board', text: 'two shots', tags: [], storyboard, params: withFirst(a) }, now: t0, conflictCopyId: 'c1' });
    await saveDraft(library, 'compose', { baseRev: 0, title: '', text: 'unsaved', tags: [], params: withFirst(b), updatedAt: t0 });
    expect(await sweep(library, media, t0 + 3 * day)).toEqual({ images: 1, bytes: gone.bytes });
    expect(await getImage(media, a.id)).toBeInstanceOf(Blob);
    expect(await getImage(media, b.id)).toBeInstanceOf(Blob);
    expect(await getImage(media, gone.id)).toBeUndefined();
  });

  it('keeps a fresh image nothing names yet (another tab’s unsaved draft may hold it), and re-storing one makes it fresh', async () => {
    const { library, media } = await stores();
    const fresh = await put(media, 1, t0 + 2 * day);
    const again = await put(media, 2, t0);
    await put(media, 2, t0 + 2 * day);
    await sweep(library, media, t0 + 2 * day + 1000);
    expect(await getImage(media, fresh.id)).toBeInstanceOf(Blob);
    expect(await getImage(media, again.id)).toBeInstanceOf(Blob);
  });

  it('a reference written between the scan and the removal keeps the image (the writer marks it used first)', async () => {
    const { library, media } = await stores();
    const ref = await put(media, 1);
    const now = t0 + 3 * day;
    const old = await listOldImages(media, now);
    const left = await withoutUsedImages(library, old.map((c) => c.id));
    expect([...left]).toEqual([ref.id]);
    // Another tab saves a prompt naming the old image now, as Library.save does: mark, then write.
    await touchImages(media, [ref.id], now);
    await savePrompt(library, { id: 'p1', baseRev: 0, draft: { title: 'Fox', text: 'a fox', tags: [], params: withFirst(ref) }, now, conflictCopyId: 'c1' });
    expect(await removeImages(media, old.filter((c) => left.has(c.id)), now)).toEqual({ images: 0, bytes: 0 });
    expect(await getImage(media, ref.id)).toBeInstanceOf(Blob);
    // Re-stored meanwhile (an import, a new pick) keeps it too.
    const other = await put(media, 2);
    const old2 = (await listOldImages(media, now)).filter((c) => c.id === other.id);
    await put(media, 2, now);
    expect(await removeImages(media, old2, now)).toEqual({ images: 0, bytes: 0 });
    expect(await getImage(media, other.id)).toBeInstanceOf(Blob);
  });

  it('an image stored before stamps existed counts from its first clean-up, never from nothing', async () => {
    const { library, media } = await stores();
    const bytes = png(7);
    const id = (await put(media, 7)).id;
    await transact(media, 'readwrite', (os) => void os.delete(mediaKey.imageStamp(id)));
    expect(await sweep(library, media, t0 + 10 * day)).toEqual({ images: 0, bytes: 0 });
    const stamp = await transact(media, 'readonly', (os) => request(os.get(mediaKey.imageStamp(id))));
    expect(stamp).toEqual({ storedAt: t0 + 10 * day, bytes: bytes.length });
    expect(await sweep(library, media, t0 + 11 * day + 1)).toEqual({ images: 1, bytes: bytes.length });
  });

  it('never touches videos or thumbnails, and walks many records and images a slice at a time', async () => {
    const { library, media } = await stores();
    await transact(media, 'readwrite', (os) => {
      os.put(new Blob(['video']), mediaKey.video('r1'));
      os.put(new Blob(['thumb']), mediaKey.thumb('r1'));
    });
    const refs: ImageRef[] = [];
    for (let n = 0; n < 23; n++) refs.push(await put(media, n));
    // Every third image is named by its own run; the rest by nothing.
    for (let n = 0; n < 23; n += 3) await saveRun(library, runRecord(`r${n}`, 'p', { params: withFirst(refs[n]!) }));
    for (let n = 0; n < 9; n++) await savePrompt(library, { id: `p${n}`, baseRev: 0, draft: { title: 't', text: 'x', tags: [] }, now: t0, conflictCopyId: `c${n}` });
    const removed = await sweep(library, media, t0 + 2 * day, 4);
    expect(removed.images).toBe(23 - 8);
    const keys = await mediaKeys(media);
    expect(keys).toContain(mediaKey.video('r1'));
    expect(keys).toContain(mediaKey.thumb('r1'));
    for (let n = 0; n < 23; n++) expect(keys.includes(mediaKey.image(refs[n]!.id))).toBe(n % 3 === 0);
  });
});
