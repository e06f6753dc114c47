import type { Storyboard } from '../domain/storyboard';
import type * as edits from '../domain/storyboard-edit';

/** What Compose needs to start, change and rewrite a storyboard: domain/storyboard.ts's and storyboard-edit.ts's own functions. */
export interface StoryboardWriter extends Pick<typeof edits, 'withCast' | 'withShot' | 'withShotAdded' | 'withShotMoved' | 'withShotRemoved' | 'withShotSeconds' | 'withShotTransition'> {
  newStoryboard(): Storyboard;
  sequenceText(board: Storyboard): string;
}

let bound: StoryboardWriter | undefined;

/**
 * The storyboard modules write shots with the vocabularies (13 KB gzip), which the first paint
 * does not load. Compose's storyboard chunk (ui/compose/compose-storyboard.ts) binds them when it
 * loads: every storyboard change comes from that chunk's editor, and "New storyboard" loads it first.
 */
export function bindStoryboards(writer: StoryboardWriter): void {
  bound = writer;
}

/** The bound writer; a storyboard change before it is bound is a programming error. */
export function storyboards(): StoryboardWriter {
  if (!bound) throw new Error('The storyboard writer is not loaded (ui/compose/compose-storyboard.ts binds it).');
  return bound;
}
