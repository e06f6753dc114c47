import { promisifyRequest, type UseStore } from 'idb-keyval';
import { currentSchemaVersion, migrateRecords } from './migrations';

export type { UseStore };

/** Names of the two databases: the library's records, and media blobs kept apart from them. */
export const databaseNames = { library: 'laqta-library', media: 'laqta-media' } as const;

/**
 * Like idb-keyval's createStore, but on an injected IDBFactory (so the app can fall back to an
 * in-memory one) and resilient to a connection the browser closed behind our back: the next
 * transaction reopens it once instead of failing forever.
 */
export function createStoreIn(factory: IDBFactory, dbName: string, storeName: string): UseStore {
  let dbp: Promise<IDBDatabase> | undefined;
  const open = () => {
    if (dbp) return dbp;
    const request = factory.open(dbName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    dbp = promisifyRequest(request);
    dbp.then(
      (db) => {
        db.onclose = () => (dbp = undefined);
        // Another tab wants to upgrade the database: let it, and reopen on our next use.
        db.onversionchange = () => {
          db.close();
          dbp = undefined;
        };
      },
      () => (dbp = undefined),
    );
    return dbp;
  };
  const begin = (db: IDBDatabase, mode: IDBTransactionMode) => db.transaction(storeName, mode).objectStore(storeName);
  return async (mode, callback) => {
    let db = await open();
    let os: IDBObjectStore;
    try {
      os = begin(db, mode);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
      dbp = undefined;
      db = await open();
      os = begin(db, mode);
    }
    return callback(os);
  };
}

/**
 * Key layout of the library database: one record per key, typed by prefix. Exports take only
 * the library kinds (prompt, version, template, collection, comparison, run); `settings/` and
 * `vault/` never leave the device.
 */
export const recordKey = {
  prompt: (id: string) => `prompt/${id}`,
  version: (id: string, rev: number) => `version/${id}/${String(rev).padStart(8, '0')}`,
  template: (id: string) => `template/${id}`,
  collection: (id: string) => `collection/${id}`,
  comparison: (id: string) => `comparison/${id}`,
  run: (id: string) => `run/${id}`,
  draft: (name: string) => `draft/${name}`,
  settings: (name: string) => `settings/${name}`,
  vault: (provider: string) => `vault/${provider}`,
  schema: 'meta/schema',
  /** The kind and id of a record key (`run/abc` → run, abc; a version's id is `<promptId>/<rev>`). */
  parse(key: string): { kind: KeyKind; id: string } | undefined {
    const slash = key.indexOf('/');
    const kind = key.slice(0, slash);
    return slash > 0 && slash < key.length - 1 && (keyKinds as readonly string[]).includes(kind) ? { kind: kind as KeyKind, id: key.slice(slash + 1) } : undefined;
  },
} as const;

const keyKinds = ['prompt', 'version', 'template', 'collection', 'comparison', 'run', 'draft', 'settings', 'vault'] as const;
/** The typed prefixes of library keys. */
export type KeyKind = (typeof keyKinds)[number];

/** Keys of the media database (video bytes and thumbnails live apart from the library). */
export const mediaKey = {
  video: (runId: string) => `video/${runId}`,
  thumb: (runId: string) => `thumb/${runId}`,
  /** An image input, by the SHA-256 of its bytes (see domain/image-inputs). */
  image: (id: string) => `image/${id}`,
  /** When an image was last stored or newly used, and its size (domain/image-usage ImageStamp): read by the clean-up without touching bytes. */
  imageStamp: (id: string) => `stamp/image/${id}`,
} as const;

/** All keys of one kind ("prompt", "run", …) or below one prefix ("version/<id>"). */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(`${prefix}/`, `${prefix}/\uffff`);
}

export type StorageErrorKind = 'quota' | 'unavailable' | 'newerSchema' | 'failed';

/** An expected storage failure, as a value the UI turns into a sentence. */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    cause?: unknown,
  ) {
    super(`storage: ${kind}`, { cause });
    this.name = 'StorageError';
  }
}

/** Quota errors under every engine's name and legacy code. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const { name, code } = error as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', error);
  if (error instanceof DOMException && (error.name === 'InvalidStateError' || error.name === 'UnknownError'))
    return new StorageError('unavailable', error);
  return new StorageError('failed', error);
}

/**
 * Runs `body` inside one transaction and resolves with its result only after the transaction
 * has completed (so "saved" is never said early). If `body` throws or rejects, the transaction
 * is aborted and nothing it wrote is kept.
 */
export function transact<T>(store: UseStore, mode: IDBTransactionMode, body: (os: IDBObjectStore) => T | Promise<T>): Promise<T> {
  return store(mode, (os) => {
    const tx = os.transaction;
    const completed = promisifyRequest(tx);
    let outcome: Promise<T>;
    try {
      outcome = Promise.resolve(body(os));
    } catch (error) {
      outcome = Promise.reject(error);
    }
    const guarded = outcome.catch((error: unknown) => {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      completed.catch(() => undefined);
      throw error;
    });
    return Promise.all([guarded, completed]).then(([value]) => value);
  }).catch((error: unknown) => {
    throw toStorageError(error);
  });
}

/** One request inside a transaction, as a promise. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return promisifyRequest(req);
}

interface SchemaRecord {
  type: 'schema';
  version: number;
}

/**
 * Brings the library's records to the current schema, inside one transaction: a new database is
 * stamped, an older one migrated, and a newer one (written by a newer Laqta in another tab) is
 * refused so this tab never writes records it does not understand.
 */
export async function ensureSchema(store: UseStore): Promise<{ from: number; to: number }> {
  return transact(store, 'readwrite', async (os) => {
    const meta = (await request(os.get(recordKey.schema))) as SchemaRecord | undefined;
    const from = meta?.version ?? 0;
    if (from > currentSchemaVersion) throw new StorageError('newerSchema');
    if (from === currentSchemaVersion) return { from, to: from };
    if (from > 0) {
      const keys = (await request(os.getAllKeys())) as string[];
      const values = (await request(os.getAll())) as unknown[];
      const migrated = migrateRecords(
        keys.map((key, i) => ({ key, value: values[i] })),
        from,
      );
      for (const { key, value } of migrated) os.put(value, key);
      // Copies derived from records (cache/, see catalog.ts) are dropped; they are rebuilt from the migrated records.
      os.delete(IDBKeyRange.bound('cache/', 'cache/\uffff'));
    }
    os.put({ type: 'schema', version: currentSchemaVersion } satisfies SchemaRecord, recordKey.schema);
    return { from, to: currentSchemaVersion };
  });
}

/** Reads the stored schema version inside a write so a tab never writes over a newer schema. */
export async function assertSchemaCurrent(os: IDBObjectStore): Promise<void> {
  const meta = (await request(os.get(recordKey.schema))) as SchemaRecord | undefined;
  if (meta && meta.version > currentSchemaVersion) throw new StorageError('newerSchema');
}
