import { isFinished, resumeAction, type Run } from '../domain/run';
import type { Leases } from '../storage/leases';

/** What the driver needs from the runs it drives: reading, showing and saving them, and polling. */
export interface DriverDeps {
  /** Cross-tab leases, one per run (the Web Locks helper). */
  leases: Leases;
  /** The run's record as stored now. */
  read(id: string): Promise<Run | undefined>;
  /** Shows a record read at take-over. */
  show(run: Run): void;
  /** Writes a run's new record (the driver uses it to close the books on a run left behind). */
  save(run: Run): Promise<void>;
  /** A job the provider still holds, now this tab's: poll it (or wait for its key, lease in hand). */
  takeOver(run: Run): Promise<void>;
  now(): number;
  /** Something this tab drives changed (a take-over finished its first step). */
  changed(): void;
}

/**
 * Which runs this tab drives. One tab at a time drives a run: the tab that starts it, or the
 * first to take it over once no tab holds its lease (at once after a reload; when the driving
 * tab closes otherwise). Other tabs only follow it, so a job is never polled twice and never
 * marked interrupted while it is still being sent.
 */
export class RunDriver {
  readonly #deps: DriverDeps;
  /** Runs this tab drives, with the function that lets each go. */
  readonly #held = new Map<string, () => void>();
  /** Runs another tab drives, whose lease this tab waits for. */
  readonly #watching = new Set<string>();

  constructor(deps: DriverDeps) {
    this.#deps = deps;
  }

  /** True while this tab drives the run. */
  drives(id: string): boolean {
    return this.#held.has(id);
  }

  /** Drives a run this tab just created: a new id is free in every tab, and holding it keeps others off. */
  async start(id: string): Promise<void> {
    void this.#hold(id, await this.#deps.leases.tryTake(id));
  }

  /**
   * Takes charge of an unfinished run once no other tab drives it: polls a job the provider holds,
   * and closes the books on one that was being sent or waiting when its tab went away.
   */
  adopt(run: Run): void {
    if (isFinished(run) || this.#held.has(run.id) || this.#watching.has(run.id)) return;
    this.#watching.add(run.id);
    this.#deps.leases.whenFree(run.id, async () => {
      this.#watching.delete(run.id);
      const released = this.#hold(run.id);
      try {
        const fresh = await this.#deps.read(run.id);
        if (fresh) this.#deps.show(fresh);
        const action = fresh ? resumeAction(fresh) : 'none';
        if (!fresh || action === 'none') this.letGo(run.id);
        else if (action === 'interrupted') await this.#deps.save({ ...fresh, status: 'failed', error: { kind: 'interrupted' }, finishedAt: this.#deps.now() });
        else if (action === 'notSent') await this.#deps.save({ ...fresh, status: 'cancelled', error: { kind: 'notSent' }, finishedAt: this.#deps.now() });
        else await this.#deps.takeOver(fresh);
      } catch {
        // Storage failed: let the run go, so this tab or another can try again later.
        this.letGo(run.id);
      }
      this.#deps.changed();
      await released;
    });
  }

  /** Stops driving a run (it finished here, or was deleted): its lease goes back. */
  letGo(id: string): void {
    const release = this.#held.get(id);
    this.#held.delete(id);
    release?.();
  }

  /** Marks a run as driven by this tab; resolves when it is let go. */
  #hold(id: string, release?: () => void): Promise<void> {
    return new Promise((resolve) => {
      this.#held.set(id, () => {
        release?.();
        resolve();
      });
    });
  }
}
