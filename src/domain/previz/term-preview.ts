import { emptyShot } from '../shot';
import type { Category } from '../vocabulary/index';
import { readShot, type PrevizRequest } from './read';

/** The vocabularies whose terms get a tiny looping preview in the composer. */
export const previewCategories: readonly Category[] = ['movement', 'shotSize', 'angle', 'lighting'];

export function hasTermPreview(category: Category): boolean {
  return previewCategories.includes(category);
}

/**
 * The shot that shows one term on its own: the term, on a plain medium-wide, eye-level set-up,
 * so what changes between two previews is the term and nothing else.
 */
export function termPreviewRequest(category: Category, id: string): PrevizRequest {
  const shot = emptyShot();
  if (category !== 'shotSize') shot.shotSize = ['medium-wide'];
  shot[category] = [id];
  return readShot(shot);
}
