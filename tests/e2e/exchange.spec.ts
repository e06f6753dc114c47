import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApp, savePrompt } from './fixtures';
import { chooseImport, exportAs } from './library-steps';
import { putStored, storedPromptIds, storedVideoSha } from './storage-probe';

const fixturePath = (p: string) => new URL(`../fixtures/${p}`, import.meta.url).pathname;
const video = readFileSync(fixturePath('media/sample-a.mp4'));
const videoSha = createHash('sha256').update(video).digest('hex');

/** Puts a finished run with a real video into the browser's storage, as the Runs feature would. */
async function seedRunWithVideo(page: Page, runId: string): Promise<void> {
  const [promptId] = await storedPromptIds(page);
  const params = { provider: 'previz', model: 'previz-1', seconds: 4, aspectRatio: '16:9', resolution: '720p' };
  const run = { id: runId, promptId, rev: 1, text: 'seeded', provider: 'previz', model: 'previz-1', params, status: 'succeeded', createdAt: 1_700_000_000_000, finishedAt: 1_700_000_004_000, media: { video: `video/${runId}`, mimeType: 'video/mp4', bytes: video.length }, rating: 4, notes: 'Seeded run' };
  await putStored(page, [[`run/${runId}`, run]], [{ key: `video/${runId}`, base64: video.toString('base64'), mimeType: 'video/mp4' }]);
}

test('a library with two prompts and a video leaves as a zip and arrives complete in an empty browser', async ({ page, browser }, testInfo) => {
  await savePrompt(page, 'Dune walker', 'A lone walker crosses the dunes at golden hour, slow dolly-in.');
  await savePrompt(page, 'الرياض', 'لقطة واسعة لمدينة الرياض عند الغروب.');
  await seedRunWithVideo(page, 'e2erun000001');
  await openApp(page, '#/library');
  const zipPath = testInfo.outputPath('backup.zip');
  await exportAs(page, /Full backup/, zipPath);
  expect(readFileSync(zipPath).subarray(0, 2).toString()).toBe('PK');

  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await fresh.newPage();
  await openApp(other, '#/library');
  await expect(other.getByText('Your library is empty.')).toBeVisible();
  const dialog = await chooseImport(other, zipPath);
  await expect(dialog.getByRole('row', { name: /Prompts/ })).toContainText('2');
  await expect(dialog.getByText('1 video comes with the runs.')).toBeVisible();
  await expect(dialog.getByText('Importing will write 3 items. Nothing is written until you confirm.')).toBeVisible();
  expect(await storedVideoSha(other, 'e2erun000001')).toBeUndefined();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.getByText('Import finished: 3 items written.')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Open “Dune walker” in Compose' })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Open “الرياض” in Compose' })).toBeVisible();
  expect(await storedVideoSha(other, 'e2erun000001')).toBe(videoSha);

  await other.reload();
  await openApp(other, '#/library');
  await expect(other.getByTestId('prompt-row')).toHaveCount(2);
  await fresh.close();
});

test('importing a file whose prompt changed here, choosing "keep both", keeps both', async ({ page }, testInfo) => {
  await savePrompt(page, 'Lighthouse', 'First text: a lighthouse at dusk.');
  await openApp(page, '#/library');
  const jsonPath = testInfo.outputPath('library.laqta.json');
  await exportAs(page, /Laqta library/, jsonPath);
  expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({ format: 'laqta-library', version: 2 });

  await page.getByRole('link', { name: 'Open “Lighthouse” in Compose' }).click();
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Second text: a lighthouse in a storm.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await openApp(page, '#/library');
  const dialog = await chooseImport(page, jsonPath);
  await expect(dialog.getByRole('heading', { name: '1 item is already in your library, with different content' })).toBeVisible();
  await dialog.getByRole('group', { name: 'For all of them' }).getByRole('radio', { name: 'Keep both' }).check();
  await expect(dialog.getByRole('combobox', { name: 'What to do with prompt “Lighthouse”' })).toHaveValue('keepBoth');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import finished: 1 item written.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open “Lighthouse” in Compose' })).toHaveCount(2);
  await expect(page.getByTestId('prompt-row').filter({ hasText: 'Second text' })).toHaveCount(1);
  await expect(page.getByTestId('prompt-row').filter({ hasText: 'First text' })).toHaveCount(1);
});

test('R15: a file dropped on the library with one bad prompt changes nothing and names the prompt', async ({ page }) => {
  await savePrompt(page, 'Keep me', 'Untouched.');
  await openApp(page, '#/library');
  const text = readFileSync(fixturePath('malicious/oversize-text.laqta.json'), 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'bad.laqta.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a Laqta library')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  const alert = page.getByRole('dialog', { name: 'Import' }).getByRole('alert');
  await expect(alert).toContainText('prompt #1: text is longer than 20,000 characters');
  await expect(alert).toContainText('Nothing was imported');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('prompt-row')).toHaveCount(1);
});

