import { describe, expect, it } from 'vitest';
import { afterDeleteMs, ImageCleanup, startDelayMs, type ImageCleanupDeps } from '../../../src/state/image-cleanup.svelte';
import { Library } from '../../../src/state/library.svelte';
import { mediaKey, recordKey, request, transact, type UseStore } from '../../../src/storage/db';
import { putImage } from '../../../src/storage/images';
import { savePrompt } from '../../../src/storage/prompts';
import { defaultParams, type GenerationParams } from '../../../src/domain/params';
import { unusedImageGraceMs } from '../../../src/domain/image-usage';
import type { ImageRef } from '../../../src/domain/image-inputs';
import type { AppStorage } from '../../../src/state/storage.svelte';
import { fakeBrowser, settle } from './fakes';

const t0 = 1_700_000_000_000;
const later = t0 + 2 * unusedImageGraceMs;
const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, n, 1]);
const put = (storage: AppStorage, n: number) => putImage(storage.media, new Blob([png(n)]), { width: 8, height: 8 }, t0);
const stored = (storage: AppStorage, id: string) => transact(storage.media, 'readonly', async (os) => (await request(os.getKey(mediaKey.image(id)))) !== undefined);
const withFirst = (ref: ImageRef): GenerationParams => ({ ...defaultParams(), images: { first: ref } });

/** A clean-up whose waits are recorded, not timed. */
function cleanupFor(storage: ImageCleanupDeps['storage'], now = later) {
  const waits: number[] = [];
  const steps: (() => void)[] = [];
  const cancelled: number[] = [];
  const later = (ms: number, step: () => void) => {
    const index = waits.push(ms) - 1;
    steps.push(step);
    return () => void cancelled.push(index);
  };
  const cleanup = new ImageCleanup({ storage, now: () => now, later, pause: () => Promise.resolve() });
  return { cleanup, waits, steps, cancelled };
}

/** The same storage, with `hook` run as the n-th library transaction starts. */
function wrap(storage: AppStorage, n: number, hook: () => Promise<void>) {
  let count = 0;
  const library: UseStore = async (mode, callback) => {
    if (++count === n) await hook();
    return storage.library(mode, callback);
  };
  return { library, media: storage.media, mode: storage.mode, subscribe: storage.subscribe.bind(storage) };
}

describe('the clean-up of unused images, in a tab', () => {
  it('removes an old unused image, keeps one this tab’s unsaved work holds until it lets go, and counts what it freed', async () => {
    const storage = await fakeBrowser().tab();
    const { cleanup } = cleanupFor(storage);
    const held = await put(storage, 1);
    const unused = await put(storage, 2);
    let draft: GenerationParams | undefined = withFirst(held);
    cleanup.hold(() => draft);
    await cleanup.run();
    expect(await stored(storage, unused.id)).toBe(false);
    expect(await stored(storage, held.id)).toBe(true);
    expect(cleanup.freed).toEqual({ images: 1, bytes: unused.bytes });
    draft = undefined;
    await cleanup.run();
    expect(await stored(storage, held.id)).toBe(false);
    expect(cleanup.freed).toEqual({ images: 2, bytes: unused.bytes + held.bytes });
  });

  it('a record another tab writes while the library is read, naming the image, keeps it', async () => {
    const browser = fakeBrowser();
    const storage = await browser.tab();
    const other = await browser.tab();
    const ref = await put(storage, 1);
    // Prompts and versions are read first; as runs are read, another tab saves a prompt (and version) naming the image.
    const { cleanup } = cleanupFor(
      wrap(storage, 3, async () => {
        await savePrompt(other.library, { id: 'p1', baseRev: 0, draft: { title: 'Fox', text: 'a fox', tags: [], params: withFirst(ref) }, now: later, conflictCopyId: 'c1' });
        other.publish([recordKey.prompt('p1')]);
        await settle();
      }),
    );
    await cleanup.run();
    expect(await stored(storage, ref.id)).toBe(true);
    expect(cleanup.freed.images).toBe(0);
  });

  it('a prompt saved through the library marks its images as used before the record is written', async () => {
    const storage = await fakeBrowser().tab();
    const { cleanup } = cleanupFor(storage);
    const library = new Library(storage, cleanup);
    await library.load();
    const ref = await put(storage, 1);
    await library.save(undefined, 0, { title: 'Fox', text: 'a fox', tags: [], params: withFirst(ref) });
    const stamp = await transact(storage.media, 'readonly', (os) => request(os.get(mediaKey.imageStamp(ref.id))));
    expect(stamp).toEqual({ storedAt: later, bytes: ref.bytes });
  });

  it('waits a minute after start-up and then for idle time; a deletion brings it forward; asks made before it runs make one pass', async () => {
    const storage = await fakeBrowser().tab();
    const { cleanup, waits, steps, cancelled } = cleanupFor(storage);
    const library = new Library(storage, cleanup);
    await library.load();
    expect(waits).toEqual([startDelayMs]);
    cleanup.soon();
    expect(waits).toEqual([startDelayMs, afterDeleteMs]);
    expect(cancelled).toEqual([0]);
    cleanup.soon();
    cleanup.afterStart();
    expect(waits).toHaveLength(2);
    const ref = await put(storage, 3);
    steps[1]!();
    await settle();
    expect(await stored(storage, ref.id)).toBe(false);
    cleanup.soon();
    expect(waits).toHaveLength(3);
  });
});
