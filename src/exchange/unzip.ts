import { Inflate } from 'fflate';
import type { ImportError, Result } from './errors';
import { fileLimits } from './limits';
import { imageLimits } from '../domain/image-inputs';
import { chunksOf, readBytes, zipPaths, type RunMediaBlobs } from './zip';

/**
 * Reading a .zip from its central directory, so every size is known before a byte is inflated.
 * A zip bomb (a few hundred KB that inflate to gigabytes) is refused from what it declares, and
 * an entry that inflates past its declared size is stopped there. Stored (uncompressed) entries,
 * which is how Laqta writes media, are handed out as slices of the file: no copy is made.
 */
export const unzipLimits = {
  /** What one video may declare once unpacked. */
  videoBytes: 2 * 1024 * 1024 * 1024,
  /** What one thumbnail may declare once unpacked. */
  thumbBytes: 20 * 1024 * 1024,
  /** Everything read from one archive, once unpacked. */
  totalBytes: fileLimits.bytes.zip,
  /** Unpacked : packed. Video and images are already compressed; deflate gains a few percent at most. */
  mediaRatio: 10,
  /** Deflate cannot exceed about 1032 : 1; a header claiming more is lying. */
  anyRatio: 1032,
  /** The central directory of 200,001 entries with short names fits well within this. */
  directoryBytes: 64 * 1024 * 1024,
} as const;

const imageEntry = /^media\/image\/([0-9a-f]{64})\.(png|jpg|webp)$/;
const mediaEntry = /^media\/(video|thumb)\/([A-Za-z0-9_-]{1,100})\.(mp4|webm|img|webp|png|jpg)$/;

interface Entry {
  name: string;
  method: number;
  flags: number;
  packed: number;
  unpacked: number;
  headerAt: number;
  /** Where the next entry's local header (or the directory) starts: this entry's bytes end before it. */
  nextAt: number;
}

/** An opened archive: the library file's text, and a way to read the media of chosen runs. */
export interface OpenedZip {
  libraryJson: string;
  /** Media for exactly these run ids; entries for any other id are never read. */
  readMedia(runIds: ReadonlySet<string>): Promise<Result<Map<string, RunMediaBlobs>>>;
  /** Image inputs with exactly these ids (SHA-256 hex); entries for any other id are never read. */
  readImages(ids: ReadonlySet<string>): Promise<Result<Map<string, Blob>>>;
}

class Refused extends Error {
  constructor(readonly error: ImportError) {
    super(error.kind);
  }
}

const notLaqta = (): never => {
  throw new Refused({ kind: 'notLaqtaFile' });
};

/** Opens a .zip: reads its directory, checks the library entry's sizes, then inflates it. */
export async function openZip(file: Blob): Promise<Result<OpenedZip>> {
  try {
    const entries = await readDirectory(file);
    const library = entries.get(zipPaths.library) ?? notLaqta();
    checkSize(library, fileLimits.bytes.json);
    checkPacking(library, unzipLimits.anyRatio);
    const bytes = await readEntry(file, library);
    const libraryJson = new TextDecoder().decode(await readBytes(bytes));
    return {
      ok: true,
      value: { libraryJson, readMedia: (ids) => readMedia(file, entries, ids, library.unpacked), readImages: (ids) => readImages(file, entries, ids, library.unpacked) },
    };
  } catch (error) {
    return refusal(error);
  }
}

function refusal(error: unknown): { ok: false; error: ImportError } {
  if (error instanceof Refused) return { ok: false, error: error.error };
  return { ok: false, error: { kind: 'notLaqtaFile' } };
}

async function readMedia(file: Blob, entries: Map<string, Entry>, runIds: ReadonlySet<string>, alreadyRead: number): Promise<Result<Map<string, RunMediaBlobs>>> {
  try {
    const chosen: [Entry, string, 'video' | 'thumb'][] = [];
    let total = alreadyRead;
    for (const entry of entries.values()) {
      const match = mediaEntry.exec(entry.name);
      const runId = match?.[2];
      if (!match || !runId || !runIds.has(runId)) continue;
      const kind = match[1] as 'video' | 'thumb';
      checkSize(entry, kind === 'video' ? unzipLimits.videoBytes : unzipLimits.thumbBytes);
      total += entry.unpacked;
      if (total > unzipLimits.totalBytes) throw new Refused({ kind: 'tooLarge', limit: 'unpacked', max: unzipLimits.totalBytes });
      chosen.push([entry, runId, kind]);
    }
    for (const [entry] of chosen) checkPacking(entry, unzipLimits.mediaRatio);
    const media = new Map<string, RunMediaBlobs>();
    for (const [entry, runId, kind] of chosen) {
      const blobs = media.get(runId) ?? {};
      if (blobs[kind]) notLaqta();
      blobs[kind] = await readEntry(file, entry);
      media.set(runId, blobs);
    }
    return { ok: true, value: media };
  } catch (error) {
    return refusal(error);
  }
}

