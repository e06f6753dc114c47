import type { Result } from './errors';
import type { ImportFile, ReadLibrary, ReadContext } from './read';

/** A read in progress: its outcome, and a way to stop it (the Worker is terminated). */
export interface PendingRead {
  result: Promise<Result<ReadLibrary>>;
  cancel: () => void;
}

/**
 * Reads an import file in a Worker. Where Workers do not exist (unit tests under jsdom), the
 * same pipeline runs in place.
 */
export function readInWorker(file: ImportFile, ctx: ReadContext): PendingRead {
  if (typeof Worker === 'undefined') {
    return { result: import('./read').then((m) => m.readImportFile(file, ctx)), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: ((r: Result<ReadLibrary>) => void) | undefined;
  let reject: ((e: Error) => void) | undefined;
  const result = new Promise<Result<ReadLibrary>>((res, rej) => {
    settle = res;
    reject = rej;
  });
  worker.onmessage = (event: MessageEvent<{ done: true; result: Result<ReadLibrary> } | { done: false; message: string }>) => {
    worker.terminate();
    if (event.data.done) settle?.(event.data.result);
    else reject?.(new Error(event.data.message));
  };
  worker.onerror = (event) => {
    worker.terminate();
    reject?.(new Error(event.message || 'import worker failed'));
  };
  worker.postMessage({ file, now: ctx.now });
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject?.(new DOMException('cancelled', 'AbortError'));
    },
  };
}
