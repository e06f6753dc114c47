import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { inSteps } from '../../../../src/ui/common/in-steps.svelte';

const aTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('building a component in steps', () => {
  it('builds the first part at once, the rest in later tasks, and stops at the last', async () => {
    let steps!: { readonly built: number };
    const stop = $effect.root(() => {
      steps = inSteps(3);
    });
    flushSync();
    expect(steps.built).toBe(1);
    await vi.waitFor(() => {
      flushSync();
      expect(steps.built).toBe(3);
    });
    for (let i = 0; i < 3; i++) await aTask();
    flushSync();
    expect(steps.built).toBe(3);
    stop();
  });

  it('starting with every part built (a phone’s folded groups) builds nothing more; a torn-down one stops growing', async () => {
    let all!: { readonly built: number };
    let partial!: { readonly built: number };
    const stop = $effect.root(() => {
      all = inSteps(8, 8);
      partial = inSteps(4);
    });
    flushSync();
    stop();
    for (let i = 0; i < 3; i++) await aTask();
    expect(all.built).toBe(8);
    expect(partial.built).toBe(1);
  });
});
