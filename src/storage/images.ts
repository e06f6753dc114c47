import { imageLimits, isImageId, type ImageRef, type ImageType } from '../domain/image-inputs';
import { mediaKey, request, transact, type UseStore } from './db';
import { sniffMedia } from './runs';

/**
 * Image inputs in the media store, one blob per picture under `image/<sha-256>`: the same bytes
 * are stored once, and a record names them by that id (never carries them). A write resolves
 * after its transaction completed.
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
export async function putImage(media: UseStore, blob: Blob, size: { width: number; height: number }): Promise<ImageRef> {
  if (blob.size > imageLimits.fileBytes) throw new ImageRefused('size');
  const bytes = await blob.arrayBuffer();
  const type = sniffMedia(new Uint8Array(bytes.slice(0, 16)));
  if (type !== 'image/png' && type !== 'image/jpeg' && type !== 'image/webp') throw new ImageRefused('type');
  const id = await imageIdOf(bytes);
  const typed = new Blob([bytes], { type });
  await transact(media, 'readwrite', (os) => void os.put(typed, mediaKey.image(id)));
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
