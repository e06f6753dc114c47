// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { createStoreIn, isQuotaError, recordKey, request, StorageError, type UseStore } from '../../../src/storage/db';
import { libraryHash, prompt, seed, versionOf } from '../exchange/helpers';
import { deleteRun, getRun, getThumb, getVideo, listRuns, listRunsForPrompt, listRunsForPrompts, MediaRefused, putMedia, saveRun, sniffMedia } from '../../../src/storage/runs';
import { newRun } from '../../../src/domain/run';
import { freshLibraryStore } from './helpers';

const fixture = (name: string) => new Blob([readFileSync(`tests/fixtures/media/${name}`)]);
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

let library: UseStore;
let media: UseStore;

beforeEach(async () => {
  ({ store: library } = await freshLibraryStore());
  media = createStoreIn(new IDBFactory() as unknown as globalThis.IDBFactory, 'laqta-media', 'blobs');
});

const run = (id: string, promptId: string, createdAt: number) =>
  newRun({ id, promptId, rev: 1, text: 't', params: { provider: 'fal', model: 'm', seconds: 5, aspectRatio: '16:9', resolution: '720p' }, now: createdAt });

describe('runs storage', () => {
  it('lists runs newest first and per prompt', async () => {
    await saveRun(library, run('a', 'p1', 1));
    await saveRun(library, run('b', 'p2', 2));
    await saveRun(library, run('c', 'p1', 3));
    expect((await listRuns(library)).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect((await listRunsForPrompt(library, 'p1')).map((r) => r.id)).toEqual(['c', 'a']);
    expect((await getRun(library, 'b'))?.promptId).toBe('p2');
  });

  it('lists the runs of several prompts, the most recently finished first', async () => {
    await saveRun(library, { ...run('a', 'p1', 1), status: 'succeeded', finishedAt: 50 });
    await saveRun(library, run('b', 'p2', 20));
    await saveRun(library, run('c', 'p3', 30));
    await saveRun(library, { ...run('d', 'p1', 10), status: 'failed', finishedAt: 40 });
    expect((await listRunsForPrompts(library, ['p1', 'p2'])).map((r) => r.id)).toEqual(['a', 'd', 'b']);
  });

  it('stores the MP4 and WebP thumbnail byte for byte under the run\'s own keys', async () => {
    const video = fixture('sample-a.mp4');
    const stored = await putMedia(media, 'r1', video, fixture('thumb.webp'));
    expect(stored).toEqual({ video: 'video/r1', thumb: 'thumb/r1', mimeType: 'video/mp4', bytes: video.size });
    expect(await bytesOf((await getVideo(media, 'r1'))!)).toEqual(await bytesOf(video));
    expect((await getThumb(media, 'r1'))?.type).toBe('image/webp');
  });

  it('recognises WebM as a video', async () => {
    expect((await putMedia(media, 'r2', fixture('sample-c.webm'))).mimeType).toBe('video/webm');
  });

  it('R22: refuses bytes that are not MP4 or WebM and writes nothing', async () => {
    const html = new Blob(['<!doctype html><p>not a video']);
    await expect(putMedia(media, 'r1', html)).rejects.toBeInstanceOf(MediaRefused);
    expect(await getVideo(media, 'r1')).toBeUndefined();
    expect(sniffMedia(new TextEncoder().encode('GIF89a......'))).toBeUndefined();
  });

  it('deletes a run\'s record and its media', async () => {
    await saveRun(library, run('a', 'p1', 1));
    await putMedia(media, 'a', fixture('sample-b.mp4'), fixture('thumb.webp'));
    await deleteRun(library, media, 'a');
    expect(await getRun(library, 'a')).toBeUndefined();
    expect(await getVideo(media, 'a')).toBeUndefined();
    expect(await getThumb(media, 'a')).toBeUndefined();
  });

  it('R5: a quota error while writing a video surfaces as StorageError quota and leaves nothing behind', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    const failing: UseStore = (mode, callback) =>
      media(mode, (os) => {
        const put = os.put.bind(os);
        os.put = ((value: unknown, key?: IDBValidKey) => {
          if (String(key).startsWith('video/')) throw quota;
          return put(value, key);
        }) as typeof os.put;
        return callback(os);
      });
    await expect(putMedia(failing, 'r1', fixture('sample-a.mp4'), fixture('thumb.webp'))).rejects.toMatchObject({ kind: 'quota' });
    expect(await getThumb(media, 'r1')).toBeUndefined();
    expect(StorageError).toBeDefined();
  });

  it('R5: a refused or failed video write leaves the library hash unchanged and no media behind', async () => {
    const p = prompt('p1');
    await seed(library, { [recordKey.prompt(p.id)]: p, [recordKey.version(p.id, 1)]: versionOf(p) });
    await saveRun(library, run('r1', 'p1', 1));
    const before = await libraryHash(library);
    await expect(putMedia(media, 'r1', new Blob(['<!doctype html>']))).rejects.toBeInstanceOf(MediaRefused);
    const full: UseStore = (mode, callback) =>
      media(mode, (os) => {
        os.put = (() => {
          throw new DOMException('full', 'QuotaExceededError');
        }) as typeof os.put;
        return callback(os);
      });
    await expect(putMedia(full, 'r1', fixture('sample-a.mp4'), fixture('thumb.webp'))).rejects.toMatchObject({ kind: 'quota' });
    expect(await libraryHash(library)).toBe(before);
    expect(await media('readonly', (os) => request(os.count()))).toBe(0);
  });
});
