/**
 * The stored work (library and draft) read once at start-up. The first view waits for it, so a
 * person sees their prompt in the first paint instead of "Loading…" and then the page a moment
 * later; only when the read is slow does the page frame paint first (`paintBy`).
 */
export class StartUp {
  #ready = $state(false);
  #loading: Promise<boolean> | undefined;
  readonly #load: () => Promise<void>;

  /** `load` reads the stored work; a failure is the storage layer's to report (its banner), not ours. */
  constructor(load: () => Promise<void>) {
    this.#load = load;
  }

  /** Starts the read (once); resolves when it is over: true when the stored work was read. */
  begin(): Promise<boolean> {
    this.#loading ??= this.#load()
      .then(() => true, () => false)
      .finally(() => (this.#ready = true));
    return this.#loading;
  }

  /**
   * Resolves when the read is over or `waitMs` has passed, whichever is first: a storage that hangs
   * (another tab holding an old version open) must not keep the page blank.
   */
  paintBy(waitMs: number): Promise<void> {
    return Promise.race([this.begin().then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
  }

  /** Whether the stored work has been read (or failed to be). */
  get ready(): boolean {
    return this.#ready;
  }
}
