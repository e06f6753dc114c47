import { createStoreIn, databaseNames, ensureSchema, StorageError, toStorageError, type KeyKind, type StorageErrorKind, type UseStore } from '../storage/db';
import { openChangeFeed, type Change, type ChangeFeed, type ChangeListener } from '../storage/sync';

export type StorageMode = 'opening' | 'persistent' | 'memory' | 'blocked';

/**
 * Owns the app's storage connections: the library store, the media store and the cross-tab
 * change feed. If the browser refuses IndexedDB, the app keeps working on an in-memory
 * database and says so; if another tab moved the schema ahead, this tab stops writing.
 */
export class AppStorage {
  /** The change feed's channel: tabs of one app share it (a test gives each simulated app its own). */
  readonly #feedName: string;
  #library: UseStore | undefined;
  #media: UseStore | undefined;
  #feed: ChangeFeed | undefined;
  #opening: Promise<void> | undefined;
  #persistRequested = false;
  #mode = $state<StorageMode>('opening');
  #persisted = $state<boolean | undefined>(undefined);

  constructor(options: { feedName?: string } = {}) {
    this.#feedName = options.feedName ?? 'laqta-changes';
  }

  /** Opens (once) and migrates the stores. Resolves when the library can be read. */
  open(factory?: IDBFactory): Promise<void> {
    this.#opening ??= this.#open(factory);
    return this.#opening;
  }

  async #open(given: IDBFactory | undefined): Promise<void> {
    this.#feed = openChangeFeed(this.#feedName);
    this.#feed.subscribe((change, origin) => {
      if (origin === 'remote' && change.type === 'schema') void this.#checkSchemaAfterUpgrade();
    });
    try {
      // Reading window.indexedDB itself throws in some locked-down browsers.
      const factory = given ?? globalThis.indexedDB;
      if (!factory) throw new StorageError('unavailable');
      const library = createStoreIn(factory, databaseNames.library, 'records');
      const migration = await ensureSchema(library);
      this.#library = library;
      this.#media = createStoreIn(factory, databaseNames.media, 'blobs');
      this.#mode = 'persistent';
      if (migration.from > 0 && migration.from !== migration.to) this.#feed.publish({ type: 'schema', version: migration.to });
      void navigator.storage?.persisted?.().then((p) => (this.#persisted = p)).catch(() => undefined);
    } catch (error) {
      const failure = toStorageError(error);
      if (failure.kind === 'newerSchema') {
        this.#mode = 'blocked';
        throw failure;
      }
      // IndexedDB refused (private mode, disabled storage): keep working in memory and say so.
      const { IDBFactory: MemoryFactory, IDBKeyRange: MemoryKeyRange } = await import('fake-indexeddb');
      const memory = new MemoryFactory() as unknown as IDBFactory;
      // Key ranges must come from the same engine as the database; the real one is unused from here on.
      Object.defineProperty(globalThis, 'IDBKeyRange', { value: MemoryKeyRange, configurable: true, writable: true });
      this.#library = createStoreIn(memory, databaseNames.library, 'records');
      await ensureSchema(this.#library);
      this.#media = createStoreIn(memory, databaseNames.media, 'blobs');
      this.#mode = 'memory';
    }
  }

  async #checkSchemaAfterUpgrade(): Promise<void> {
    if (!this.#library) return;
    try {
      await ensureSchema(this.#library);
    } catch (error) {
      if (toStorageError(error).kind === 'newerSchema') this.#mode = 'blocked';
    }
  }

  /** Where data goes: opening, IndexedDB, memory only (IndexedDB refused), or nowhere (a newer schema elsewhere). */
  get mode(): StorageMode {
    return this.#mode;
  }

  /** Whether the browser agreed to keep the data under storage pressure (undefined: not said). */
  get persisted(): boolean | undefined {
    return this.#persisted;
  }

  get library(): UseStore {
    if (!this.#library) throw new Error('storage used before open()');
    return this.#library;
  }

  get media(): UseStore {
    if (!this.#media) throw new Error('storage used before open()');
    return this.#media;
  }

  /** Tells other tabs which records changed (keys only). */
  publish(keys: string[]): void {
    this.#feed?.publish({ type: 'changed', keys });
  }

  /** Sends any message of the feed (a change, a request to another tab). */
  announce(change: Change): void {
    this.#feed?.publish(change);
  }

  /** Hears every change: this tab's own (`local`) and other tabs' (`remote`). */
  subscribe(listener: ChangeListener): () => void {
    if (!this.#feed) throw new Error('storage used before open()');
    return this.#feed.subscribe(listener);
  }

  /** Follows one kind of record from before its first read (see ChangeFeed.follow). */
  follow<T>(kind: KeyKind, read: () => Promise<T>, onIds: (ids: string[]) => unknown): Promise<T> {
    if (!this.#feed) throw new Error('storage used before open()');
    return this.#feed.follow(kind, read, onIds);
  }

  /** Turns a failure into the kind the UI has a sentence for; a schema refusal blocks this tab. */
  classify(error: unknown): StorageErrorKind {
    const kind = toStorageError(error).kind;
    if (kind === 'newerSchema') this.#mode = 'blocked';
    return kind;
  }

  /** Asks the browser to keep our data under storage pressure; called from a user gesture (a save). */
  requestPersistence(): void {
    if (this.#persistRequested || this.#mode !== 'persistent') return;
    this.#persistRequested = true;
    void navigator.storage?.persist?.().then((p) => (this.#persisted = p)).catch(() => undefined);
  }
}

export const appStorage = new AppStorage();
