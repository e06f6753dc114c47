import type { Run } from '../domain/run';
import { parseLibraryCsv } from './csv';
import type { ImportError, ItemProblem, Result } from './errors';
import { parseLibraryText } from './json';
import { fileLimits } from './limits';
import type { LibraryRecords } from './records';
import { openZip } from './unzip';
import { attachImages } from './image-files';
import { imageIdsOf } from './image-records';
import { headOf, sniffImage, sniffVideo, type RunMediaBlobs } from './zip';

export type ImportSource = 'json' | 'zip' | 'csv';

/** A file read, checked and normalised, ready for the preview. Nothing has been written. */
export interface ReadLibrary {
  source: ImportSource;
  records: LibraryRecords;
  /** `kind.field` of fields left out because Laqta does not import them (settings, keys, unknowns). */
  dropped: string[];
  /** Model ids refused because they could steer a request (see domain/model-id); shown in the preview. */
  refusedModels: string[];
  /** Media that came with the file, by run id (only for runs in the file, only real video/images). */
  media: Map<string, RunMediaBlobs>;
  /** Image inputs that came with the file, by id (checked: real images whose hash is their id). */
  images: Map<string, Blob>;
  fileVersion?: number;
  exportedAt?: string;
  appVersion?: string;
}

/** The name and size of a file, and a way to read it: a File, or anything shaped like one. */
export type ImportFile = Pick<Blob, 'size' | 'slice'> & Partial<Pick<Blob, 'text' | 'arrayBuffer'>> & { name?: string; type?: string };

/** Which reader a file gets, from its name and type (checked before a byte is read). */
export function sourceOf(file: { name?: string; type?: string }): ImportSource {
  const name = (file.name ?? '').toLowerCase();
  if (name.endsWith('.zip') || file.type === 'application/zip') return 'zip';
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  return 'json';
}

export interface ReadContext {
  now: number;
  newId: () => string;
}

/**
 * Reads an import file: size checked first (from `size` alone), then the format's pipeline.
 * Runs in a Worker for real files; it is plain code, so tests call it directly.
 */
export async function readImportFile(file: ImportFile, ctx: ReadContext): Promise<Result<ReadLibrary>> {
  const source = sourceOf(file);
  const max = fileLimits.bytes[source];
  if (!(file.size <= max)) return { ok: false, error: { kind: 'tooLarge', limit: 'fileSize', max } };
  if (source === 'csv') {
    const parsed = parseLibraryCsv(await textOf(file), ctx.now, ctx.newId);
    return parsed.ok ? { ok: true, value: { source, ...parsed.value, media: new Map(), images: new Map() } } : parsed;
  }
  if (source === 'json') {
    const parsed = parseLibraryText(await textOf(file));
    return parsed.ok ? { ok: true, value: { source, ...parsed.value, media: new Map(), images: new Map() } } : parsed;
  }
  const zip = await openZip(file as Blob);
  if (!zip.ok) return zip;
  const parsed = parseLibraryText(zip.value.libraryJson);
  if (!parsed.ok) return parsed;
  // Media is read only for runs the file holds, after the library passed every check.
  const found = await zip.value.readMedia(new Set(parsed.value.records.runs.map((r) => r.id)));
  if (!found.ok) return found;
  const attached = await attachMedia(parsed.value.records, found.value);
  if (!attached.ok) return attached;
  const imageFiles = await zip.value.readImages(imageIdsOf(attached.value.records));
  if (!imageFiles.ok) return imageFiles;
  const withImages = await attachImages(attached.value.records, imageFiles.value);
  if (!withImages.ok) return withImages;
  return { ok: true, value: { source, ...parsed.value, records: withImages.value.records, media: attached.value.media, images: withImages.value.images } };
}

async function textOf(file: ImportFile): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new TextDecoder().decode(await (file as Blob).arrayBuffer());
}

/**
 * Pairs each run with its video and thumbnail from the zip, checking the bytes really are a
 * video (MP4/WebM) and an image (WebP/PNG/JPEG); the run's media fields are rewritten from the
 * bytes themselves, never trusted from the file.
 */
async function attachMedia(records: LibraryRecords, found: Map<string, RunMediaBlobs>): Promise<Result<{ records: LibraryRecords; media: Map<string, RunMediaBlobs> }>> {
  const media = new Map<string, RunMediaBlobs>();
  const problems: ItemProblem[] = [];
  const runs: Run[] = [];
  for (const [i, run] of records.runs.entries()) {
    const blobs = found.get(run.id);
    if (!blobs?.video) {
      runs.push(run);
      continue;
    }
    const mimeType = sniffVideo(await headOf(blobs.video));
    if (!mimeType) {
      problems.push({ item: 'run', index: i + 1, field: 'video', problem: { code: 'notVideo' } });
      continue;
    }
    const thumbOk = blobs.thumb && sniffImage(await headOf(blobs.thumb));
    if (blobs.thumb && !thumbOk) {
      problems.push({ item: 'run', index: i + 1, field: 'thumb', problem: { code: 'notImage' } });
      continue;
    }
    // Typed as putMedia types them, so a stored video plays and is exported the same either way.
    const video = new Blob([blobs.video], { type: mimeType });
    media.set(run.id, thumbOk && blobs.thumb ? { video, thumb: new Blob([blobs.thumb], { type: thumbOk }) } : { video });
    runs.push({
      ...run,
      media: { video: `video/${run.id}`, ...(thumbOk ? { thumb: `thumb/${run.id}` } : {}), mimeType, bytes: blobs.video.size },
    });
  }
  if (problems.length) {
    const shown = problems.slice(0, fileLimits.problemsShown);
    const error: ImportError = { kind: 'invalidData', problems: shown, more: problems.length - shown.length };
    return { ok: false, error };
  }
  return { ok: true, value: { records: { ...records, runs }, media } };
}