test('R19: imported HTML shows as text and runs nothing', async ({ page }) => {
  await openApp(page, '#/library');
  const dialog = await chooseImport(page, fixturePath('malicious/html-everywhere.laqta.json'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Title <img src=x onerror=alert(1)><script>alert(2)</script>')).toBeVisible();
  await expect(page.locator('main img, main script')).toHaveCount(0);
});

test('R14: a file from a newer Laqta is refused with a clear sentence', async ({ page }) => {
  await openApp(page, '#/library');
  await chooseImport(page, fixturePath('malicious/newer-version.laqta.json'));
  await expect(page.getByRole('alert')).toContainText('made by a newer version of Laqta');
});

for (const locale of ['en', 'ar'] as const) {
  test(`the export and import dialogs pass an axe scan (${locale})`, async ({ page }, testInfo) => {
    await savePrompt(page, 'Axe sample', 'A sample prompt.');
    if (locale === 'ar') await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await openApp(page, '#/library');
    const exportName = locale === 'ar' ? 'صدّر الأوامر إلى ملف' : 'Export prompts to a file';
    await page.getByRole('button', { name: exportName }).click();
    await page.getByRole('radio', { name: locale === 'ar' ? 'أوامر أختارها بنفسي' : 'Prompts I choose' }).check();
    await page.screenshot({ path: testInfo.outputPath(`export-${locale}.png`) });
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await chooseImport(page, fixturePath('malicious/settings-smuggling.laqta.json'));
    await expect(page.getByRole('dialog').getByRole('table')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`import-${locale}.png`), fullPage: true });
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}

test('R11: a library a week old without a backup shows a reminder that a backup puts to rest', async ({ page }, testInfo) => {
  await savePrompt(page, 'Old idea', 'Written a while ago.');
  // Age the prompt by eight days, as if the person had worked for a week without a backup.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('laqta-library');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction('records', 'readwrite').objectStore('records');
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const req = store.getAllKeys(IDBKeyRange.bound('prompt/', 'prompt/\uffff'));
      req.onsuccess = () => resolve(req.result);
    });
    const record = await new Promise<{ createdAt: number }>((resolve) => {
      const req = store.get(keys[0]!);
      req.onsuccess = () => resolve(req.result);
    });
    await new Promise((resolve) => {
      const put = store.put({ ...record, createdAt: Date.now() - 8 * 24 * 3600 * 1000 }, keys[0]!);
      put.onsuccess = resolve;
    });
    db.close();
  });
  await page.reload();
  await openApp(page, '#/library');
  const reminder = page.getByRole('status').filter({ hasText: 'has never been backed up' });
  await expect(reminder).toBeVisible();
  await reminder.getByRole('button', { name: 'Export a backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Full backup/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await download).saveAs(testInfo.outputPath('week.zip'));
  await expect(page.getByText('has never been backed up')).toHaveCount(0);
  await page.reload();
  await openApp(page, '#/library');
  await expect(page.getByRole('link', { name: 'Open “Old idea” in Compose' })).toBeVisible();
  await expect(page.getByText(/never been backed up|last backup was/)).toHaveCount(0);
});

test("a shared export leaves out providers' raw error answers; 'Include diagnostic details' keeps them", async ({ page }, testInfo) => {
  await savePrompt(page, 'Dune walker', 'A lone walker crosses the dunes at golden hour, slow dolly-in.');
  const body = '{"error":{"message":"API not enabled in project 123456789012","requestId":"req-7f3a"}}';
  await page.evaluate(async (raw) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('laqta-library');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = () => db.transaction('records', 'readwrite').objectStore('records');
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const req = store().getAllKeys(IDBKeyRange.bound('prompt/', 'prompt/\uffff'));
      req.onsuccess = () => resolve(req.result);
    });
    const promptId = String(keys[0]).slice('prompt/'.length);
    const params = { provider: 'gemini', model: 'veo-3.1-generate-preview', seconds: 8, aspectRatio: '16:9', resolution: '720p' };
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').put({ id: 'e2efailed001', promptId, rev: 1, text: 'seeded', provider: 'gemini', model: params.model, params, status: 'failed', createdAt: 1_700_000_000_000, error: { kind: 'quota', status: 403, raw, reason: 'API not enabled in project 123456789012' } }, 'run/e2efailed001');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, body);
  await openApp(page, '#/library');

  const shared = testInfo.outputPath('shared.laqta.json');
  await exportAs(page, /Laqta library/, shared);
  const sharedRun = JSON.parse(readFileSync(shared, 'utf8')).runs[0];
  expect(sharedRun.error).toEqual({ kind: 'quota', status: 403 });
  expect(readFileSync(shared, 'utf8')).not.toContain('123456789012');

  await page.getByRole('button', { name: 'Export prompts to a file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('checkbox', { name: 'Include diagnostic details' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Include diagnostic details' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const report = testInfo.outputPath('report.laqta.json');
  await download.saveAs(report);
  expect(JSON.parse(readFileSync(report, 'utf8')).runs[0].error).toMatchObject({ kind: 'quota', raw: body, reason: 'API not enabled in project 123456789012' });
});
