import { describe, expect, it } from 'vitest';
import { openLeases } from '../../../src/storage/leases';

/** A one-process stand-in for navigator.locks: exclusive locks, granted in request order. */
function memoryLocks(): Pick<LockManager, 'request'> {
  const tails = new Map<string, Promise<unknown>>();
  const held = new Set<string>();
  const request = (name: string, optionsOrCallback: LockOptions | LockGrantedCallback<unknown>, maybeCallback?: LockGrantedCallback<unknown>) => {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback)!;
    if (options.ifAvailable && held.has(name)) return Promise.resolve(callback(null));
    const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' } as Lock);
      } finally {
        held.delete(name);
      }
    });
    tails.set(name, run.catch(() => undefined));
    return run;
  };
  return { request: request as LockManager['request'] };
}

describe('run leases', () => {
  it('one tab holds a run; another waits and gets it when the first lets go', async () => {
    const locks = memoryLocks();
    const tabA = openLeases('run/', locks);
    const tabB = openLeases('run/', locks);
    const release = await tabA.tryTake('r1');
    expect(release).toBeTypeOf('function');
    expect(await tabB.tryTake('r1')).toBeUndefined();

    const order: string[] = [];
    tabB.whenFree('r1', async () => void order.push('B took over'));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    release!();
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['B took over']);
  });

  it('without Web Locks every tab acts alone: taking always succeeds and waiting work runs at once', async () => {
    const leases = openLeases('run/', null);
    expect(await leases.tryTake('r1')).toBeTypeOf('function');
    let ran = false;
    leases.whenFree('r1', async () => void (ran = true));
    await Promise.resolve();
    expect(ran).toBe(true);
  });
});
