/**
 * What Compose shows beside and below the prompt: the composer, the coach and the Generate
 * panel. One chunk, loaded once the prompt is painted and rendered in one go, so nothing moves
 * twice and the first paint waits for none of it.
 */
export { default as Composer } from '../composer/Composer.svelte';
export { default as CoachPanel } from '../coach/CoachPanel.svelte';
export { default as GeneratePanel } from '../generate/GeneratePanel.svelte';
