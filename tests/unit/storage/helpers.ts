import { IDBFactory } from 'fake-indexeddb';
import { createStoreIn, ensureSchema, type UseStore } from '../../../src/storage/db';

/** A brand-new, empty, migrated library store on its own in-memory IndexedDB. */
export async function freshLibraryStore(): Promise<{ store: UseStore; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const store = createStoreIn(factory as unknown as globalThis.IDBFactory, 'laqta-library', 'records');
  await ensureSchema(store);
  return { store, factory };
}
