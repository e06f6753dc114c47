import { applyBlocks, composeBlocks, locateSpans, type BlockKey, type Blocks } from '../domain/compose';
import { emptyShot, type Shot } from '../domain/shot';
import { compose } from './compose.svelte';

/**
 * The composer's verbs on the open prompt: Shot changes written into the text block by block,
 * hand edits held until the person chooses. Imported by the composer UI only (lazy-loaded).
 */

function generatedNow(): Blocks {
  return compose.generated ?? composeBlocks(compose.shot ?? emptyShot());
}

/** Applies a composer change: untouched blocks are rewritten in place, hand-edited ones are held. */
export function chooseShot(next: Shot): void {
  const out = applyBlocks(compose.text, generatedNow(), composeBlocks(next));
  compose.applyComposition({ shot: next, text: out.text, generated: out.generated, held: out.held });
}

/** "Replace my edit": writes the chips' text over the hand edit of one block. */
export function replaceEdit(key: BlockKey): void {
  const shot = compose.shot ?? emptyShot();
  const out = applyBlocks(compose.text, generatedNow(), composeBlocks(shot), [key]);
  compose.applyComposition({ shot, text: out.text, generated: out.generated, held: compose.held.filter((k) => k !== key) });
}

/** "Keep my edit": the block stays as typed; a later change to its chips asks again. */
export function keepEdit(key: BlockKey): void {
  const shot = compose.shot ?? emptyShot();
  const generated = { ...generatedNow(), [key]: composeBlocks(shot)[key] };
  compose.applyComposition({ shot, text: compose.text, generated, held: compose.held.filter((k) => k !== key) });
}

/** Where each composed block sits in the open text, and which were edited by hand. */
export function currentLayout(): { edited: BlockKey[] } {
  return locateSpans(compose.text, generatedNow());
}
