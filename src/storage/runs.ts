import type { Run, RunMedia } from '../domain/run';
import { prefixRange, recordKey, mediaKey, request, transact, StorageError, type UseStore } from './db';

/**
 * Generation runs and their media. A run is one record in the library store (`run/<id>`); its
 * video and thumbnail are blobs in the separate media store (`video/<id>`, `thumb/<id>`), so a
 * huge or failed video write can never touch the library. Verbs take the store(s) as parameters.
 */

/** Every run, newest first. */
export async function listRuns(library: UseStore): Promise<Run[]> {
  const runs = await transact(library, 'readonly', (os) => request(os.getAll(prefixRange('run'))) as Promise<Run[]>);
  return runs.sort((a, b) => b.createdAt - a.createdAt);
}

/** The runs made from one prompt (any of its versions), newest first. */
export async function listRunsForPrompt(library: UseStore, promptId: string): Promise<Run[]> {
  return (await listRuns(library)).filter((r) => r.promptId === promptId);
}

/** The runs made from any of these prompts (any version, any status), most recently finished first. */
export async function listRunsForPrompts(library: UseStore, promptIds: readonly string[]): Promise<Run[]> {
  const wanted = new Set(promptIds);
  const runs = (await listRuns(library)).filter((r) => wanted.has(r.promptId));
  return runs.sort((a, b) => (b.finishedAt ?? b.createdAt) - (a.finishedAt ?? a.createdAt));
}

export async function getRun(library: UseStore, id: string): Promise<Run | undefined> {
  return transact(library, 'readonly', (os) => request(os.get(recordKey.run(id))) as Promise<Run | undefined>);
}

/** Writes one run record (a plain object, never a $state proxy); resolves after the transaction. */
export async function saveRun(library: UseStore, run: Run): Promise<void> {
  await transact(library, 'readwrite', (os) => {
    os.put(run, recordKey.run(run.id));
  });
}

/** What the first bytes say a file is: only MP4 and WebM videos (and WebP/JPEG/PNG thumbnails) are kept. */
export function sniffMedia(head: Uint8Array): 'video/mp4' | 'video/webm' | 'image/webp' | 'image/jpeg' | 'image/png' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 12 && ascii(4, 8) === 'ftyp') return 'video/mp4';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'video/webm';
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  return undefined;
}

async function headOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, 16).arrayBuffer());
}

/** A refusal of bytes that are not a video Laqta can play. */
export class MediaRefused extends Error {
  constructor() {
    super('media: not an MP4 or WebM video');
    this.name = 'MediaRefused';
  }
}

/**
 * Stores a run's video (and thumbnail) in the media store, in one transaction: both or neither.
 * Bytes that are not MP4/WebM are refused before anything is written; a thumbnail that is not
 * an image is dropped. Quota errors surface as StorageError('quota').
 */
export async function putMedia(media: UseStore, runId: string, video: Blob, thumb?: Blob): Promise<RunMedia> {
  const videoType = sniffMedia(await headOf(video));
  if (videoType !== 'video/mp4' && videoType !== 'video/webm') throw new MediaRefused();
  const thumbType = thumb ? sniffMedia(await headOf(thumb)) : undefined;
  const keepThumb = thumb && thumbType?.startsWith('image/') ? new Blob([thumb], { type: thumbType }) : undefined;
  const typedVideo = new Blob([video], { type: videoType });
  try {
    await transact(media, 'readwrite', (os) => {
      os.put(typedVideo, mediaKey.video(runId));
      if (keepThumb) os.put(keepThumb, mediaKey.thumb(runId));
    });
  } catch (error) {
    // A write refused for quota leaves the bytes it had written on disk, counted against the
    // origin, and every later write (a prompt save too) is refused until a transaction commits.
    // Deletes are allowed over quota: committing one frees those bytes.
    await transact(media, 'readwrite', (os) => {
      os.delete(mediaKey.video(runId));
      os.delete(mediaKey.thumb(runId));
    }).catch(() => undefined);
    throw error;
  }
  return {
    video: mediaKey.video(runId),
    ...(keepThumb ? { thumb: mediaKey.thumb(runId) } : {}),
    mimeType: videoType,
    bytes: video.size,
  };
}

export async function getVideo(media: UseStore, runId: string): Promise<Blob | undefined> {
  return transact(media, 'readonly', (os) => request(os.get(mediaKey.video(runId))) as Promise<Blob | undefined>);
}

export async function getThumb(media: UseStore, runId: string): Promise<Blob | undefined> {
  return transact(media, 'readonly', (os) => request(os.get(mediaKey.thumb(runId))) as Promise<Blob | undefined>);
}

/** Deletes a run's media first, then its record (a crash in between leaves a record without media, never orphan bytes hidden from view). */
export async function deleteRun(library: UseStore, media: UseStore, runId: string): Promise<void> {
  await transact(media, 'readwrite', (os) => {
    os.delete(mediaKey.video(runId));
    os.delete(mediaKey.thumb(runId));
  });
  await transact(library, 'readwrite', (os) => {
    os.delete(recordKey.run(runId));
  });
}

export { StorageError };
