import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, savePrompt } from './fixtures';
import { e2ePorts } from './ports';
import { putStored, type SeedVideo } from './storage-probe';

const media = (name: string) => readFileSync(new URL(`../fixtures/media/${name}`, import.meta.url));

interface Seed {
  id: string;
  title: string;
  text: string;
  lighting: string;
  video?: { file: string; mimeType: string };
}

const variants: Seed[] = [
  { id: 'p-golden', title: 'Dunes golden', text: 'A lone walker crosses the dunes at golden hour, slow dolly-in.', lighting: 'golden hour', video: { file: 'sample-a.mp4', mimeType: 'video/mp4' } },
  { id: 'p-blue', title: 'Dunes blue', text: 'A lone walker crosses the dunes at blue hour, slow dolly-in.', lighting: 'blue hour', video: { file: 'sample-b.mp4', mimeType: 'video/mp4' } },
  { id: 'p-noon', title: 'Dunes noon', text: 'A lone walker crosses the dunes at harsh noon, slow dolly-in.', lighting: 'harsh noon', video: { file: 'sample-c.webm', mimeType: 'video/webm' } },
];

/** Writes prompts (with their first version) and one finished run per prompt, with its video, straight into the app's databases. */
async function seed(page: Page, seeds: Seed[]): Promise<void> {
  const now = Date.now();
  const params = { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 6, aspectRatio: '16:9', resolution: '720p' };
  const shotOf = (lighting: string) => ({
    style: [], styleNotes: '', subject: 'a lone walker', appearance: '', setting: 'dunes', timeOfDay: '', weather: '', shotSize: [], angle: [], lens: [],
    movement: ['slow dolly-in'], lighting: [lighting], lightingNotes: '', palette: [], mood: '', pacing: [], beats: [], dialogue: [], audio: [], sound: '', avoid: '',
  });
  const records: [string, unknown][] = [];
  const videos: SeedVideo[] = [];
  seeds.forEach((s, i) => {
    const at = now - (seeds.length - i) * 1000;
    const shot = shotOf(s.lighting);
    records.push([`prompt/${s.id}`, { id: s.id, title: s.title, text: s.text, shot, params, tags: [], favorite: false, createdAt: at, updatedAt: at, rev: 1 }]);
    records.push([`version/${s.id}/00000001`, { promptId: s.id, rev: 1, title: s.title, text: s.text, shot, params, savedAt: at }]);
    if (s.video) {
      const bytes = media(s.video.file);
      const runId = `run-${s.id}`;
      records.push([
        `run/${runId}`,
        { id: runId, promptId: s.id, rev: 1, text: s.text, provider: 'gemini', model: params.model, params, status: 'succeeded', createdAt: at, finishedAt: at + 500, media: { video: `video/${runId}`, mimeType: s.video.mimeType, bytes: bytes.length } },
      ]);
      videos.push({ key: `video/${runId}`, base64: bytes.toString('base64'), mimeType: s.video.mimeType });
    }
  });
  await putStored(page, records, videos);
}

async function seedAndOpenLibrary(page: Page, seeds: Seed[]): Promise<void> {
  await openApp(page, '#/library');
  await seed(page, seeds);
  await page.reload();
  await openApp(page, '#/library');
}

