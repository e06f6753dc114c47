import type { Page } from '@playwright/test';
import { test, expect, openApp, savePrompt } from './fixtures';

/**
 * Previz, as a newcomer with no key meets it: Generate draws a schematic clip on this device
 * (nothing leaves the page's origin), it plays in Runs, its camera does what the prompt says,
 * and two such clips compare side by side in sync.
 */

/** Every request the page (and its Workers) makes, so a test can say none left the origin. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

function expectSameOrigin(urls: string[], origin: string): void {
  const foreign = urls.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
  expect(foreign, 'requests that left the page origin').toEqual([]);
}

/** In Compose, with a saved prompt open: the Generate panel as a person sees it with no key. */
async function generateWithPreviz(page: Page, seconds = '4', resolution = '720p') {
  const panel = page.getByRole('region', { name: 'Generate' });
  await expect(panel.getByRole('combobox', { name: 'Provider' })).toHaveValue('previz');
  await expect(panel.getByTestId('previz-note')).toContainText('not an AI video');
  await expect(panel.getByTestId('cost-estimate')).toHaveText('Free ($0): drawn on this device.');
  await panel.getByRole('combobox', { name: 'Duration (seconds)' }).selectOption(seconds);
  await panel.getByRole('combobox', { name: 'Resolution' }).selectOption(resolution);
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();
}

/**
 * Counts the stand-in's clothes (the default palette's rust orange) in the first and last frames
 * of a run's video, read back from the page's own player.
 */
async function subjectPixelsFirstAndLast(page: Page): Promise<{ first: number; last: number; duration: number; width: number }> {
  return page.getByTestId('player').evaluate(async (player: HTMLVideoElement) => {
    const video = document.createElement('video');
    video.muted = true;
    video.src = player.src;
    await new Promise((resolve, reject) => {
      video.onloadeddata = resolve;
      video.onerror = () => reject(new Error('the video does not decode'));
    });
    const count = async (time: number) => {
      video.currentTime = time;
      await new Promise((resolve) => (video.onseeked = resolve));
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(video, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 90 && data[i]! > data[i + 1]! * 1.45 && data[i]! > data[i + 2]! * 2.2) n++;
      return n;
    };
    const first = await count(0.02);
    const last = await count(video.duration - 0.05);
    return { first, last, duration: video.duration, width: video.videoWidth };
  });
}

test('with no key, Generate draws a Previz clip that plays in Runs, dollies in as asked, and sends nothing anywhere', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await savePrompt(page, 'Empty street', 'A woman waits on an empty street.\nCamera: medium-wide shot, eye level\nCamera movement: slow dolly-in');
  const started = Date.now();
  await generateWithPreviz(page);

  await openApp(page, '#/runs');
  const row = page.getByRole('article', { name: 'Empty street' });
  await expect(row).toContainText('Previz (schematic preview, not an AI video)');
  await expect(row).toContainText('$0.00');
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 45_000 });
  test.info().annotations.push({ type: 'previz', description: `Generate → playable in Runs: ${Date.now() - started} ms` });

  await row.getByRole('button', { name: 'Play' }).click();
  const player = page.getByTestId('player');
  await expect(player).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  const frames = await subjectPixelsFirstAndLast(page);
  expect(frames.duration).toBeCloseTo(4, 0);
  expect(frames.width).toBe(1280);
  // A dolly-in: the subject fills far more of the last frame than of the first.
  expect(frames.first).toBeGreaterThan(2000);
  expect(frames.last).toBeGreaterThan(frames.first * 1.8);
  await page.keyboard.press('Escape');

  expectSameOrigin(requests, new URL(baseURL!).origin);
});

