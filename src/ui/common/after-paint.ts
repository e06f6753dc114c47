/**
 * Start-up scheduling: work the first paint does not need waits until that frame is on screen
 * (`afterPaint`), or until the browser is idle (`whenIdle`), so it neither delays the first
 * paint nor sits in one long task with it.
 */

/**
 * Runs `step` in a task once the page's first contents are on screen and the next frame after that
 * has begun (a frame's callbacks run before it is painted, so the second frame's callback is the
 * first moment the first one is surely shown). Heavy downloads started any earlier compete with the
 * first view for the network. The first contentful paint is the browser's own report of when that
 * paint was presented: frame callbacks alone can run before a slow frame reaches the screen.
 */
export function afterPaint(step: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(step, 0);
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    step();
  };
  void firstContentShown().then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once, 0))));
  // A hidden tab gets no frames and no paint: the timer makes sure the step still runs there.
  const whileHidden = () => {
    if (done) return;
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') once();
    else setTimeout(whileHidden, 250);
  };
  setTimeout(whileHidden, 250);
}

let contentShown: Promise<void> | undefined;

/** Resolves once the browser reports the first contentful paint (at once where it does not report paints). */
export function firstContentShown(): Promise<void> {
  contentShown ??= new Promise<void>((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
  return contentShown;
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
