import { describe, expect, it, vi } from 'vitest';
import { StartUp } from '../../../src/state/start-up.svelte';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('start-up', () => {
  it('reads the stored work once, however often it is asked', async () => {
    const load = vi.fn(() => Promise.resolve());
    const startUp = new StartUp(load);
    expect(startUp.ready).toBe(false);
    await Promise.all([startUp.begin(), startUp.begin(), startUp.paintBy(500)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(startUp.ready).toBe(true);
  });

  it('the first view waits for a quick read and is not held by a slow one', async () => {
    vi.useFakeTimers();
    try {
      const read = deferred();
      const startUp = new StartUp(() => read.promise);
      let painted = false;
      void startUp.paintBy(500).then(() => (painted = true));
      await vi.advanceTimersByTimeAsync(499);
      expect(painted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(painted).toBe(true);
      expect(startUp.ready).toBe(false);
      read.resolve();
      await expect(startUp.begin()).resolves.toBe(true);
      expect(startUp.ready).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed read still lets the page show (the storage banner says why) but reports it', async () => {
    const read = deferred();
    const startUp = new StartUp(() => read.promise);
    const begun = startUp.begin();
    read.reject(new Error('newer schema'));
    await expect(begun).resolves.toBe(false);
    expect(startUp.ready).toBe(true);
  });
});
