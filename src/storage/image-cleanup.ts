import { isImageId } from '../domain/image-inputs';
import { collectImageIds, pastGrace, type ImageStamp } from '../domain/image-usage';
import { mediaKey, request, transact, type KeyKind, type UseStore } from './db';
import { blobSize } from './images';

/**
 * The clean-up of image inputs nothing uses any more, in three steps that each read little and
 * hold no transaction long: the media store's image keys and stamps (never the bytes) give the
 * images old enough to go; the library's records, read a slice at a time, strike off every one
 * still named anywhere; and each image left is removed together with its stamp, in a transaction
 * that first re-reads the stamp and keeps the image if it was stored or used again meanwhile.
 * Only `image/<id>` keys are ever deleted here: videos and thumbnails are not touched.
 */

/** An image that may go: its stamp as read, which the removal compares with the stored one. */
export interface UnusedCandidate {
  id: string;
  storedAt: number;
  bytes: number;
}

/** Lets the browser breathe between slices (the caller may wait for idle time). */
export type Pause = () => Promise<void>;

const noPause: Pause = () => Promise.resolve();

/** Records that can name an image (keys and the vault cannot; `cache/` only copies prompts). */
export const referringKinds: readonly KeyKind[] = ['prompt', 'version', 'run', 'draft', 'comparison', 'template', 'collection', 'settings'];

const after = (prefix: string, last: string | undefined) =>
  last === undefined ? IDBKeyRange.bound(`${prefix}/`, `${prefix}/\uffff`) : IDBKeyRange.bound(last, `${prefix}/\uffff`, true, false);

/**
 * The stored images whose stamp is past the grace period. An image stored before stamps existed
 * is stamped now (with its size) and so counts from today.
 */
export async function listOldImages(media: UseStore, now: number, options: { slice?: number; pause?: Pause } = {}): Promise<UnusedCandidate[]> {
  const slice = options.slice ?? 500;
  const pause = options.pause ?? noPause;
  const old: UnusedCandidate[] = [];
  let last: string | undefined;
  for (;;) {
    const { ids, unstamped } = await transact(media, 'readonly', async (os) => {
      const keys = (await request(os.getAllKeys(after('image', last), slice))) as string[];
      const ids = keys.map((k) => k.slice('image/'.length));
      const stamps = await Promise.all(ids.map((id) => request(os.get(mediaKey.imageStamp(id))) as Promise<ImageStamp | undefined>));
      const unstamped: string[] = [];
      ids.forEach((id, i) => {
        const stamp = stamps[i];
        if (!stamp) unstamped.push(id);
        else if (isImageId(id) && pastGrace(stamp.storedAt, now)) old.push({ id, storedAt: stamp.storedAt, bytes: stamp.bytes });
      });
      return { ids: keys, unstamped };
    });
    if (unstamped.length) await stampNow(media, unstamped, now);
    if (ids.length < slice) return old;
    last = ids[ids.length - 1];
    await pause();
  }
}

async function stampNow(media: UseStore, ids: readonly string[], now: number): Promise<void> {
  await transact(media, 'readwrite', async (os) => {
    await Promise.all(
      ids.map(async (id) => {
        if (await request(os.get(mediaKey.imageStamp(id)))) return;
        os.put({ storedAt: now, bytes: await blobSize(os, id) } satisfies ImageStamp, mediaKey.imageStamp(id));
      }),
    );
  });
}

/**
 * Strikes off `candidates` every id that a record of the library names, reading the records a
 * slice at a time in short read-only transactions, and stopping as soon as none is left.
 * Returns the ids still unused.
 */
export async function withoutUsedImages(library: UseStore, candidates: Iterable<string>, options: { slice?: number; pause?: Pause } = {}): Promise<Set<string>> {
  const slice = options.slice ?? 250;
  const pause = options.pause ?? noPause;
  const left = new Set(candidates);
  for (const kind of referringKinds) {
    let last: string | undefined;
    while (left.size) {
      const keys = await transact(library, 'readonly', async (os) => {
        const range = after(kind, last);
        const [keys, values] = await Promise.all([request(os.getAllKeys(range, slice)), request(os.getAll(range, slice))]);
        strike(values, left);
        return keys as string[];
      });
      if (keys.length < slice) break;
      last = keys[keys.length - 1];
      await pause();
    }
  }
  return left;
}

/** Removes from `left` the ids that these values name. */
export function strike(values: readonly unknown[], left: Set<string>): void {
  if (!left.size) return;
  const named = new Set<string>();
  for (const value of values) collectImageIds(value, named);
  for (const id of named) left.delete(id);
}

/** Re-reads these library records (changed while the scan ran) and strikes off what they name. */
export async function withoutNamedBy(library: UseStore, keys: readonly string[], left: Set<string>): Promise<void> {
  if (!keys.length || !left.size) return;
  await transact(library, 'readonly', async (os) => {
    strike(await Promise.all(keys.map((key) => request(os.get(key)))), left);
  });
}

/**
 * Removes these images, each with its stamp, a slice per transaction. Inside that transaction each
 * stamp is read again: an image stored or used since the candidates were listed (its stamp moved)
 * or still inside the grace period is kept. Resolves with what was removed, after the commits.
 */
export async function removeImages(
  media: UseStore,
  candidates: readonly UnusedCandidate[],
  now: number,
  options: { slice?: number; pause?: Pause } = {},
): Promise<{ images: number; bytes: number }> {
  const slice = options.slice ?? 50;
  const pause = options.pause ?? noPause;
  let images = 0;
  let bytes = 0;
  for (let start = 0; start < candidates.length; start += slice) {
    const part = candidates.slice(start, start + slice).filter((c) => isImageId(c.id));
    const removed = await transact(media, 'readwrite', async (os) => {
      const stamps = await Promise.all(part.map((c) => request(os.get(mediaKey.imageStamp(c.id))) as Promise<ImageStamp | undefined>));
      const gone: UnusedCandidate[] = [];
      part.forEach((c, i) => {
        const stamp = stamps[i];
        if (!stamp || stamp.storedAt !== c.storedAt || !pastGrace(stamp.storedAt, now)) return;
        os.delete(mediaKey.image(c.id));
        os.delete(mediaKey.imageStamp(c.id));
        gone.push(c);
      });
      return gone;
    });
    images += removed.length;
    bytes += removed.reduce((sum, c) => sum + c.bytes, 0);
    if (start + slice < candidates.length) await pause();
  }
  return { images, bytes };
}
