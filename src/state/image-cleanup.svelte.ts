import { collectImageIds } from '../domain/image-usage';
import { recordKey, type UseStore } from '../storage/db';
import type { Pause } from '../storage/image-cleanup';
import type { ChangeListener } from '../storage/sync';
import { appStorage, type StorageMode } from './storage.svelte';

export interface ImageCleanupDeps {
  storage: { readonly library: UseStore; readonly media: UseStore; readonly mode: StorageMode; subscribe(listener: ChangeListener): () => void };
  now?: () => number;
  /** Runs `step` after `delayMs`, when the browser is idle; returns a cancel. */
  later?: (delayMs: number, step: () => void) => () => void;
  /** Waits between slices of work (idle time in the browser). */
  pause?: Pause;
}

/** A clean-up waits this long after start-up (it is never on the first view's path)… */
export const startDelayMs = 60_000;
/** …and this long after a prompt or run was deleted for good. */
export const afterDeleteMs = 5_000;

const idleLater = (delayMs: number, step: () => void) => {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => step(), { timeout: 10_000 });
    else step();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
};

const idlePause: Pause = () =>
  new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0)));

/**
 * Removes image inputs that nothing uses any more (storage/image-cleanup.ts does the reading and
 * removing): no saved prompt, version, run or storyboard names them, nor this tab's unsaved work
 * (`hold`), and they were stored or last newly used more than a day ago. Runs in idle time some
 * time after start-up and after deletions, one pass at a time; what it freed is shown in Settings.
 */
export class ImageCleanup {
  readonly #storage: ImageCleanupDeps['storage'];
  readonly #now: () => number;
  readonly #later: NonNullable<ImageCleanupDeps['later']>;
  readonly #pause: Pause;
  readonly #holders = new Set<() => unknown>();
  /** The pending pass: its delay and how to cancel it. */
  #scheduled: { delayMs: number; cancel: () => void } | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #freed = $state.raw({ images: 0, bytes: 0 });

  constructor(deps: ImageCleanupDeps) {
    this.#storage = deps.storage;
    this.#now = deps.now ?? Date.now;
    this.#later = deps.later ?? idleLater;
    this.#pause = deps.pause ?? idlePause;
  }

  /** Images removed (and their bytes) by this tab since it opened. */
  get freed(): { images: number; bytes: number } {
    return this.#freed;
  }

  /** Unsaved work of this tab that may name images (read at each pass); returns a release. */
  hold(source: () => unknown): () => void {
    this.#holders.add(source);
    return () => this.#holders.delete(source);
  }

  /**
   * Asks for a pass after `delayMs` in idle time. Several asks before it starts make one pass, at
   * the shortest delay asked (a deletion soon after start-up does not wait for the start-up pass).
   */
  soon(delayMs = afterDeleteMs): void {
    if (this.#scheduled && this.#scheduled.delayMs <= delayMs) return;
    this.#scheduled?.cancel();
    const cancel = this.#later(delayMs, () => {
      this.#scheduled = undefined;
      void this.run();
    });
    this.#scheduled = { delayMs, cancel };
  }

  /** The pass after start-up. */
  afterStart(): void {
    this.soon(startDelayMs);
  }

  /**
   * Marks the images named in `value` as just used, before a record naming them is written: a
   * pass that read the library before that write then finds them fresh and keeps them.
   */
  async keepFresh(value: unknown): Promise<void> {
    const ids = new Set<string>();
    collectImageIds(value, ids);
    if (!ids.size || !this.#usable()) return;
    // Loaded when first needed: the library that owns this is on the first view's path, the clean-up is not.
    const { touchImages } = await import('../storage/images');
    await touchImages(this.#storage.media, ids, this.#now()).catch(() => undefined);
  }

  /** One pass now (or, if one is running, one more right after it). Never throws. */
  run(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#pass()
      .catch(() => undefined)
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          void this.run();
        }
      });
    return this.#running;
  }

  #usable(): boolean {
    return this.#storage.mode === 'persistent' || this.#storage.mode === 'memory';
  }

  async #pass(): Promise<void> {
    if (!this.#usable()) return;
    const { listOldImages, removeImages, strike, withoutNamedBy, withoutUsedImages } = await import('../storage/image-cleanup');
    const { library, media } = this.#storage;
    const now = this.#now();
    const pause = this.#pause;
    const old = await listOldImages(media, now, { pause });
    if (!old.length) return;
    // Records written while the library is read (here or in another tab) are read again after it.
    const changed: string[] = [];
    const stop = this.#storage.subscribe((change) => {
      if (change.type === 'changed') changed.push(...change.keys.filter((key) => recordKey.parse(key)));
    });
    try {
      const left = await withoutUsedImages(library, old.map((c) => c.id), { pause });
      for (let seen = 0; seen < changed.length && left.size; ) {
        const keys = [...new Set(changed.slice(seen))];
        seen = changed.length;
        await withoutNamedBy(library, keys, left);
      }
      strike([...this.#holders].map((source) => source()), left);
      if (!left.size) return;
      const removed = await removeImages(media, old.filter((c) => left.has(c.id)), now, { pause });
      if (removed.images) this.#freed = { images: this.#freed.images + removed.images, bytes: this.#freed.bytes + removed.bytes };
    } finally {
      stop();
    }
  }
}

export const imageCleanup = new ImageCleanup({ storage: appStorage });
