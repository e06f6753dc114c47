/// <reference lib="webworker" />
// Rebuilds the start-up copy of the prompt records off the main thread (see catalog.ts).
import { createStoreIn, databaseNames } from './db';
import { writeCatalog } from './catalog';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async () => {
  try {
    await writeCatalog(createStoreIn(indexedDB, databaseNames.library, 'records'));
    scope.postMessage({ ok: true });
  } catch {
    // A copy that could not be written is simply not used; the records are read instead.
    scope.postMessage({ ok: false });
  }
};