test('three variants: the difference is highlighted, results play in sync, and the verdict survives a reload', async ({ page }) => {
  await seedAndOpenLibrary(page, variants);
  for (const v of variants) await page.getByRole('checkbox', { name: `Pick “${v.title}” for comparison` }).check();
  await page.getByRole('link', { name: 'Compare these 3' }).click();

  const columns = page.getByTestId('compare-column');
  await expect(columns).toHaveCount(3);
  await expect(columns.nth(1).locator('ins')).toHaveText('added: blue (end)');
  await expect(columns.nth(1).locator('del')).toHaveText('removed: golden (end)');
  await expect(columns.nth(2).locator('ins')).toContainText('harsh noon');
  await expect(page.getByTestId('shot-table').getByRole('row', { name: /Lighting/ })).toContainText('golden hour');
  await expect(page.getByTestId('shot-table').getByRole('row')).toHaveCount(2);

  const videos = page.locator('video');
  await expect(videos).toHaveCount(3);
  await page.getByTestId('play-all').click();
  await page.waitForFunction(() => [...document.querySelectorAll('video')].every((v) => !v.paused) && document.querySelectorAll('video')[0]!.currentTime >= 3, null, { timeout: 15_000 });
  // After 3 s of playback, the spread between the videos sampled every animation frame for a
  // second: one sample can catch a video mid-correction on a loaded machine, the median is what a
  // person sees. Sampling stops before the 6 s clips loop.
  const spreads = await page.evaluate(async () => {
    const samples: number[] = [];
    const end = performance.now() + 1000;
    const first = document.querySelector('video')!;
    while (performance.now() < end && first.currentTime < 5.5) {
      await new Promise(requestAnimationFrame);
      const times = [...document.querySelectorAll('video')].map((v) => v.currentTime);
      samples.push(Math.max(...times) - Math.min(...times));
    }
    return samples.sort((a, b) => a - b);
  });
  expect(spreads.length, 'frames sampled').toBeGreaterThan(5);
  const median = spreads[Math.floor(spreads.length / 2)]!;
  test.info().annotations.push({ type: 'spread', description: `median ${median.toFixed(4)} s, worst ${spreads.at(-1)!.toFixed(4)} s over ${spreads.length} frames` });
  expect(median).toBeLessThan(1 / 24);
  await page.getByTestId('play-all').click();
  await page.screenshot({ path: 'test-results/compare-en.png', fullPage: true });

  await page.getByRole('group', { name: 'Rating of B · Dunes blue' }).getByRole('radio', { name: '4 stars' }).check();
  await page.getByRole('combobox', { name: 'Add a tag to B · Dunes blue' }).fill('good motion');
  await page.getByRole('combobox', { name: 'Add a tag to B · Dunes blue' }).press('Enter');
  await page.getByRole('button', { name: 'Pick B · Dunes blue as the winner' }).click();
  await expect(page.getByTestId('winner')).toHaveText('Winner: B · Dunes blue');
  await expect(page).toHaveURL(/#\/compare\/[0-9a-z]+$/);

  await page.reload();
  await openApp(page, new URL(page.url()).hash);
  await expect(page.getByTestId('winner')).toHaveText('Winner: B · Dunes blue');
  await expect(page.getByRole('group', { name: 'Rating of B · Dunes blue' }).getByRole('radio', { name: '4 stars' })).toBeChecked();
  await expect(page.getByRole('list', { name: 'Tags of B · Dunes blue' })).toContainText('good motion');

  await openApp(page, '#/compare');
  await expect(page.getByRole('link', { name: 'Dunes golden vs Dunes blue vs Dunes noon' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Dunes golden vs' })).toContainText('Winner: Dunes blue');
});

test('flicker mode alternates two results in one frame', async ({ page }) => {
  await seedAndOpenLibrary(page, variants.slice(0, 2));
  await openApp(page, '#/compare/new/p-golden,p-blue');
  await page.getByRole('checkbox', { name: 'Flicker' }).check();
  const frame = page.getByRole('group', { name: /Flicker view/ });
  await expect(frame.locator('video')).toHaveCount(2);
  await expect(frame).toContainText('Showing A · Dunes golden');
  await expect(frame).toContainText('Showing B · Dunes blue', { timeout: 3000 });
});

test('a prompt can be compared with its previous version', async ({ page }) => {
  await seedAndOpenLibrary(page, [{ id: 'p-one', title: 'Lighthouse', text: 'A lighthouse at dusk.', lighting: 'dusk' }]);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('laqta-library');
      req.onsuccess = () => resolve(req.result);
    });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const params = { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 6, aspectRatio: '16:9', resolution: '720p' };
    store.put({ id: 'p-one', title: 'Lighthouse', text: 'A lighthouse in a storm.', params, tags: [], favorite: false, createdAt: 1, updatedAt: 2, rev: 2 }, 'prompt/p-one');
    store.put({ promptId: 'p-one', rev: 2, title: 'Lighthouse', text: 'A lighthouse in a storm.', params, savedAt: 2 }, 'version/p-one/00000002');
    await new Promise((resolve) => (tx.oncomplete = resolve));
  });
  await page.reload();
  await openApp(page, '#/compare');
  await page.getByRole('link', { name: 'Compare “Lighthouse” with its previous version' }).click();
  const columns = page.getByTestId('compare-column');
  await expect(columns.nth(0).getByRole('combobox', { name: 'Version of “Lighthouse”' })).toHaveValue('1');
  await expect(columns.nth(1).locator('ins')).toHaveText('added: in a storm (end)');
  await expect(page.getByText('No result for this prompt yet.').first()).toBeVisible();
});

test('the comparison reads right-to-left in Arabic and stacks on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await seedAndOpenLibrary(page, variants);
  // Below 700 px the language is in the header's menu.
  await page.getByRole('button', { name: /^Menu/ }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await openApp(page, '#/compare/new/p-golden,p-blue,p-noon');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'المقارنة', level: 1 })).toBeVisible();
  const boxes = await page.getByTestId('compare-column').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(boxes[1]!).toBeGreaterThan(boxes[0]!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing wider than the screen').toBeLessThanOrEqual(420);
  await page.screenshot({ path: 'test-results/compare-ar-narrow.png', fullPage: true });
});

