import { i18n, t } from '../i18n/i18n.svelte';
import type { ImportError } from '../exchange/errors';
import { exportCsv } from '../exchange/csv';
import { exportLibraryJson, type ExportOptions } from '../exchange/json';
import { exportMarkdown, type BookLabels } from '../exchange/markdown';
import { exportShotLists, type ShotListLabels } from '../exchange/shot-list';
import { planImport, resolveImport, type ImportPlan, type Resolution } from '../exchange/plan';
import type { ImportSource } from '../exchange/read';
import { selectForExport, type ExportScope } from '../exchange/select';
import { readInWorker, type PendingRead } from '../exchange/worker-client';
import { buildZip } from '../exchange/zip';
import { imageIdsOf } from '../exchange/image-records';
import { getImages } from '../storage/images';
import { toStorageError, type StorageErrorKind } from '../storage/db';
import { ChangedSincePreviewError, lastBackup, readExportable, readRunMedia, recordBackup, writeImport } from '../storage/exchange';
import { library as sharedLibrary, type Library } from './library.svelte';
import { appStorage, type AppStorage } from './storage.svelte';
import { newId } from './ids';

export type ExportFormat = 'json' | 'zip' | 'markdown' | 'shotList' | 'csv';

/** Why an import stopped: a refusal of the file, or a failure while writing it. */
export type ImportFailure = ImportError | { kind: 'changedSincePreview' } | { kind: 'storage'; storage: StorageErrorKind } | { kind: 'unreadable' };

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'writing' | 'failed';

/** What the preview says about the file itself. */
export interface ImportedFileInfo {
  name: string;
  source: ImportSource;
  fileVersion?: number;
  exportedAt?: string;
  appVersion?: string;
  dropped: string[];
  /** Model ids the file carried that were refused (see domain/model-id). */
  refusedModels: string[];
}

const extensions: Record<ExportFormat, { ext: string; type: string }> = {
  json: { ext: '.laqta.json', type: 'application/json' },
  zip: { ext: '.zip', type: 'application/zip' },
  markdown: { ext: '.md', type: 'text/markdown;charset=utf-8' },
  shotList: { ext: '.md', type: 'text/markdown;charset=utf-8' },
  csv: { ext: '.csv', type: 'text/csv;charset=utf-8' },
};

/**
 * Files in and out of the library. An import goes: read and check the file in a Worker →
 * preview (nothing written) → the person's choices → one all-or-nothing write → the library
 * and other tabs hear of the new records.
 */
export class Exchange {
  #phase = $state<ImportPhase>('idle');
  #file = $state.raw<ImportedFileInfo | undefined>(undefined);
  #plan = $state.raw<ImportPlan | undefined>(undefined);
  #failure = $state.raw<ImportFailure | undefined>(undefined);
  /** The person's choice per conflicting item (`kind/id`); unset means keep both. */
  #choices = $state.raw<ReadonlyMap<string, Resolution>>(new Map());
  readonly #storage: AppStorage;
  readonly #library: Library;
  #reading: PendingRead | undefined;
  /** When the whole library was last exported as .laqta.json or .zip (undefined: never, or not read yet). */
  #lastBackupAt = $state<number | undefined>(undefined);
  #backupKnown = $state(false);

  constructor(storage: AppStorage, library: Library) {
    this.#storage = storage;
    this.#library = library;
  }

  get phase(): ImportPhase {
    return this.#phase;
  }

  get file(): ImportedFileInfo | undefined {
    return this.#file;
  }

  get plan(): ImportPlan | undefined {
    return this.#plan;
  }

  get failure(): ImportFailure | undefined {
    return this.#failure;
  }

  get choices(): ReadonlyMap<string, Resolution> {
    return this.#choices;
  }

  get lastBackupAt(): number | undefined {
    return this.#lastBackupAt;
  }

  get backupKnown(): boolean {
    return this.#backupKnown;
  }

  /** Reads when the last backup was made (for the reminder). */
  async loadBackupInfo(): Promise<void> {
    await this.#storage.open();
    this.#lastBackupAt = await lastBackup(this.#storage.library).catch(() => undefined);
    this.#backupKnown = true;
  }

