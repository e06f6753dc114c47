import type { Prompt, PromptVersion } from '../domain/prompt';
import type { Run } from '../domain/run';
import type { LibraryRecords } from '../domain/library-records';
import type { ImageStamp } from '../domain/image-usage';
import { stampPrompts } from './catalog';
import { assertSchemaCurrent, mediaKey, prefixRange, recordKey, request, StorageError, transact, type UseStore } from './db';

/** Every record a library file can carry, as stored. Never settings/, vault/, draft/ or meta/. */
export type ExportableRecords = LibraryRecords;

/**
 * Reads the exportable kinds by prefix, in one transaction. Prompts waiting out their undo
 * window after a delete are left out, with their versions, unless `withDeleted` (an import is
 * planned against them too: a file must never overwrite a deleted prompt's newer history).
 */
export async function readExportable(store: UseStore, options: { withDeleted?: boolean } = {}): Promise<ExportableRecords> {
  return transact(store, 'readonly', async (os) => {
    const all = <T>(prefix: string) => request(os.getAll(prefixRange(prefix))) as Promise<T[]>;
    const [prompts, versions, templates, collections, comparisons, runs] = await Promise.all([
      all<Prompt>('prompt'),
      all<PromptVersion>('version'),
      all<{ id: string }>('template'),
      all<{ id: string }>('collection'),
      all<{ id: string }>('comparison'),
      all<Run>('run'),
    ]);
    const deleted = new Set(options.withDeleted ? [] : prompts.filter((p) => p.deletedAt !== undefined).map((p) => p.id));
    return {
      prompts: prompts.filter((p) => !deleted.has(p.id)),
      versions: versions.filter((v) => !deleted.has(v.promptId)),
      templates,
      collections,
      comparisons,
      runs,
    };
  });
}

/** The stored video and thumbnail of each run that has them, by run id. */
export async function readRunMedia(media: UseStore, runs: readonly Run[]): Promise<Map<string, { video?: Blob; thumb?: Blob }>> {
  return transact(media, 'readonly', async (os) => {
    const out = new Map<string, { video?: Blob; thumb?: Blob }>();
    await Promise.all(
      runs
        .filter((r) => r.media)
        .map(async (run) => {
          const [video, thumb] = await Promise.all([
            request(os.get(mediaKey.video(run.id))) as Promise<Blob | undefined>,
            request(os.get(mediaKey.thumb(run.id))) as Promise<Blob | undefined>,
          ]);
          if (video) out.set(run.id, { video, ...(thumb ? { thumb } : {}) });
        }),
    );
    return out;
  });
}

type GuardedKind = 'prompt' | 'template' | 'collection' | 'comparison' | 'run';

/** Everything one import writes, already validated and resolved. */
export interface ImportBatch extends LibraryRecords {
  media: { runId: string; video: Blob; thumb?: Blob }[];
  /** Image inputs by id (the SHA-256 of their bytes: writing one that is already here changes nothing). */
  images?: { id: string; blob: Blob }[];
  /** Records being replaced, as JSON when the preview was made: if one changed since, nothing is written. */
  guards: { kind: GuardedKind; id: string; expected: string }[];
}

/** The library changed (another tab, another save) between the preview and the confirmation. */
export class ChangedSincePreviewError extends Error {
  constructor(readonly key: string) {
    super(`changed since the preview: ${key}`);
    this.name = 'ChangedSincePreviewError';
  }
}

/**
 * Writes an import all-or-nothing. Media first, in one transaction on the media store (if it
 * fails, the library was never touched); then every record in ONE readwrite transaction on the
 * library store, which first checks the schema and the guards. If that fails, the media
 * transaction is undone (new blobs deleted, overwritten ones put back), so nothing
 * half-imported remains. Resolves with the keys written, after both transactions completed.
 */
