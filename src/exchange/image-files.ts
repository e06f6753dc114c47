import { imageSize } from 'image-size';
import { imageLimits, type ImageInputs, type ImageRef } from '../domain/image-inputs';
import type { GenerationParams } from '../domain/params';
import type { ImportError, ItemProblem, RecordKind, Result } from './errors';
import { fileLimits } from './limits';
import type { LibraryRecords } from './records';
import { readBytes, sniffImage } from './zip';

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the bytes of one image file really are, or why they are refused. */
async function inspect(id: string, blob: Blob): Promise<Omit<ImageRef, 'id'> | undefined> {
  if (blob.size === 0 || blob.size > imageLimits.fileBytes) return undefined;
  const bytes = await readBytes(blob);
  const head = new Uint8Array(bytes, 0, Math.min(16, bytes.byteLength));
  const mimeType = sniffImage(head);
  if (!mimeType) return undefined;
  // The name is the hash of the bytes: a file cannot put other bytes under a known image's id.
  if ((await sha256Hex(bytes)) !== id) return undefined;
  let size: { width?: number; height?: number };
  try {
    size = imageSize(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
  const max = imageLimits.storedSide * 4;
  if (!size.width || !size.height || size.width > max || size.height > max) return undefined;
  return { mimeType, width: size.width, height: size.height, bytes: blob.size };
}

/**
 * Checks every image file the zip brought for the records (type from the bytes, SHA-256 equal to
 * its name, dimensions readable and sane) and rewrites each reference from the bytes themselves.
 * One bad image refuses the whole file. A reference whose file is absent stays as it is: the
 * same picture may already be stored in this browser (ids are hashes of the bytes).
 */
export async function attachImages(records: LibraryRecords, found: Map<string, Blob>): Promise<Result<{ records: LibraryRecords; images: Map<string, Blob> }>> {
  const checked = new Map<string, Omit<ImageRef, 'id'> | undefined>();
  for (const [id, blob] of found) checked.set(id, await inspect(id, blob));
  const problems: ItemProblem[] = [];
  const fix = (kind: RecordKind, index: number, params: GenerationParams): GenerationParams => {
    if (!params.images) return params;
    const one = (ref: ImageRef): ImageRef => {
      if (!checked.has(ref.id)) return ref;
      const real = checked.get(ref.id);
      if (!real) {
        problems.push({ item: kind, index, field: 'params.images', problem: { code: 'notImage' } });
        return ref;
      }
      return { id: ref.id, ...real };
    };
    const images: ImageInputs = {
      ...(params.images.first ? { first: one(params.images.first) } : {}),
      ...(params.images.last ? { last: one(params.images.last) } : {}),
      ...(params.images.references ? { references: params.images.references.map(one) } : {}),
    };
    return { ...params, images };
  };
  const out: LibraryRecords = {
    ...records,
    prompts: records.prompts.map((p, i) => ({ ...p, params: fix('prompt', i + 1, p.params) })),
    versions: records.versions.map((v, i) => ({ ...v, params: fix('version', i + 1, v.params) })),
    runs: records.runs.map((r, i) => ({ ...r, params: fix('run', i + 1, r.params) })),
  };
  if (problems.length) {
    const shown = problems.slice(0, fileLimits.problemsShown);
    const error: ImportError = { kind: 'invalidData', problems: shown, more: problems.length - shown.length };
    return { ok: false, error };
  }
  const images = new Map<string, Blob>();
  for (const [id, blob] of found) {
    const real = checked.get(id);
    if (real) images.set(id, new Blob([blob], { type: real.mimeType }));
  }
  return { ok: true, value: { records: out, images } };
}
