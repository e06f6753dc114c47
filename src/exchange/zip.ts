import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/** Where things live inside a Laqta .zip. */
export const zipPaths = {
  library: 'library.laqta.json',
  video: (runId: string, mimeType: string) => `media/video/${runId}.${mimeType === 'video/webm' ? 'webm' : 'mp4'}`,
  thumb: (runId: string) => `media/thumb/${runId}.img`,
  /** An image input, named by the SHA-256 of its bytes (checked when read back). */
  image: (id: string, mimeType: string) => `media/image/${id}.${mimeType === 'image/png' ? 'png' : mimeType === 'image/webp' ? 'webp' : 'jpg'}`,
} as const;

/** The bytes of one run, as they go into or come out of a zip. */
export interface RunMediaBlobs {
  video?: Blob;
  thumb?: Blob;
}

const chunkSize = 4 * 1024 * 1024;

/** Reads a Blob in slices (works where Blob.stream does not, and never holds the whole file). */
export async function* chunksOf(blob: Blob, size = chunkSize): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < blob.size; at += size) yield new Uint8Array(await readBytes(blob.slice(at, at + size)));
}

/** A Blob's bytes (with a FileReader where Blob.arrayBuffer is missing). */
export function readBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * A .zip with the library file (deflated) and each run's video and thumbnail stored as they are
 * (video does not compress). Media is streamed in slices; entries carry `modified` as their date
 * so the same library gives the same archive.
 */
export async function buildZip(
  libraryJson: string,
  media: ReadonlyMap<string, RunMediaBlobs & { mimeType: string }>,
  modified: number,
  images: ReadonlyMap<string, Blob> = new Map(),
): Promise<Blob> {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else parts.push(chunk);
  });
  const mtime = new Date(Math.max(modified, Date.UTC(1980, 0, 2)));
  const json = new ZipDeflate(zipPaths.library, { level: 6 });
  json.mtime = mtime;
  zip.add(json);
  json.push(strToU8(libraryJson), true);
  const files: [string, Blob | undefined][] = [];
  for (const [runId, blobs] of [...media].sort(([a], [b]) => (a < b ? -1 : 1))) {
    files.push([zipPaths.video(runId, blobs.mimeType), blobs.video], [zipPaths.thumb(runId), blobs.thumb]);
  }
  for (const [id, blob] of [...images].sort(([a], [b]) => (a < b ? -1 : 1))) files.push([zipPaths.image(id, blob.type), blob]);
  for (const [name, blob] of files) {
    if (!blob) continue;
    const entry = new ZipPassThrough(name);
    entry.mtime = mtime;
    zip.add(entry);
    for await (const chunk of chunksOf(blob)) entry.push(chunk);
    entry.push(new Uint8Array(0), true);
    if (failure) throw failure;
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(parts as BlobPart[], { type: 'application/zip' });
}

/** The media type of a video from its first bytes (MP4 `ftyp` box or WebM EBML header), or undefined. */
export function sniffVideo(head: Uint8Array): 'video/mp4' | 'video/webm' | undefined {
  if (head[4] === 0x66 && head[5] === 0x74 && head[6] === 0x79 && head[7] === 0x70) return 'video/mp4';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'video/webm';
  return undefined;
}

/** The image type of a thumbnail from its first bytes (WebP, PNG or JPEG), or undefined. */
export function sniffImage(head: Uint8Array): 'image/webp' | 'image/png' | 'image/jpeg' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** The first bytes of a Blob, for sniffing. */
export async function headOf(blob: Blob, n = 16): Promise<Uint8Array> {
  return new Uint8Array(await readBytes(blob.slice(0, n)));
}
