/**
 * Start-up scheduling: work the first paint does not need waits until that frame is on screen
 * (`afterPaint`), or until the browser is idle (`whenIdle`), so it neither delays the first
 * paint nor sits in one long task with it.
 */

/** Runs `step` in a task after the next frame has been painted. */
export function afterPaint(step: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(step, 0);
    return;
  }
  // A hidden tab gets no frames: the timer makes sure the step still runs.
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    step();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}

/** Runs `step` when the browser is idle (at the latest after `timeout` ms). */
export function whenIdle(step: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => step(), { timeout });
  else setTimeout(step, 50);
}
