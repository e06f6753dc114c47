import { imageLimits, isImageId, type ImageRef, type ImageType } from '../domain/image-inputs';
import type { ImageStamp } from '../domain/image-usage';
import { mediaKey, request, transact, type UseStore } from './db';
import { sniffMedia } from './runs';

/**
 * Image inputs in the media store, one blob per picture under `image/<sha-256>`: the same bytes
 * are stored once, and a record names them by that id (never carries them). A write resolves
 * after its transaction completed. Beside each blob, `stamp/image/<id>` says when it was last
 * stored or newly used (see image-cleanup.ts: an unused image is removed only a day after that).
 */

/** The hex SHA-256 of some bytes: an image's id. */
export async function imageIdOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Bytes that are not PNG, JPEG or WebP, or larger than an image input may be. */
export class ImageRefused extends Error {
  constructor(readonly reason: 'type' | 'size') {
    super(`image refused: ${reason}`);
    this.name = 'ImageRefused';
  }
}

/** Stores an encoded image (its type sniffed from its bytes) and returns the reference a record keeps. */
export async function putImage(media: UseStore, blob: Blob, size: { width: number; height: number }, now = Date.now()): Promise<ImageRef> {
  if (blob.size > imageLimits.fileBytes) throw new ImageRefused('size');
  const bytes = await blob.arrayBuffer();
  const type = sniffMedia(new Uint8Array(bytes.slice(0, 16)));
  if (type !== 'image/png' && type !== 'image/jpeg' && type !== 'image/webp') throw new ImageRefused('type');
  const id = await imageIdOf(bytes);
  const typed = new Blob([bytes], { type });
  await transact(media, 'readwrite', (os) => {
    os.put(typed, mediaKey.image(id));
    os.put({ storedAt: now, bytes: typed.size } satisfies ImageStamp, mediaKey.imageStamp(id));
  });
  return { id, mimeType: type satisfies ImageType, width: size.width, height: size.height, bytes: blob.size };
}

export async function getImage(media: UseStore, id: string): Promise<Blob | undefined> {
  if (!isImageId(id)) return undefined;
  return transact(media, 'readonly', (os) => request(os.get(mediaKey.image(id))) as Promise<Blob | undefined>);
}

/** The stored blobs of these ids (missing ones are absent from the map), in one transaction. */
export async function getImages(media: UseStore, ids: Iterable<string>): Promise<Map<string, Blob>> {
  const wanted = [...new Set(ids)].filter(isImageId);
  if (!wanted.length) return new Map();
  return transact(media, 'readonly', async (os) => {
    const found = await Promise.all(wanted.map(async (id) => [id, (await request(os.get(mediaKey.image(id)))) as Blob | undefined] as const));
    return new Map(found.filter((pair): pair is readonly [string, Blob] => pair[1] instanceof Blob));
  });
}

/**
 * Marks stored images as just used, so the clean-up keeps them for another day: called before a
 * record that names them is written (a clean-up that read the library before that write then finds
 * a fresh stamp when it re-checks, and keeps the image). Ids with no stored image are skipped.
 */
export async function touchImages(media: UseStore, ids: Iterable<string>, now = Date.now()): Promise<void> {
  const wanted = [...new Set(ids)].filter(isImageId);
  if (!wanted.length) return;
  await transact(media, 'readwrite', async (os) => {
    await Promise.all(
      wanted.map(async (id) => {
        const [key, stamp] = await Promise.all([request(os.getKey(mediaKey.image(id))), request(os.get(mediaKey.imageStamp(id))) as Promise<ImageStamp | undefined>]);
        if (key === undefined) return;
        os.put({ storedAt: now, bytes: stamp?.bytes ?? (await blobSize(os, id)) } satisfies ImageStamp, mediaKey.imageStamp(id));
      }),
    );
  });
}

/** The size of a stored image (a handle to the blob is read, not its bytes). */
export async function blobSize(os: IDBObjectStore, id: string): Promise<number> {
  const blob = (await request(os.get(mediaKey.image(id)))) as Blob | undefined;
  return blob instanceof Blob ? blob.size : 0;
}
