import type { Category, Term } from '../vocabulary/index';
import { anglePictogram } from './angle';
import type { Pictogram } from './draw';
import { lensPictogram } from './lens';
import { movementPictogram } from './movement';
import { shotSizePictogram } from './shot-size';

export type { Box, Heading, Pictogram, Stroke, StrokeStyle } from './draw';

/** The vocabularies whose chips carry a pictogram: the camera's. */
export const pictogramCategories: readonly Category[] = ['shotSize', 'angle', 'lens', 'movement'];

/** The small drawing that makes a camera term recognisable without reading (other categories: none). */
export function pictogramFor(category: Category, term: Term): Pictogram | undefined {
  switch (category) {
    case 'shotSize':
      return shotSizePictogram(term.id);
    case 'angle':
      return anglePictogram(term.id);
    case 'lens':
      return lensPictogram(term.id);
    case 'movement':
      return movementPictogram(term.id, term.words);
    default:
      return undefined;
  }
}
