import { isImageId } from './image-inputs';

/**
 * Which stored images are still used. Records name an image by its id (the SHA-256 of its bytes)
 * in many places (a prompt's or version's parameters, a run's, a storyboard shot's, the draft),
 * and more may come; so a record's references are found by walking the whole record for image
 * ids rather than by knowing each field. A string that merely looks like an id keeps an image:
 * keeping too much is safe, removing too much is not.
 */

/** How long an unused image is kept after it was last stored or used: another tab's unsaved draft may hold it. */
export const unusedImageGraceMs = 24 * 60 * 60 * 1000;

const maxDepth = 40;

/** Adds every image id found anywhere in `value` to `into`. */
export function collectImageIds(value: unknown, into: Set<string>, depth = 0): void {
  if (typeof value === 'string') {
    if (isImageId(value)) into.add(value);
    return;
  }
  if (typeof value !== 'object' || value === null || depth > maxDepth) return;
  if (Array.isArray(value)) {
    for (const item of value) collectImageIds(item, into, depth + 1);
    return;
  }
  for (const key in value) collectImageIds((value as Record<string, unknown>)[key], into, depth + 1);
}

/** When an image was last stored (or a record started using it) and how large it is. */
export interface ImageStamp {
  storedAt: number;
  bytes: number;
}

/** Whether an image last stamped at `storedAt` is old enough to remove if nothing uses it. */
export function pastGrace(storedAt: number, now: number): boolean {
  return now - storedAt > unusedImageGraceMs;
}
