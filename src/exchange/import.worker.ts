/// <reference lib="webworker" />
import { makeId } from '../domain/ids';
import { readImportFile, type ImportFile } from './read';

/**
 * Reads, parses and validates an import file off the main thread, so a 100 MB library never
 * freezes the page. Receives `{ file, now }`, answers with the Result of readImportFile
 * (records and media Blobs are structured-cloned back; nothing is written here).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function randomId(now: number): string {
  const bytes = new Uint32Array(10);
  crypto.getRandomValues(bytes);
  let i = 0;
  return makeId(now, () => (bytes[i++] ?? 0) / 0x1_0000_0000);
}

scope.onmessage = async (event: MessageEvent<{ file: ImportFile; now: number }>) => {
  const { file, now } = event.data;
  try {
    scope.postMessage({ done: true, result: await readImportFile(file, { now, newId: () => randomId(now) }) });
  } catch (error) {
    scope.postMessage({ done: false, message: error instanceof Error ? error.message : String(error) });
  }
};
