/** A storyboard prompt's editor and its Generate panel: loaded when a storyboard is opened in Compose. */
export { default as StoryboardEditor } from './storyboard/StoryboardEditor.svelte';
export { default as StoryboardSide } from './storyboard/StoryboardSide.svelte';