  /** Reads and checks a file off the main thread, then plans the import. Writes nothing. */
  async open(file: File): Promise<void> {
    this.close();
    this.#phase = 'reading';
    this.#file = { name: file.name, source: 'json', dropped: [], refusedModels: [] };
    const reading = readInWorker(file, { now: Date.now(), newId: () => newId() });
    this.#reading = reading;
    try {
      const result = await reading.result;
      if (this.#reading !== reading) return;
      if (!result.ok) return this.#fail(result.error);
      const read = result.value;
      this.#file = {
        name: file.name,
        source: read.source,
        dropped: read.dropped,
        refusedModels: read.refusedModels,
        ...(read.fileVersion !== undefined ? { fileVersion: read.fileVersion } : {}),
        ...(read.exportedAt ? { exportedAt: read.exportedAt } : {}),
        ...(read.appVersion ? { appVersion: read.appVersion } : {}),
      };
      await this.#storage.open();
      this.#plan = planImport(read.records, read.media, await readExportable(this.#storage.library, { withDeleted: true }), read.images);
      this.#phase = 'preview';
    } catch (error) {
      if (this.#reading !== reading) return;
      this.#fail(error instanceof DOMException && error.name === 'AbortError' ? { kind: 'unreadable' } : { kind: 'storage', storage: toStorageError(error).kind });
    } finally {
      if (this.#reading === reading) this.#reading = undefined;
    }
  }

  choose(key: string, resolution: Resolution): void {
    this.#choices = new Map(this.#choices).set(key, resolution);
  }

  /** The same choice for every conflict. */
  chooseAll(resolution: Resolution): void {
    this.#choices = new Map((this.#plan?.conflicts ?? []).map((c) => [c.key, resolution]));
  }

  choiceFor(key: string): Resolution {
    return this.#choices.get(key) ?? 'keepBoth';
  }

  /** Writes the previewed import in one go; resolves with how many records were written. */
  async confirm(): Promise<number | undefined> {
    const plan = this.#plan;
    if (!plan || this.#phase !== 'preview') return undefined;
    this.#phase = 'writing';
    try {
      const now = Date.now();
      const writes = resolveImport(plan, this.#choices, { now, newId: () => newId(now), replaceNote: t('exchange.replaceNote') });
      const keys = await writeImport(this.#storage.library, this.#storage.media, writes);
      this.#storage.requestPersistence();
      this.#library.absorb(writes.prompts);
      if (keys.length) this.#storage.publish(keys);
      const written = writes.prompts.length + writes.templates.length + writes.collections.length + writes.comparisons.length + writes.runs.length;
      this.close();
      return written;
    } catch (error) {
      this.#fail(error instanceof ChangedSincePreviewError ? { kind: 'changedSincePreview' } : { kind: 'storage', storage: this.#storage.classify(error) });
      return undefined;
    }
  }

  /** Stops a read in progress and forgets the preview. Nothing was written. */
  close(): void {
    this.#reading?.cancel();
    this.#reading = undefined;
    this.#phase = 'idle';
    this.#plan = undefined;
    this.#failure = undefined;
    this.#file = undefined;
    this.#choices = new Map();
  }

  #fail(failure: ImportFailure): void {
    this.#failure = failure;
    this.#plan = undefined;
    this.#phase = 'failed';
  }

  /** Builds an export file of `scope` in `format`; the caller hands it to the browser. */
  async build(scope: ExportScope, format: ExportFormat, options: ExportOptions = { diagnostics: false }): Promise<{ blob: Blob; fileName: string; prompts: number; skipped: number }> {
    await this.#storage.open();
    const now = Date.now();
    const records = selectForExport(await readExportable(this.#storage.library), scope);
    const { ext, type } = extensions[format];
    const fileName = `laqta-${format === 'shotList' ? 'shot-list' : 'library'}-${new Date(now).toISOString().slice(0, 10)}${ext}`;
    let blob: Blob;
    let skipped = 0;
    if (format === 'json' || format === 'zip') {
      const json = exportLibraryJson(records, now, options);
      skipped = json.skipped;
      if (format === 'json') blob = new Blob([json.text], { type });
      else {
        const stored = await readRunMedia(this.#storage.media, records.runs);
        const media = new Map([...stored].map(([runId, blobs]) => [runId, { ...blobs, mimeType: records.runs.find((r) => r.id === runId)?.media?.mimeType ?? 'video/mp4' }]));
        // Image inputs travel as files beside the JSON, named by their id (the records hold only references).
        const images = await getImages(this.#storage.media, imageIdsOf(records));
        blob = await buildZip(json.text, media, now, images);
      }
    } else if (format === 'markdown') blob = new Blob([exportMarkdown(records, bookLabels())], { type });
    else if (format === 'shotList') blob = new Blob([exportShotLists(records, shotListLabels())], { type });
    else blob = new Blob([exportCsv(records)], { type });
    if (scope.kind === 'all' && (format === 'json' || format === 'zip')) {
      // A whole-library file is a backup: remember it, so the reminder rests for a week.
      await recordBackup(this.#storage.library, now).catch(() => undefined);
      this.#lastBackupAt = now;
    }
    const prompts = format === 'shotList' ? records.prompts.filter((p) => p.storyboard).length : records.prompts.length;
    return { blob, fileName, prompts, skipped };
  }
}

function bookLabels(): BookLabels {
  return {
    heading: t('exchange.book.heading'),
    untitled: t('library.untitled'),
    tags: t('exchange.book.tags'),
    favourite: t('exchange.book.favourite'),
    parameters: t('exchange.book.parameters'),
    seconds: (n) => t('exchange.book.seconds', { count: n }),
    runs: t('exchange.book.runs'),
    rating: (n) => t('exchange.book.rating', { rating: n }),
    notes: t('exchange.book.notes'),
    date: (at) => i18n.dateTime(at),
  };
}

/** A shot list's words in the interface language (also for a shot list made outside the export dialog). */
export function shotListLabels(): ShotListLabels {
  const number = (n: number) => i18n.number(n, { maximumFractionDigits: 1 });
  return {
    language: i18n.locale,
    untitled: t('library.untitled'),
    summary: (shots, seconds) => t('exchange.shotList.summary', { count: shots, seconds: number(seconds) }),
    castSheet: t('exchange.shotList.castSheet'),
    cast: {
      characters: t('exchange.shotList.characters'),
      wardrobe: t('exchange.shotList.wardrobe'),
      setting: t('exchange.shotList.setting'),
      style: t('exchange.shotList.style'),
    },
    shot: (n) => t('exchange.shotList.shot', { n }),
    seconds: (n) => t('exchange.shotList.seconds', { seconds: number(n) }),
    range: (from, to) => t('exchange.shotList.range', { from: number(from), to: number(to) }),
    duration: t('exchange.shotList.duration'),
    transition: t('exchange.shotList.transition'),
    transitions: { cut: t('exchange.shotList.cut'), matchCut: t('exchange.shotList.matchCut'), dissolve: t('exchange.shotList.dissolve') },
    time: t('exchange.shotList.time'),
    framing: t('exchange.shotList.framing'),
    move: t('exchange.shotList.move'),
    light: t('exchange.shotList.light'),
  };
}

export const exchange = new Exchange(appStorage, sharedLibrary);
