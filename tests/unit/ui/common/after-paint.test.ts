import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Scheduling = typeof import('../../../../src/ui/common/after-paint');

describe('start-up scheduling', () => {
  let reportPaint: () => void;
  let scheduling: Scheduling;

  beforeEach(async () => {
    // The browser's paint reports, played by hand: `reportPaint()` is the first contentful paint.
    // Observers asking for buffered entries hear of a paint that happened before they observed.
    type Callback = (list: { getEntries(): { name: string }[] }) => void;
    const observers: Callback[] = [];
    const entries = { getEntries: () => [{ name: 'first-paint' }, { name: 'first-contentful-paint' }] };
    let painted = false;
    class FakePaintObserver {
      static supportedEntryTypes = ['paint'];
      constructor(private readonly callback: Callback) {}
      observe(options: { buffered?: boolean }) {
        observers.push(this.callback);
        if (painted && options.buffered) this.callback(entries);
      }
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    reportPaint = () => {
      painted = true;
      observers.forEach((cb) => cb(entries));
    };
    vi.resetModules();
    scheduling = await import('../../../../src/ui/common/after-paint');
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A page whose frames the test paints by hand. */
  function frames() {
    const pending: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => pending.push(cb));
    return () => pending.splice(0).forEach((cb) => cb(performance.now()));
  }

  it('runs deferred work once, in a task after the first contents are on screen and the next frame has begun', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const paint = frames();
    const step = vi.fn();
    scheduling.afterPaint(step);
    // Frames come and go, but until the browser reports the first contentful paint, nothing runs.
    paint();
    paint();
    await vi.advanceTimersByTimeAsync(1000);
    expect(step).not.toHaveBeenCalled();
    reportPaint();
    await vi.advanceTimersByTimeAsync(0);
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(step).not.toHaveBeenCalled();
    paint();
    expect(step).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(step).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('after the first paint, later work waits only for the next frame', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const paint = frames();
    reportPaint();
    await scheduling.firstContentShown();
    const step = vi.fn();
    scheduling.afterPaint(step);
    await vi.advanceTimersByTimeAsync(0);
    paint();
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('still runs in a tab that gets no frames and no paint (hidden)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    frames();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const step = vi.fn();
    scheduling.afterPaint(step);
    await vi.advanceTimersByTimeAsync(250);
    expect(step).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('runs idle work at the latest after its timeout', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestIdleCallback'] });
    const step = vi.fn();
    scheduling.whenIdle(step, 2000);
    vi.advanceTimersByTime(2000);
    expect(step).toHaveBeenCalledTimes(1);
  });
});
