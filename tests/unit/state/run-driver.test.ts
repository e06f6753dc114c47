import { describe, expect, it } from 'vitest';
import { newRun, type Run } from '../../../src/domain/run';
import type { Leases } from '../../../src/storage/leases';
import { RunDriver, type DriverDeps } from '../../../src/state/run-driver';

/** Web Locks as one browser keeps them: a lease has one holder, and a closed tab's leases go free. */
class FakeLocks {
  #holders = new Map<string, number>();
  #waiting = new Map<string, (() => void)[]>();
  #tabs = 0;

  tab(): Leases & { close(): void } {
    const me = ++this.#tabs;
    const take = (name: string) => {
      this.#holders.set(name, me);
      return () => this.#free(name, me);
    };
    return {
      tryTake: async (name) => (this.#holders.has(name) ? undefined : take(name)),
      whenFree: (name, work) => {
        const go = () => {
          const release = take(name);
          void work().finally(release);
        };
        if (!this.#holders.has(name)) go();
        else this.#waiting.set(name, [...(this.#waiting.get(name) ?? []), go]);
      },
      close: () => {
        for (const [name, holder] of [...this.#holders]) if (holder === me) this.#free(name, me);
      },
    };
  }

  held(name: string): boolean {
    return this.#holders.has(name);
  }

  #free(name: string, holder: number): void {
    if (this.#holders.get(name) !== holder) return;
    this.#holders.delete(name);
    const next = this.#waiting.get(name)?.shift();
    next?.();
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

const run = (id: string, over: Partial<Run> = {}): Run => ({
  ...newRun({ id, promptId: 'p1', rev: 1, text: 'a fox', params: { provider: 'openai', model: 'sora-2', seconds: 4, aspectRatio: '16:9', resolution: '720p' }, now: 1 }),
  ...over,
});

/** One tab's driver over a stored copy of the runs shared by every tab. */
function tab(locks: FakeLocks, stored: Map<string, Run>, over: Partial<DriverDeps> = {}) {
  const leases = locks.tab();
  const saved: Run[] = [];
  const takenOver: Run[] = [];
  const driver = new RunDriver({
    leases,
    read: async (id) => stored.get(id),
    show: () => undefined,
    save: async (r) => {
      saved.push(r);
      stored.set(r.id, r);
    },
    takeOver: async (r) => void takenOver.push(r),
    now: () => 99,
    changed: () => undefined,
    ...over,
  });
  return { driver, leases, saved, takenOver };
}

describe('run driver', () => {
  it('adopts a run no tab drives: a job the provider holds is polled from here, lease in hand', async () => {
    const locks = new FakeLocks();
    const stored = new Map([['r1', run('r1', { status: 'running', startedAt: 2, remote: { id: 'job-1' } })]]);
    const a = tab(locks, stored);
    a.driver.adopt(stored.get('r1')!);
    await tick();
    expect(a.takenOver.map((r) => r.id)).toEqual(['r1']);
    expect(a.driver.drives('r1')).toBe(true);
    expect(locks.held('r1')).toBe(true);
  });

  it('closes the books on a run left behind: one being sent is interrupted, one never sent is cancelled', async () => {
    const locks = new FakeLocks();
    const stored = new Map([
      ['sending', run('sending', { status: 'running', startedAt: 2 })],
      ['waiting', run('waiting')],
    ]);
    const a = tab(locks, stored);
    a.driver.adopt(stored.get('sending')!);
    a.driver.adopt(stored.get('waiting')!);
    await tick();
    expect(stored.get('sending')).toMatchObject({ status: 'failed', error: { kind: 'interrupted' }, finishedAt: 99 });
    expect(stored.get('waiting')).toMatchObject({ status: 'cancelled', error: { kind: 'notSent' }, finishedAt: 99 });
    expect(a.takenOver).toEqual([]);
  });

  it('lets a run go: its lease is free again, and a finished run is never adopted', async () => {
    const locks = new FakeLocks();
    const stored = new Map([['r1', run('r1', { status: 'running', startedAt: 2, remote: { id: 'job-1' } })]]);
    const a = tab(locks, stored);
    await a.driver.start('r1');
    expect(a.driver.drives('r1')).toBe(true);
    a.driver.letGo('r1');
    expect(a.driver.drives('r1')).toBe(false);
    expect(locks.held('r1')).toBe(false);
    a.driver.adopt(run('done', { status: 'succeeded' }));
    await tick();
    expect(locks.held('done')).toBe(false);
  });

  it('a second tab follows a run the first drives, and takes it over when the first tab closes', async () => {
    const locks = new FakeLocks();
    const stored = new Map([['r1', run('r1', { status: 'queued', startedAt: 2, remote: { id: 'job-1' } })]]);
    const a = tab(locks, stored);
    const b = tab(locks, stored);
    await a.driver.start('r1');
    b.driver.adopt(stored.get('r1')!);
    await tick();
    expect(b.takenOver).toEqual([]);
    expect(b.driver.drives('r1')).toBe(false);

    a.leases.close();
    await tick();
    expect(b.takenOver.map((r) => r.id)).toEqual(['r1']);
    expect(b.driver.drives('r1')).toBe(true);
  });

  it('a run that finished in the driving tab is not taken over when that tab closes', async () => {
    const locks = new FakeLocks();
    const stored = new Map([['r1', run('r1', { status: 'running', startedAt: 2, remote: { id: 'job-1' } })]]);
    const a = tab(locks, stored);
    const b = tab(locks, stored);
    await a.driver.start('r1');
    b.driver.adopt(stored.get('r1')!);
    stored.set('r1', { ...stored.get('r1')!, status: 'succeeded', finishedAt: 50 });
    a.driver.letGo('r1');
    await tick();
    expect(b.takenOver).toEqual([]);
    expect(b.saved).toEqual([]);
    expect(b.driver.drives('r1')).toBe(false);
    expect(locks.held('r1')).toBe(false);
  });

  it('lets the run go when storage fails at take-over, so it can be tried again', async () => {
    const locks = new FakeLocks();
    const stored = new Map([['r1', run('r1', { status: 'running', startedAt: 2, remote: { id: 'job-1' } })]]);
    const a = tab(locks, stored, { read: () => Promise.reject(new Error('disk')) });
    a.driver.adopt(stored.get('r1')!);
    await tick();
    expect(a.driver.drives('r1')).toBe(false);
    expect(locks.held('r1')).toBe(false);
  });
});
