import type { Prompt } from '../domain/prompt';
import { prefixRange, request, transact, type UseStore } from './db';

/**
 * A start-up copy of every prompt record, kept as one value. Chromium reads 10,000 small records
 * one by one in seconds, one value of the same data in a fraction of that. The records stay the
 * truth: every write of a prompt record changes the stamp in its own transaction, and the copy is
 * used only while its stamp and the number of prompt records still match what is stored. It is
 * rebuilt off the main thread (catalog.worker.ts), never on a save's path.
 */
export const catalogKeys = { copy: 'cache/prompts', about: 'cache/promptsAbout', stamp: 'cache/promptsStamp' } as const;

/** Below this many prompts, reading the records themselves is quick: no copy is kept. */
export const catalogFrom = 1000;

interface CatalogAbout {
  stamp: string | undefined;
  count: number;
}

/** Marks, inside a write's own transaction, that prompt records changed (any copy is now stale). */
export function stampPrompts(os: IDBObjectStore): void {
  os.put(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`, catalogKeys.stamp);
}

/** Every prompt record (deleted-but-undoable ones included), from the copy when it is current. */
export async function readPrompts(store: UseStore): Promise<{ prompts: Prompt[]; fromCopy: boolean }> {
  return transact(store, 'readonly', async (os) => {
    const range = prefixRange('prompt');
    const [about, stamp, count] = (await Promise.all([request(os.get(catalogKeys.about)), request(os.get(catalogKeys.stamp)), request(os.count(range))])) as [
      CatalogAbout | undefined,
      string | undefined,
      number,
    ];
    if (about && about.stamp === stamp && about.count === count) {
      const copy = (await request(os.get(catalogKeys.copy))) as Prompt[] | undefined;
      if (copy && copy.length === count) return { prompts: copy, fromCopy: true };
    }
    return { prompts: (await request(os.getAll(range))) as Prompt[], fromCopy: false };
  });
}

/** Rewrites the copy from the records in one transaction (so it matches the stamp it records). */
export async function writeCatalog(store: UseStore, minimum = catalogFrom): Promise<number> {
  return transact(store, 'readwrite', async (os) => {
    const [stamp, prompts] = (await Promise.all([request(os.get(catalogKeys.stamp)), request(os.getAll(prefixRange('prompt')))])) as [string | undefined, Prompt[]];
    if (prompts.length < minimum) {
      os.delete(catalogKeys.copy);
      os.delete(catalogKeys.about);
      return 0;
    }
    os.put(prompts, catalogKeys.copy);
    os.put({ stamp, count: prompts.length } satisfies CatalogAbout, catalogKeys.about);
    return prompts.length;
  });
}

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Rebuilds the copy in a Worker `delayMs` after the last call (writes in a burst rebuild it
 * once). Where there are no Workers, or the library lives in memory, there is nothing to do.
 */
export function refreshCatalogSoon(delayMs = 10_000): void {
  if (typeof Worker === 'undefined') return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    const worker = new Worker(new URL('./catalog.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = done;
    worker.onerror = done;
    worker.postMessage('rebuild');
  }, delayMs);
}
