import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures';
import { exportBackup, importAll } from './library-steps';
import { addKey, bases, chooseModel, runRow } from './provider-steps';

type Logged = { method: string; url: string; body: string };
const picture = new URL('../fixtures/media/thumb.webp', import.meta.url);

/** The Omni creates the Gemini fake received for prompts carrying `marker`, as sent. */
async function omniCreates(request: APIRequestContext, marker: string) {
  const log = (await (await request.get(`${new URL(bases.gemini).origin}/__control/requests`)).json()) as Logged[];
  return log.filter((r) => r.method === 'POST' && new URL(r.url, 'http://x').pathname.endsWith('/interactions') && r.body.includes(marker)).map((r) => r.body);
}

async function generateHere(page: Page) {
  await page.getByRole('region', { name: 'Generate' }).getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();
}

test('a first frame picked in Compose reaches Omni as an image input, shows on the run, and travels through a zip', async ({ page, browser, request }, testInfo) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await page.goto('./#/compose');
  await page.getByRole('button', { name: 'New prompt' }).click();
  await page.getByLabel('Title').fill('Fox at first light');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A red fox wakes in the snow, slow push-in. [img-e2e]');
  const panel = await chooseModel(page, 'gemini', 'gemini-omni-1.1-flash');

  const images = panel.getByTestId('image-inputs');
  await images.getByLabel('Choose a first frame').setInputFiles({ name: 'fox.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await expect(images.getByRole('alert')).toHaveText(/“fox\.svg” is not a PNG, JPEG or WebP image\. Choose one of those; nothing was changed\./);
  await images.getByLabel('Choose a first frame').setInputFiles(picture.pathname);
  await expect(images.getByRole('img', { name: 'First frame, 320×180' })).toBeVisible();
  await expect(images.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await generateHere(page);

  await expect.poll(async () => (await omniCreates(request, '[img-e2e]')).length).toBe(1);
  const [sent] = await omniCreates(request, '[img-e2e]');
  // The text binds the tag to the first image item; the picture itself, re-encoded in the browser, is still WebP ("RIFF…" in base64).
  expect(sent).toMatch(/"input":\[\{"type":"text","text":"\[# Media <FIRST_FRAME>@Image1\]\\nA red fox/);
  expect(sent).toMatch(/\},\{"type":"image","mime_type":"image\/webp","data":"UklGR/);

  await openApp(page, '#/runs');
  const row = runRow(page, 'Fox at first light');
  await expect(row.getByRole('list', { name: 'Sent with these images' }).getByRole('img', { name: 'First frame, 320×180' })).toBeVisible();
  await expect(row.getByTestId('run-status')).toHaveText('Done', { timeout: 20_000 });

  const zipPath = testInfo.outputPath('with-images.zip');
  await exportBackup(page, zipPath);
  expect(readFileSync(zipPath).includes(Buffer.from('media/image/'))).toBe(true);

  // Another browser: import the zip, the prompt shows its first frame, and Generate sends it again.
  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await fresh.newPage();
  await importAll(other, zipPath);
  await addKey(other, 'gemini', 'AIza-test-gemini');
  await openApp(other, '#/library');
  await other.getByRole('link', { name: 'Open “Fox at first light” in Compose' }).click();
  const otherPanel = other.getByRole('region', { name: 'Generate' });
  await expect(otherPanel.getByTestId('image-inputs').getByRole('img', { name: 'First frame, 320×180' })).toBeVisible();
  await generateHere(other);
  await expect.poll(async () => (await omniCreates(request, '[img-e2e]')).length).toBe(2);
  const [, again] = await omniCreates(request, '[img-e2e]');
  expect(again!.slice(0, 1900)).toBe(sent!.slice(0, 1900));
  await fresh.close();
});

test('a model that takes no images says so in one sentence, and offers no picker', async ({ page }) => {
  await page.goto('./#/compose');
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('fal.ai');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('fal-ai/ltx-2/text-to-video');
  await expect(panel.getByTestId('images-not-offered')).toHaveText('fal-ai/ltx-2/text-to-video takes no images: it makes the video from the text alone.');
  await expect(panel.getByLabel('Choose a first frame')).toHaveCount(0);
});

test('the image pickers are named in English and Arabic and pass axe in both', async ({ page }) => {
  for (const [locale, region, provider, names] of [
    ['en', 'Generate', 'Provider', ['Choose a first frame', 'Choose a last frame', 'Add a reference image']],
    ['ar', 'التوليد', 'المزوّد', ['اختر إطارًا أول', 'اختر إطارًا أخيرًا', 'أضف صورة مرجعية']],
  ] as const) {
    await page.goto('./#/compose');
    await page.evaluate((l) => localStorage.setItem('laqta.locale', l), locale);
    await page.reload();
    await openApp(page, '#/compose');
    const panel = page.getByRole('region', { name: region });
    await panel.getByRole('combobox', { name: provider }).selectOption('gemini');
    const images = panel.getByTestId('image-inputs');
    for (const name of names) await expect(images.getByLabel(name, { exact: true })).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('[data-testid="image-inputs"]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }
});

test('fal Seedance 2.0: a first and a last frame go to its image-to-video endpoint as image_url and end_image_url, with the shot’s settings', async ({ page }) => {
  await addKey(page, 'fal', 'fal-test-key');
  await page.goto('./#/compose');
  await page.getByRole('button', { name: 'New prompt' }).click();
  await page.getByLabel('Title').fill('Dune at dusk');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Wind lifts sand off a dune crest at dusk. [seedance-frames]');
  const panel = await chooseModel(page, 'fal', 'bytedance/seedance-2.0/text-to-video');
  const images = panel.getByTestId('image-inputs');
  await images.getByLabel('Choose a first frame').setInputFiles(picture.pathname);
  await images.getByLabel('Choose a last frame').setInputFiles(picture.pathname);
  await expect(images.getByRole('img', { name: 'Last frame, 320×180' })).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  // The request as the browser sent it (the fake's own log keeps only the first 2,000 characters).
  const created = page.waitForRequest((r) => r.method() === 'POST' && r.url().startsWith(bases.fal) && (r.postData() ?? '').includes('[seedance-frames]'));
  await generateHere(page);
  const create = await created;
  expect(new URL(create.url()).pathname).toBe('/bytedance/seedance-2.0/image-to-video');
  const input = create.postDataJSON() as Record<string, unknown>;
  expect(input.image_url).toMatch(/^data:image\/webp;base64,UklGR/);
  expect(input.end_image_url).toMatch(/^data:image\/webp;base64,UklGR/);
  expect(input).toMatchObject({ resolution: expect.any(String), duration: expect.any(String) });
});
