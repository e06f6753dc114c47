import { nextTask } from './after-paint';

/**
 * How many of a component's `total` parts are built so far: `first` at once, then one more per
 * task, so a large component is never one long task (each part lands below the last, so nothing
 * on screen moves). Call it while a component initialises (it uses an effect).
 */
export function inSteps(total: number, first = 1): { readonly built: number } {
  let built = $state(first);
  $effect(() => {
    if (built >= total) return;
    let cancelled = false;
    void nextTask().then(() => {
      if (!cancelled) built += 1;
    });
    return () => {
      cancelled = true;
    };
  });
  return {
    get built() {
      return built;
    },
  };
}
