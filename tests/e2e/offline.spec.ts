import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

/** Resolves once the service worker is active, i.e. the app is stored for offline use. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await expect(page.getByText('Laqta is stored on this device and now opens without a connection.')).toBeVisible({ timeout: 20_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

test('after the first visit Laqta opens, composes, saves and teaches with no connection, in Arabic too', async ({ page, context }) => {
  await openApp(page);
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  // The editor is a lazy chunk: it comes from the stored copy.
  await page.getByRole('button', { name: 'New prompt' }).click();
  await page.getByLabel('Title').fill('Night market');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A night market in the rain, lanterns swaying.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('main')).toContainText('Night market');
  await page.getByRole('link', { name: 'Learn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How a video prompt is built' })).toBeVisible();
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('main')).not.toContainText('could not be loaded');

  // The Arabic messages are a chunk of their own: stored too.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.getByRole('link', { name: 'المكتبة' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'أنت غير متصل' })).toBeVisible();
});

test('a new version is offered, waits for unsaved work, and is applied only on the click', async ({ page }) => {
  await openApp(page);
  await waitForOfflineReady(page);
  await page.reload(); // now the page is controlled by the worker
  await expect(page.getByRole('region', { name: 'App update' })).toHaveCount(0);

  const swPath = new URL(`../../${process.env.LAQTA_OUT_DIR || 'dist'}/sw.js`, import.meta.url);
  const original = readFileSync(swPath, 'utf8');
  try {
    // A deploy: the worker's bytes change. Only this file's tests run a worker, so no other test sees it.
    writeFileSync(swPath, `${original}\n// deployed ${Date.now()}\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const offer = page.getByRole('region', { name: 'App update' });
    await expect(offer).toContainText('A new version of Laqta is ready.', { timeout: 20_000 });

    // Unsaved work: the click explains instead of reloading.
    await page.getByRole('button', { name: 'New prompt' }).click();
    await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A lighthouse at dusk, waves below.');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await offer.getByRole('button', { name: 'Update now' }).click();
    await expect(offer).toContainText('Save your prompt first: updating reloads this tab.');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Update now' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await expect(page.getByRole('region', { name: 'App update' })).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('A lighthouse at dusk');
  } finally {
    writeFileSync(swPath, original);
  }
});
