/**
 * Start-up scheduling: work the first paint does not need waits until that frame is on screen
 * (`afterPaint`), or until the browser is idle (`whenIdle`), so it neither delays the first
 * paint nor sits in one long task with it.
 */

/**
 * Runs `step` in a task once the next frame is on screen: a frame's callbacks run before it is
 * painted, so the second frame's callback is the first moment the first one is surely shown.
 * (Heavy downloads started any earlier compete with the first view for the network.)
 */
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
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once, 0)));
  setTimeout(once, 250);
}

/** Runs `step` when the browser is idle (at the latest after `timeout` ms). */
export function whenIdle(step: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => step(), { timeout });
  else setTimeout(step, 50);
}

/**
 * Resolves in a new task: a long piece of start-up work split at these points leaves the page
 * free to answer a tap in between (no single task holds the main thread for long).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
