import { imageLimits, imageRefs, isImageId, isImageType, maxReferences, type ImageInputs, type ImageRef } from '../domain/image-inputs';
import type { GenerationParams } from '../domain/params';
import type { LibraryRecords } from './records';
import { ordered, type Fields } from './check';

/**
 * The `params.images` of a record in a library file: references to image files that travel
 * beside the JSON in a .zip (`media/image/<id>.<ext>`). Only ids that are a SHA-256 are kept,
 * so a file can never name a path; the bytes are checked against the id when they are read.
 */
const maxSide = imageLimits.storedSide * 4;

function cleanRef(f: Fields): ImageRef | undefined {
  f.dropUnknown(['id', 'mimeType', 'width', 'height', 'bytes']);
  const id = f.raw.id;
  if (!isImageId(id)) return f.report('id', { code: 'wrongType', expected: 'id' });
  if (!isImageType(f.raw.mimeType)) return f.report('mimeType', { code: 'notImage' });
  const width = f.num('width', { min: 1, max: maxSide, whole: true });
  const height = f.num('height', { min: 1, max: maxSide, whole: true });
  const bytes = f.num('bytes', { min: 1, max: imageLimits.fileBytes, whole: true });
  if (width === undefined || height === undefined || bytes === undefined) return undefined;
  return { id, mimeType: f.raw.mimeType, width, height, bytes };
}

/** Cleans `images` inside params (absent: undefined, nothing reported). */
export function cleanImages(params: Fields): ImageInputs | undefined {
  if (!params.has('images')) return undefined;
  const f = params.object('images');
  if (!f) return undefined;
  f.dropUnknown(['first', 'last', 'references']);
  const one = (slot: 'first' | 'last') => {
    if (!f.has(slot)) return undefined;
    const inner = f.object(slot);
    return inner ? cleanRef(inner) : undefined;
  };
  const first = one('first');
  const last = one('last');
  const references = f.has('references') ? f.recordList('references', { min: 0, max: maxReferences }, cleanRef) : undefined;
  if (f.c.itemFailed) return undefined;
  const out = ordered<ImageInputs>([
    ['first', first],
    ['last', last],
    ['references', references?.length ? references : undefined],
  ]);
  return Object.keys(out).length ? out : undefined;
}

/** Every image id the records name, once. */
export function imageIdsOf(records: Pick<LibraryRecords, 'prompts' | 'versions' | 'runs'>): Set<string> {
  const ids = new Set<string>();
  const add = (p: GenerationParams | undefined) => imageRefs(p?.images).forEach((r) => ids.add(r.id));
  for (const p of records.prompts) add(p.params);
  for (const v of records.versions) add(v.params);
  for (const r of records.runs) add(r.params);
  return ids;
}
