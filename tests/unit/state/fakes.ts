import { IDBFactory } from 'fake-indexeddb';
import { AppStorage } from '../../../src/state/storage.svelte';

let apps = 0;

/**
 * One browser profile for state tests: its own in-memory IndexedDB and its own change-feed
 * channel. Each `tab()` is a fresh AppStorage on them, so two tabs of one app are two objects in
 * one test, with no module mocking.
 */
export function fakeBrowser(): { factory: IDBFactory; feedName: string; tab: <S extends AppStorage>(storage?: S) => Promise<S | AppStorage> } {
  const factory = new IDBFactory();
  const feedName = `laqta-test-${++apps}`;
  return {
    factory,
    feedName,
    async tab(storage) {
      const s = storage ?? new AppStorage({ feedName });
      await s.open(factory);
      return s;
    },
  };
}

/** Opens one tab of a fresh browser. */
export async function openStorage(): Promise<AppStorage> {
  return fakeBrowser().tab();
}

/** Lets queued IndexedDB work and cross-tab messages arrive. */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
