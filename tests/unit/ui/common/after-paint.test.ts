import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, whenIdle } from '../../../../src/ui/common/after-paint';

describe('start-up scheduling', () => {
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

  it('runs deferred work once, in a task after the next frame is on screen (the frame after it has begun)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const paint = frames();
    const step = vi.fn();
    afterPaint(step);
    vi.advanceTimersByTime(100);
    expect(step).not.toHaveBeenCalled();
    paint();
    vi.advanceTimersByTime(0);
    expect(step).not.toHaveBeenCalled();
    paint();
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(step).toHaveBeenCalledTimes(1);
    // The hidden-tab fallback does not run it a second time.
    vi.advanceTimersByTime(1000);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('still runs in a tab that gets no frames (hidden)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    frames();
    const step = vi.fn();
    afterPaint(step);
    vi.advanceTimersByTime(250);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('runs idle work at the latest after its timeout', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestIdleCallback'] });
    const step = vi.fn();
    whenIdle(step, 2000);
    vi.advanceTimersByTime(2000);
    expect(step).toHaveBeenCalledTimes(1);
  });
});
