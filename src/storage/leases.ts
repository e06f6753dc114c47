/**
 * Cross-tab leases on named work (one run polled by one tab), built on the Web Locks API: a tab
 * holds a run's lock while it drives the run, and the browser frees it when that tab finishes,
 * closes or crashes, so another tab can take over. Without Web Locks (old browsers, Node) each
 * tab acts alone, as if it were the only one.
 */
export interface Leases {
  /** Takes the lease if no tab holds it; resolves with its release, or undefined when another tab holds it. */
  tryTake(name: string): Promise<(() => void) | undefined>;
  /**
   * Waits until the lease is free (at once if it is), then holds it while `work` runs: the
   * lease goes back when the promise `work` returns settles.
   */
  whenFree(name: string, work: () => Promise<void>): void;
}

type LockManagerLike = Pick<LockManager, 'request'>;

export function openLeases(prefix: string, locks: LockManagerLike | null = globalThis.navigator?.locks ?? null): Leases {
  if (!locks) {
    return {
      tryTake: async () => () => undefined,
      whenFree: (_name, work) => void work().catch(() => undefined),
    };
  }
  return {
    tryTake: (name) =>
      new Promise((resolve, reject) => {
        locks
          .request(`${prefix}${name}`, { ifAvailable: true }, (lock) => {
            if (!lock) return resolve(undefined);
            return new Promise<void>((release) => resolve(() => release()));
          })
          .catch(reject);
      }),
    whenFree: (name, work) => {
      void locks.request(`${prefix}${name}`, () => work().catch(() => undefined)).catch(() => undefined);
    },
  };
}
