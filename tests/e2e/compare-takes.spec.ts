import type { APIRequestContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures';
import { addKey, bases } from './provider-steps';

type Logged = { method: string; url: string; body: string };

/** The creates the fal fake received for prompts carrying `marker`, with the input each sent. */
async function falCreates(request: APIRequestContext, marker: string): Promise<{ prompt: string; seed?: number }[]> {
  const log = (await (await request.get(`${bases.fal}/__control/requests`)).json()) as Logged[];
  return log
    .filter((r) => r.method === 'POST' && new URL(r.url, 'http://x').pathname === '/fal-ai/veo3' && r.body.includes(marker))
    .map((r) => JSON.parse(r.body) as { prompt: string; seed?: number });
}

/** Compose: a new prompt for fal.ai's Veo 3 (a model that takes a seed), saved with those settings. */
async function saveVeoPrompt(page: Page, title: string, text: string) {
  await page.goto('./#/compose');
  await page.getByRole('button', { name: 'New prompt' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill(text);
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('fal.ai');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('fal-ai/veo3');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

async function rate(page: Page, take: string, stars: number) {
  const group = page.getByRole('group', { name: `Rating of ${take}` });
  await group.getByRole('radio', { name: stars === 1 ? '1 star' : `${stars} stars` }).check();
  await expect(group.getByRole('radio', { name: stars === 1 ? '1 star' : `${stars} stars` })).toBeChecked();
}

test('Compare: "Generate all" with 3 takes gives 2 columns × 3 takes with shared seeds; rated per take, the verdict follows the ratings; a take re-run with its seed sends that seed', async ({ page, request }) => {
  test.setTimeout(150_000);
  await addKey(page, 'fal', 'fal-test-key');
  await saveVeoPrompt(page, 'Lantern A', 'A paper lantern drifts over a night river, slow push-in. ctakes-run');
  await saveVeoPrompt(page, 'Lantern B', 'A paper lantern drifts over a night river at dawn, slow push-in. ctakes-run');
  await openApp(page, '#/library');
  for (const title of ['Lantern A', 'Lantern B']) await page.getByRole('checkbox', { name: `Pick “${title}” for comparison` }).check();
  await page.getByRole('link', { name: 'Compare these 2' }).click();
  await expect(page.getByTestId('compare-column')).toHaveCount(2);

  // 3 takes of every column: 6 runs at $0.40/s × 8 s, total shown before anything is sent.
  await page.getByRole('spinbutton', { name: 'Takes per column' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Takes per column' }).press('Tab');
  await page.getByRole('button', { name: 'Generate 3 takes of every column' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate takes of every column' });
  await expect(dialog).toContainText('3 takes of each of the 2 columns: 6 runs with fal.ai · fal-ai/veo3 · 8 s');
  await expect(dialog).toContainText('Estimated total: $19.20');
  await expect(dialog).toContainText('The first take of every column gets the same seed');
  expect(await falCreates(request, 'ctakes-run')).toHaveLength(0);
  await dialog.getByRole('button', { name: 'Start 6 runs' }).click();

  await page.getByRole('radio', { name: 'Every take of each column' }).check({ timeout: 30_000 });
  const takes = page.getByTestId('compare-take');
  await expect(takes).toHaveCount(6);
  for (const column of ['A', 'B']) {
    for (const k of [1, 2, 3]) await expect(page.getByRole('article', { name: `${column}, take ${k} of 3` }).locator('video')).toHaveCount(1, { timeout: 60_000 });
  }
  const creates = await falCreates(request, 'ctakes-run');
  expect(creates).toHaveLength(6);
  const seedsOf = (dawn: boolean) => creates.filter((c) => c.prompt.includes('dawn') === dawn).map((c) => c.seed);
  expect(new Set(seedsOf(false)).size).toBe(3);
  expect(new Set(seedsOf(true))).toEqual(new Set(seedsOf(false)));
  for (const seed of seedsOf(false)) expect(Number.isInteger(seed)).toBe(true);

  // Rated per take: the verdict waits for two rated takes per column, then follows the ratings.
  for (const [k, stars] of [[1, 2], [2, 3], [3, 2]] as const) await rate(page, `A, take ${k} of 3`, stars);
  await rate(page, 'B, take 1 of 3', 5);
  const verdict = page.getByTestId('takes-verdict');
  await expect(verdict).toHaveText('Rate at least 2 takes of B to get a verdict (1 rated so far).');
  await rate(page, 'B, take 2 of 3', 4);
  // A's third take has no rated partner yet: every take is compared with every take (Mann-Whitney), and the seed pairs only counted.
  await expect(verdict).toHaveText('Too close to call with 2 takes: B leads in 6 of 6 pairings, which luck alone gives 20% of the time. Generate more takes.');
  await expect(page.getByTestId('takes-seed-pairs')).toHaveText('Take by take, with the same seed: B is rated higher in 2 of 2 takes (A higher in 0, the same in 0).');
  await expect(page.getByText(/How this is decided: every take of one column is paired with every take of the other/)).toBeVisible();
  await rate(page, 'B, take 3 of 3', 5);
  await expect(page.getByTestId('column-ratings').first()).toHaveText('A: mean 2.3 · range 2–3 · 3 rated takes');
  await expect(page.getByTestId('column-ratings').nth(1)).toHaveText('B: mean 4.7 · range 4–5 · 3 rated takes');
  // Every take now has its seed's partner: the paired test (exact signed-rank), where 3 of 3 pairs won is 2/8 = 25%.
  await expect(verdict).toHaveText('Too close to call with 3 takes paired by seed: B is rated higher in 3 of 3 pairs (A in 0, the same in 0), which luck alone gives 25% of the time. Generate more takes.');
  await expect(page.getByTestId('takes-seed-pairs')).toHaveCount(0);
  await expect(page.getByText(/How this is decided: the takes were made with shared seeds, so each take is compared with the take of the other column made with the same seed/)).toBeVisible();
  // Ratings are stored per take: changing them changes the sentence.
  for (const k of [1, 2, 3]) await rate(page, `A, take ${k} of 3`, 5);
  await rate(page, 'B, take 3 of 3', 4);
  await expect(page.getByTestId('column-ratings').first()).toHaveText('A: mean 5 · range 5–5 · 3 rated takes');
  await expect(page.getByTestId('column-ratings').nth(1)).toHaveText('B: mean 4.3 · range 4–5 · 3 rated takes');
  await expect(verdict).toHaveText('Too close to call with 3 takes paired by seed: A is rated higher in 2 of 3 pairs (B in 0, the same in 1), which luck alone gives 50% of the time. Generate more takes.');

  // A take re-run with its seed sends that seed again, once.
  const take = page.getByRole('article', { name: 'A, take 2 of 3' });
  const seed = Number((await take.getByText(/^seed \d+$/).textContent())!.replace('seed ', ''));
  expect(seedsOf(false)).toContain(seed);
  await take.getByRole('button', { name: 'Re-run A, take 2 of 3 with this seed' }).click();
  await expect.poll(async () => (await falCreates(request, 'ctakes-run')).length, { timeout: 20_000 }).toBe(7);
  const rerun = (await falCreates(request, 'ctakes-run'))[6]!;
  expect(rerun).toMatchObject({ seed, prompt: expect.not.stringContaining('dawn') });
  await expect(takes).toHaveCount(6);

  // The grid passes an axe scan; "Play in sync" chooses the take the synced players show for B.
  const axe = await new AxeBuilder({ page }).include('[data-testid="result"]').analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/compare-takes-grid.png', fullPage: true });
  await page.getByRole('button', { name: 'Play B, take 3 of 3 in sync with the other columns' }).click();
  await expect(page.getByRole('article', { name: 'B, take 3 of 3' })).toContainText('In the synced player');
  await page.getByRole('radio', { name: 'One take per column, in sync' }).check();
  const shownB = page.getByTestId('result').nth(1).getByRole('combobox', { name: 'Result shown' });
  await expect(shownB.locator('option:checked')).toContainText('Take 3 of 3');
  await expect(page.getByTestId('play-all')).toBeVisible();

  // In Arabic: right to left, the summary and the verdict in Arabic with the locale's digits.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('radio', { name: 'كل لقطات كل عمود' }).check();
  const n = (v: number) => page.evaluate((x) => new Intl.NumberFormat('ar').format(x), v);
  await expect(page.getByTestId('column-ratings').first()).toHaveText(`أ: المتوسط ${await n(5)} · المدى ${await n(5)}–${await n(5)} · ${await n(3)} لقطات مقيَّمة`);
  await expect(verdict).toContainText(`الفرق أصغر من أن يُحسم بـ${await n(3)} لقطات مقترنة بالبذرة`);
  await expect(page.getByRole('group', { name: `تقييم ب، اللقطة ${await n(1)} من ${await n(3)}` })).toBeVisible();
  await page.screenshot({ path: 'test-results/compare-takes-grid-ar.png', fullPage: true });
  // On a phone the columns stack and the grid fits the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByTestId('compare-take')).toHaveCount(6);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing wider than the screen').toBeLessThanOrEqual(375);
  await page.screenshot({ path: 'test-results/compare-takes-grid-ar-375.png', fullPage: true });
});

test('Runs: a finished take of a seeded model is re-run with its seed, as the next attempt of that take', async ({ page, request }) => {
  await addKey(page, 'fal', 'fal-test-key');
  await saveVeoPrompt(page, 'Kite takes', 'A red kite over a grey beach, slow tilt up. rtakes-run');
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('spinbutton', { name: 'Takes' }).fill('2');
  await panel.getByRole('spinbutton', { name: 'Takes' }).press('Tab');
  await panel.getByRole('button', { name: 'Generate 2 takes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate 2 videos?' });
  await expect(dialog).toContainText('Each take gets its own seed');
  await dialog.getByRole('button', { name: 'Send 2 requests' }).click();

  await openApp(page, '#/runs');
  const group = page.getByTestId('take-group');
  await expect(group.getByTestId('take-count')).toHaveText('2 takes: 2 done, 0 failed', { timeout: 30_000 });
  const first = group.getByRole('article', { name: 'Take 1 of 2' });
  const seed = Number((await first.getByText(/^seed \d+$/).textContent())!.replace('seed ', ''));
  const sent = await falCreates(request, 'rtakes-run');
  expect(sent).toHaveLength(2);
  expect(sent.map((c) => c.seed)).toContain(seed);
  await first.getByRole('button', { name: 'Re-run Take 1 of 2 with this seed' }).click();
  await expect(first).toContainText('2 attempts');
  await expect(group.getByTestId('take-count')).toHaveText('2 takes: 2 done, 0 failed', { timeout: 30_000 });
  const after = await falCreates(request, 'rtakes-run');
  expect(after).toHaveLength(3);
  expect(after[2]!.seed).toBe(seed);
});
