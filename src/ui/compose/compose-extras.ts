/**
 * What Compose shows beside and below the prompt: the composer, the coach and the Generate panel.
 * Each is a chunk of its own, asked for at once once the prompt is on screen; each chunk is then
 * evaluated in its own task as it arrives (one chunk of all three took 75 ms in one go on a fast
 * laptop, several times that on a phone).
 */
export function loadExtras() {
  return {
    composer: import('../composer/Composer.svelte'),
    coach: import('../coach/CoachPanel.svelte'),
    generate: import('../generate/GeneratePanel.svelte'),
  };
}