test('two Previz takes compare side by side and play in sync', async ({ page, baseURL }) => {
  // Two clips drawn one after the other on a 2-core machine shared with other tests.
  test.setTimeout(120_000);
  const requests = watchRequests(page);
  for (const [title, light] of [['Harbour golden', 'golden-hour sunlight'], ['Harbour neon', 'neon signs casting magenta and cyan light']] as const) {
    await savePrompt(page, title, `A sailor on a harbour wall.\nCamera: wide shot, low angle\nCamera movement: slow arc around the subject\nLighting: ${light}`);
    await generateWithPreviz(page, '4', '360p');
  }
  await openApp(page, '#/runs');
  for (const title of ['Harbour golden', 'Harbour neon'])
    await expect(page.getByRole('article', { name: title })).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });

  await openApp(page, '#/library');
  for (const title of ['Harbour golden', 'Harbour neon']) await page.getByRole('checkbox', { name: `Pick “${title}” for comparison` }).check();
  await page.getByRole('link', { name: 'Compare these 2' }).click();
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  const videos = page.locator('video');
  await expect(videos).toHaveCount(2);
  await page.getByTestId('play-all').click();
  await page.waitForFunction(() => [...document.querySelectorAll('video')].every((v) => !v.paused) && document.querySelectorAll('video')[0]!.currentTime >= 1, null, { timeout: 15_000 });
  const spreads = await page.evaluate(async () => {
    const samples: number[] = [];
    const end = performance.now() + 1000;
    const first = document.querySelector('video')!;
    while (performance.now() < end && first.currentTime < 3.5) {
      await new Promise(requestAnimationFrame);
      const times = [...document.querySelectorAll('video')].map((v) => v.currentTime);
      samples.push(Math.max(...times) - Math.min(...times));
    }
    return samples.sort((a, b) => a - b);
  });
  expect(spreads.length, 'frames sampled').toBeGreaterThan(5);
  expect(spreads[Math.floor(spreads.length / 2)]!).toBeLessThan(1 / 24);
  await page.getByTestId('play-all').click();
  await page.screenshot({ path: 'test-results/previz-compare.png', fullPage: true });
  expectSameOrigin(requests, new URL(baseURL!).origin);
});

test('a camera or light term can be watched before it is chosen: on hover, and with "Show me" from the keyboard', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await openApp(page);
  const composer = page.getByRole('region', { name: 'Build the shot' });
  await composer.getByRole('button', { name: 'Dolly in', exact: true }).hover();
  const dolly = composer.getByRole('img', { name: 'Schematic preview of “Dolly in”' }).or(composer.getByLabel('Schematic preview of “Dolly in”'));
  await expect(dolly).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => dolly.evaluate((v: HTMLVideoElement) => v.loop && v.readyState >= 2 && v.duration > 1.5 && v.duration < 2.5), { timeout: 10_000 }).toBe(true);
  // Not chosen by looking at it.
  await expect(composer.getByRole('button', { name: 'Dolly in', exact: true })).toHaveAttribute('aria-pressed', 'false');

  // Keyboard focus explains the term, and "Show me" draws its preview at once (the mouse is out of the way).
  await page.mouse.move(0, 0);
  await composer.getByRole('button', { name: 'Golden hour', exact: true }).focus();
  await composer.getByRole('button', { name: 'Show me: Golden hour' }).press('Enter');
  await expect(composer.getByLabel('Schematic preview of “Golden hour”')).toBeVisible({ timeout: 20_000 });
  await composer.getByRole('group', { name: 'Lighting' }).screenshot({ path: 'test-results/previz-term.png' });
  await expect(composer.getByRole('button', { name: 'Golden hour', exact: true })).toHaveAttribute('aria-pressed', 'false');
  expectSameOrigin(requests, new URL(baseURL!).origin);
});

test('the glossary shows the same looping preview for a camera term on hover, and "Show me" draws it from the keyboard', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await openApp(page, '#/glossary');
  const terms = page.getByRole('list', { name: 'Terms' });
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('dolly');
  const card = terms.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Dolly in', exact: true }) });
  await card.hover();
  const dolly = card.getByLabel('Schematic preview of “Dolly in”');
  await expect(dolly).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => dolly.evaluate((v: HTMLVideoElement) => v.loop && !v.paused && v.readyState >= 2 && v.duration > 1.5 && v.duration < 2.5), { timeout: 10_000 }).toBe(true);

  // Keyboard only: the mouse is out of the way, Tab reaches "Show me" on a light term's card, Enter draws it.
  await page.mouse.move(0, 0);
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('golden hour');
  const golden = terms.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Golden hour' }) });
  await golden.getByRole('button', { name: /^Use / }).focus();
  await page.keyboard.press('Tab');
  await expect(golden.getByRole('button', { name: 'Show me: Golden hour' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(golden.getByLabel('Schematic preview of “Golden hour”')).toBeVisible({ timeout: 20_000 });
  await golden.screenshot({ path: 'test-results/previz-glossary.png' });
  // Only camera and light terms are previewed: look (style) terms offer no "Show me".
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('');
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Look' });
  await expect(terms.getByRole('listitem').first()).toBeVisible();
  await expect(terms.getByRole('button', { name: /^Show me: / })).toHaveCount(0);
  expectSameOrigin(requests, new URL(baseURL!).origin);
});