test('the comparison view and the list pass an axe scan', async ({ page }) => {
  await seedAndOpenLibrary(page, variants);
  for (const hash of ['#/compare/new/p-golden,p-blue,p-noon', '#/compare']) {
    await openApp(page, hash);
    await expect(page.getByRole('heading', { name: 'Compare', level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${hash}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('R26: "generate all" fills the columns without results from the local fake provider, after showing the cost', async ({ page }) => {
  await openApp(page, '#/settings');
  const card = page.getByRole('region', { name: 'Google Gemini' });
  await card.getByLabel('Base URL').fill(`http://127.0.0.1:${e2ePorts().gemini}/v1beta`);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByText('Base URL saved.')).toBeVisible();
  await card.getByLabel('API key').fill('gemini-test-key');
  await card.getByRole('radio', { name: 'in this tab only', exact: true }).check();
  await card.getByRole('button', { name: 'Save key' }).click();
  await expect(card.getByText('Key saved.')).toBeVisible();

  await savePrompt(page, 'Harbour A', 'Wide shot of a harbour at blue hour, slow dolly-in.');
  await savePrompt(page, 'Harbour B', 'Wide shot of a harbour at golden hour, slow dolly-in.');
  await openApp(page, '#/library');
  for (const title of ['Harbour A', 'Harbour B']) await page.getByRole('checkbox', { name: `Pick “${title}” for comparison` }).check();
  await page.getByRole('link', { name: 'Compare these 2' }).click();
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  await expect(page.locator('video')).toHaveCount(0);

  await page.getByRole('button', { name: 'Generate the 2 missing results' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate the missing results' });
  await expect(dialog).toContainText('2 runs with Google Gemini');
  await expect(dialog).toContainText('Estimated total');
  await dialog.getByRole('button', { name: 'Start 2 runs' }).click();
  await expect(page.locator('video')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: /missing result/ })).toHaveCount(0);

  // The shared player bar does not cover a column's "Result shown" choice when the column is
  // scrolled to the top or the middle of the screen, nor when the choice gets keyboard focus.
  const uncovered = (el: Element) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === el || el.contains(hit);
  };
  for (const select of await page.getByRole('combobox', { name: 'Result shown' }).all()) {
    for (const block of ['start', 'center'] as const) {
      await select.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
      expect(await select.evaluate(uncovered), `"Result shown" visible when scrolled to the ${block}`).toBe(true);
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => window.scrollTo(0, 0));
    await select.focus();
    expect(await select.evaluate(uncovered), '"Result shown" visible once focused').toBe(true);
  }
});

/** Makes the page's writes of comparison records fail (as a full disk would) until `refuse(page, false)`. */
async function refuseComparisonWrites(page: Page, refuse: boolean): Promise<void> {
  await page.evaluate((on) => {
    const w = window as unknown as { __laqtaRefuse?: boolean; __laqtaPatched?: boolean };
    w.__laqtaRefuse = on;
    if (w.__laqtaPatched) return;
    w.__laqtaPatched = true;
    const proto = IDBObjectStore.prototype;
    for (const name of ['put', 'delete'] as const) {
      const real = proto[name] as (...args: unknown[]) => IDBRequest;
      proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
        const key = String(name === 'put' ? args[1] : args[0]);
        if (w.__laqtaRefuse && key.startsWith('comparison/')) throw new DOMException('refused by the test', 'QuotaExceededError');
        return real.apply(this, args);
      } as never;
    }
  }, refuse);
}

test('a failed save in Compare says so and claims no success; a failed delete stays on the comparison', async ({ page }) => {
  await seedAndOpenLibrary(page, variants.slice(0, 2).map(({ video: _v, ...s }) => s));
  await openApp(page, '#/compare/new/p-golden,p-blue');
  await expect(page.getByTestId('compare-column')).toHaveCount(2);

  await refuseComparisonWrites(page, true);
  await page.getByRole('button', { name: 'Save comparison' }).click();
  await expect(page.getByText(/no room left for Laqta's data/)).toBeVisible();
  // Counted once, not awaited: a success toast would have come with the error, and it fades after 6 s.
  expect(await page.getByText('Comparison saved.').count()).toBe(0);
  await expect(page.getByText('Not saved yet')).toBeVisible();
  await expect(page).toHaveURL(/#\/compare\/new\//);

  await refuseComparisonWrites(page, false);
  await page.getByRole('button', { name: 'Save comparison' }).click();
  await expect(page.getByText('Comparison saved.')).toBeVisible();
  await expect(page).toHaveURL(/#\/compare\/[0-9a-z]+$/);
  const saved = page.url();

  await refuseComparisonWrites(page, true);
  await page.getByRole('button', { name: 'Delete comparison' }).click();
  await expect(page.getByText(/no room left for Laqta's data/).last()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compare', level: 1 })).toBeVisible();
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  expect(page.url()).toBe(saved);
});
