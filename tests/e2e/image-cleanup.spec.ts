import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { putStored } from './storage-probe';

const kept = 'a'.repeat(64);
const orphaned = 'b'.repeat(64);
const neverUsed = 'c'.repeat(64);
const twoDaysAgo = () => Date.now() - 2 * 24 * 60 * 60 * 1000;

/** Two prompts, each naming one image, and three images stored two days ago (one named by nothing), plus a video. */
async function seed(page: Page): Promise<void> {
  const at = twoDaysAgo();
  const ref = (id: string) => ({ id, mimeType: 'image/png', width: 64, height: 36, bytes: 1000 });
  const records: [string, unknown][] = [];
  for (const [id, title, image] of [
    ['p-keep', 'Keeps its frame', kept],
    ['p-lose', 'Loses its frame', orphaned],
  ] as const) {
    const params = { provider: 'previz', model: 'previz-1', seconds: 4, aspectRatio: '16:9', resolution: '720p', images: { first: ref(image) } };
    records.push([`prompt/${id}`, { id, title, text: `${title}: a slow dolly-in.`, params, tags: [], favorite: false, createdAt: at, updatedAt: at, rev: 1 }]);
    records.push([`version/${id}/00000001`, { promptId: id, rev: 1, title, text: `${title}: a slow dolly-in.`, params, savedAt: at }]);
  }
  const zeros = (n: number) => Buffer.alloc(n).toString('base64');
  const blobs = [
    { key: 'video/r-untouched', base64: zeros(2000), mimeType: 'video/mp4' },
    ...[kept, orphaned, neverUsed].map((id) => ({ key: `image/${id}`, base64: zeros(1000), mimeType: 'image/png' })),
  ];
  const stamps = [kept, orphaned, neverUsed].map((id): [string, unknown] => [`stamp/image/${id}`, { storedAt: at, bytes: 1000 }]);
  await putStored(page, records, blobs, stamps);
}

/** The keys of the media database. */
async function mediaKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('laqta-media');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const req = db.transaction('blobs').objectStore('blobs').getAllKeys();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return keys as string[];
  });
}

test('after a prompt is deleted for good, the images nothing names any more are removed, the rest and the videos stay, and Settings says so', async ({ page }) => {
  await openApp(page, '#/library');
  await seed(page);
  await page.reload();
  await openApp(page, '#/library');
  await page.getByRole('button', { name: 'Delete “Loses its frame”' }).click();
  await expect(page.getByRole('link', { name: /Loses its frame/ })).toHaveCount(0);

  // The undo window (8 s), then the clean-up's own wait and idle time.
  await expect.poll(() => mediaKeys(page), { timeout: 40_000, intervals: [1000] }).not.toContain(`image/${orphaned}`);
  const keys = await mediaKeys(page);
  expect(keys).toContain(`image/${kept}`);
  expect(keys).toContain(`stamp/image/${kept}`);
  expect(keys).not.toContain(`image/${neverUsed}`);
  expect(keys).not.toContain(`stamp/image/${orphaned}`);
  expect(keys).toContain('video/r-untouched');

  await page.goto('./#/settings');
  await expect(page.getByTestId('images-cleanup')).toHaveText('Images that no prompt, version, run or draft uses any more are removed after a day.');
  await expect(page.getByRole('status').filter({ hasText: 'unused images removed' })).toHaveText('Since this tab opened: 2 unused images removed, 2 kB freed.');

  await page.evaluate(() => localStorage.setItem('laqta.locale', 'ar'));
  await page.reload();
  await openApp(page, '#/settings');
  await expect(page.getByTestId('images-cleanup')).toHaveText('الصور التي لم يعد يستعملها أي موجّه أو نسخة أو تشغيل أو مسودة تُحذف بعد يوم.');
});