async function readImages(file: Blob, entries: Map<string, Entry>, ids: ReadonlySet<string>, alreadyRead: number): Promise<Result<Map<string, Blob>>> {
  try {
    const chosen: [Entry, string][] = [];
    let total = alreadyRead;
    for (const entry of entries.values()) {
      const id = imageEntry.exec(entry.name)?.[1];
      if (!id || !ids.has(id)) continue;
      checkSize(entry, imageLimits.fileBytes);
      total += entry.unpacked;
      if (total > unzipLimits.totalBytes) throw new Refused({ kind: 'tooLarge', limit: 'unpacked', max: unzipLimits.totalBytes });
      chosen.push([entry, id]);
    }
    for (const [entry] of chosen) checkPacking(entry, unzipLimits.mediaRatio);
    const images = new Map<string, Blob>();
    for (const [entry, id] of chosen) {
      // One id under two names (x.png and x.jpg): no Laqta file does that.
      if (images.has(id)) notLaqta();
      images.set(id, await readEntry(file, entry));
    }
    return { ok: true, value: images };
  } catch (error) {
    return refusal(error);
  }
}

/** Refuses an entry that declares more than `maxBytes` once unpacked. */
function checkSize(entry: Entry, maxBytes: number): void {
  if (entry.unpacked > maxBytes) throw new Refused({ kind: 'tooLarge', limit: 'unpacked', max: maxBytes });
}

/** Refuses an entry Laqta cannot or will not unpack: encrypted, an unknown method, or packed tighter than `maxRatio`. */
function checkPacking(entry: Entry, maxRatio: number): void {
  if (entry.flags & 1) notLaqta(); // encrypted
  if (entry.method !== 0 && entry.method !== 8) notLaqta();
  if (entry.method === 0 && entry.packed !== entry.unpacked) notLaqta();
  if (entry.unpacked > Math.max(entry.packed, 1) * maxRatio) throw new Refused({ kind: 'tooLarge', limit: 'compression', max: maxRatio });
}

const u16 = (v: DataView, at: number) => v.getUint16(at, true);
const u32 = (v: DataView, at: number) => v.getUint32(at, true);

async function view(file: Blob, from: number, to: number): Promise<DataView> {
  if (from < 0 || to > file.size || from > to) notLaqta();
  return new DataView(await readBytes(file.slice(from, to)));
}

/** The central directory: every entry's name, method and declared sizes, by name. */
async function readDirectory(file: Blob): Promise<Map<string, Entry>> {
  if (file.size < 22) notLaqta();
  const tailStart = Math.max(0, file.size - 22 - 0xffff);
  const tail = await view(file, tailStart, file.size);
  let end = -1;
  for (let at = tail.byteLength - 22; at >= 0; at--) {
    if (u32(tail, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) notLaqta();
  const count = u16(tail, end + 10);
  const size = u32(tail, end + 12);
  const offset = u32(tail, end + 16);
  // fflate never writes ZIP64, so neither does Laqta: its markers mean another program made this.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) notLaqta();
  if (count > fileLimits.zipEntries) throw new Refused({ kind: 'tooLarge', limit: 'count', max: fileLimits.zipEntries, what: 'media' });
  if (size > unzipLimits.directoryBytes) notLaqta();
  const dir = await view(file, offset, offset + size);
  const names = new TextDecoder();
  const entries = new Map<string, Entry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.byteLength || u32(dir, at) !== 0x02014b50) notLaqta();
    const nameLength = u16(dir, at + 28);
    if (at + 46 + nameLength > dir.byteLength) notLaqta();
    const name = names.decode(new Uint8Array(dir.buffer, dir.byteOffset + at + 46, nameLength));
    if (entries.has(name)) notLaqta();
    entries.set(name, { name, flags: u16(dir, at + 8), method: u16(dir, at + 10), packed: u32(dir, at + 20), unpacked: u32(dir, at + 24), headerAt: u32(dir, at + 42), nextAt: offset });
    at += 46 + nameLength + u16(dir, at + 30) + u16(dir, at + 32);
  }
  // Entries that share bytes make one stored video count many times: no real zip does that.
  const byPlace = [...entries.values()].sort((a, b) => a.headerAt - b.headerAt);
  for (const [i, entry] of byPlace.entries()) {
    const next = byPlace[i + 1];
    if (next && next.headerAt === entry.headerAt) notLaqta();
    entry.nextAt = next ? next.headerAt : offset;
  }
  return entries;
}

/** Where an entry's packed bytes lie, from its local header; entries must not overlap. */
async function dataRange(file: Blob, entry: Entry): Promise<[number, number]> {
  const header = await view(file, entry.headerAt, entry.headerAt + 30);
  if (u32(header, 0) !== 0x04034b50) notLaqta();
  const start = entry.headerAt + 30 + u16(header, 26) + u16(header, 28);
  const end = start + entry.packed;
  if (end > entry.nextAt) notLaqta();
  return [start, end];
}

/** One entry's bytes: a slice of the file when stored, inflated (never past its declared size) when deflated. */
async function readEntry(file: Blob, entry: Entry): Promise<Blob> {
  const [start, end] = await dataRange(file, entry);
  const packed = file.slice(start, end);
  if (entry.method === 0) return packed;
  const parts: Uint8Array[] = [];
  let produced = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > entry.unpacked) throw new Refused({ kind: 'tooLarge', limit: 'compression', max: unzipLimits.anyRatio });
    // fflate may hand out views of its own buffers: keep copies.
    if (chunk.length) parts.push(chunk.slice());
    if (final) done = true;
  });
  for await (const chunk of chunksOf(packed)) inflate.push(chunk);
  if (!done) inflate.push(new Uint8Array(0), true);
  if (produced !== entry.unpacked) notLaqta();
  return new Blob(parts as BlobPart[]);
}
