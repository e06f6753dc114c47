/**
 * A storyboard prompt's editor and its Generate panel: loaded when a storyboard is opened or
 * started in Compose. It also gives Compose the storyboard writer (state/storyboard-writer.ts).
 */
import { newStoryboard, sequenceText } from '../../domain/storyboard';
import * as edits from '../../domain/storyboard-edit';
import { bindStoryboards } from '../../state/storyboard-writer';

bindStoryboards({ ...edits, newStoryboard: () => newStoryboard(), sequenceText });

export { default as StoryboardEditor } from './storyboard/StoryboardEditor.svelte';
export { default as StoryboardSide } from './storyboard/StoryboardSide.svelte';
