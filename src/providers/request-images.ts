import { imageRefs, type ImageInputs, type ImageRef } from '../domain/image-inputs';
import type { InputImage, RequestImages } from './types';

/** An image a run names that storage no longer holds. */
export class ImageMissing extends Error {
  constructor(readonly id: string) {
    super(`image input ${id} is not stored`);
    this.name = 'ImageMissing';
  }
}

/** Base64 of a Blob's bytes, in slices (String.fromCharCode of a whole image overflows the stack). */
export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/**
 * Loads the images a request names, slot by slot, with `read` (the media store's getImages).
 * Rejects with ImageMissing when one is gone: such a run is never sent without it.
 */
export async function loadRequestImages(images: ImageInputs, read: (ids: string[]) => Promise<Map<string, Blob>>): Promise<RequestImages> {
  const blobs = await read(imageRefs(images).map((r) => r.id));
  const load = async (ref: ImageRef): Promise<InputImage> => {
    const blob = blobs.get(ref.id);
    if (!blob) throw new ImageMissing(ref.id);
    return { blob, base64: await base64Of(blob), mimeType: ref.mimeType, width: ref.width, height: ref.height };
  };
  const out: RequestImages = {};
  if (images.first) out.first = await load(images.first);
  if (images.last) out.last = await load(images.last);
  if (images.references?.length) out.references = await Promise.all(images.references.map(load));
  return out;
}