export async function writeImport(library: UseStore, media: UseStore, batch: ImportBatch): Promise<string[]> {
  const mediaWrites: (readonly [string, unknown])[] = batch.media.flatMap(({ runId, video, thumb }) => [
    [mediaKey.video(runId), video] as const,
    ...(thumb ? [[mediaKey.thumb(runId), thumb] as const] : []),
  ]);
  const now = Date.now();
  for (const { id, blob } of batch.images ?? []) {
    mediaWrites.push([mediaKey.image(id), blob] as const);
    // Stamped as just stored, so an image-cleanup pass that read the library before this import keeps it.
    mediaWrites.push([mediaKey.imageStamp(id), { storedAt: now, bytes: blob.size } satisfies ImageStamp] as const);
  }
  let previous = new Map<string, unknown>();
  if (mediaWrites.length) {
    previous = await transact(media, 'readonly', async (os) => {
      const pairs = await Promise.all(mediaWrites.map(async ([key]) => [key, (await request(os.get(key))) as unknown] as const));
      return new Map(pairs);
    });
    await transact(media, 'readwrite', (os) => {
      for (const [key, blob] of mediaWrites) os.put(blob, key);
    });
  }
  try {
    return await transact(library, 'readwrite', async (os) => {
      await assertSchemaCurrent(os);
      const keyOf = { prompt: recordKey.prompt, template: recordKey.template, collection: recordKey.collection, comparison: recordKey.comparison, run: recordKey.run };
      for (const g of batch.guards) {
        const key = keyOf[g.kind](g.id);
        const stored = await request(os.get(key));
        if (JSON.stringify(stored) !== g.expected) throw new ChangedSincePreviewError(key);
      }
      const entries: [string, unknown][] = [];
      for (const p of batch.prompts) entries.push([recordKey.prompt(p.id), p]);
      for (const v of batch.versions) entries.push([recordKey.version(v.promptId, v.rev), v]);
      for (const t of batch.templates) entries.push([recordKey.template(t.id), t]);
      for (const c of batch.collections) entries.push([recordKey.collection(c.id), c]);
      for (const c of batch.comparisons) entries.push([recordKey.comparison(c.id), c]);
      for (const run of batch.runs) {
        // Media keys are this store's to decide, never the file's.
        const media = run.media ? { ...run.media, video: mediaKey.video(run.id), ...(run.media.thumb ? { thumb: mediaKey.thumb(run.id) } : {}) } : undefined;
        entries.push([recordKey.run(run.id), media ? { ...run, media } : run]);
      }
      await putInSlices(os, entries);
      if (batch.prompts.length) stampPrompts(os);
      return entries.map(([key]) => key);
    });
  } catch (error) {
    if (mediaWrites.length) await undoMedia(media, previous);
    // transact wraps every failure in a StorageError; a changed record is its own sentence.
    const cause = error instanceof StorageError ? error.cause : undefined;
    throw cause instanceof ChangedSincePreviewError ? cause : error;
  }
}

/**
 * Puts many records in slices, each slice issued when the previous one's last write succeeded:
 * still one transaction (all or nothing), but every put copies its value on the main thread, and
 * a slice at a time keeps each task short (40,000 records in one go held the page for seconds).
 */
export const putSlice = 250;

async function putInSlices(os: IDBObjectStore, entries: readonly [string, unknown][]): Promise<void> {
  for (let start = 0; start < entries.length; start += putSlice) {
    let last: IDBRequest | undefined;
    for (const [key, value] of entries.slice(start, start + putSlice)) last = os.put(value, key);
    if (last && start + putSlice < entries.length) await request(last);
  }
}

async function undoMedia(media: UseStore, previous: Map<string, unknown>): Promise<void> {
  await transact(media, 'readwrite', (os) => {
    for (const [key, value] of previous) {
      if (value !== undefined) os.put(value, key);
      else os.delete(key);
    }
  });
}

interface BackupRecord {
  type: 'lastBackup';
  at: number;
}

/** Remembers when the whole library was last exported as a .laqta.json or .zip (a backup). */
export async function recordBackup(store: UseStore, at: number): Promise<void> {
  await transact(store, 'readwrite', (os) => void os.put({ type: 'lastBackup', at } satisfies BackupRecord, recordKey.settings('lastBackup')));
}

/** When the whole library was last backed up, if ever. */
export async function lastBackup(store: UseStore): Promise<number | undefined> {
  const record = await transact(store, 'readonly', (os) => request(os.get(recordKey.settings('lastBackup'))) as Promise<BackupRecord | undefined>);
  return record?.at;
}
