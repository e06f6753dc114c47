import { test, expect } from './fixtures';
import { budgets, firstPaint } from '../../scripts/bench/first-paint.mjs';

const outDir = process.env.LAQTA_OUT_DIR || 'dist';

test('the first view downloads no more than its budget: the shell with Compose, without the editor, composer or coach', () => {
  // Reads the build the e2e run has just made (no browser): a change that pulls a heavy module
  // back into the first view, or splits it into more files, fails here with the files named.
  const built = firstPaint(outDir);
  for (const lazy of ['codemirror', 'coach', 'vocabulary', 'Composer', 'CoachPanel', 'GeneratePanel', 'compose-dialogs', 'runs.svelte', 'catalog-ar', 'workbox-window']) {
    expect(built.shell.filter((f) => f.startsWith(`assets/${lazy}-`)), `${lazy} is not part of the first view`).toEqual([]);
  }
  expect(built.shellKB, `first view (gzip KB): ${built.shell.join(', ')}`).toBeLessThanOrEqual(budgets.firstViewKB);
  expect(built.requests, `first view files: ${built.shell.join(', ')}`).toBeLessThanOrEqual(budgets.firstViewFiles);
});

for (const width of [1280, 375]) test(`at ${width} px Compose shows the prompt box before the editor has loaded, and the editor takes its place without moving anything`, async ({ page }) => {
  await page.setViewportSize({ width, height: 800 });
  // Hold the editor's code back, as a slow phone would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/codemirror-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./#/compose');

  const hint = page.getByText('Describe the shot: style, subject, setting, camera, lighting, action beats, sound…');
  await expect(hint).toBeVisible();
  await expect(page.locator('.cm-content')).toHaveCount(0);
  // The composer and the Generate options arrive after the prompt, without the editor.
  await expect(page.getByRole('heading', { name: 'Build the shot', level: 2 })).toBeVisible();
  const before = await page.locator('.prompt-editor').boundingBox();
  const lineBefore = await page.locator('.pre-line').boundingBox();
  // A click on the box before the editor is there: the editor takes the focus when it arrives.
  await hint.click();

  release();
  const editor = page.getByRole('textbox', { name: 'Prompt', exact: true });
  await expect(editor).toBeFocused();
  const after = await page.locator('.prompt-editor').boundingBox();
  expect(after).toEqual(before);
  // The editor's line, with its placeholder, sits exactly where the plain one was.
  const line = await page.locator('.cm-line').first().boundingBox();
  for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(line![side] - lineBefore![side]), side).toBeLessThanOrEqual(1);
  await page.keyboard.type('A heron lifts off the river.');
  await expect(editor).toHaveText('A heron lifts off the river.');
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
});

test('a device that reads Arabic asks for the Arabic messages beside the shell; an English one never downloads them', async ({ page }) => {
  const arabic: string[] = [];
  page.on('request', (r) => /\/assets\/catalog-ar-[\w-]+\.js$/.test(r.url()) && arabic.push(r.url()));
  await page.goto('./#/compose');
  await expect(page.getByRole('heading', { name: 'Compose', level: 1 })).toBeVisible();
  await expect(page.locator('link[rel="modulepreload"][href*="catalog-ar-"]')).toHaveCount(0);
  expect(arabic, 'an English reader downloads no Arabic').toEqual([]);

  // The remembered language, as the header's language choice stores it.
  await page.evaluate(() => localStorage.setItem('laqta.locale', 'ar'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'التأليف', level: 1 })).toBeVisible();
  // Asked for by index.html's hint, before the shell has run (the link is the hint's).
  await expect(page.locator('link[rel="modulepreload"][href*="catalog-ar-"]')).toHaveCount(1);
  expect(arabic.length).toBeGreaterThan(0);
});

test('the first paint is the prompt itself (no "Loading…" before it), and the editor, composer and Generate code are asked for only after it is shown', async ({ page }) => {
  await page.addInitScript(() => {
    const seen = { loading: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if ([...document.querySelectorAll('main > [role="status"]')].some((e) => e.textContent === 'Loading…')) seen.loading = true;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('./#/compose');
  await expect(page.getByRole('textbox', { name: 'Prompt', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeVisible();
  const timing = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
    const deferred = performance
      .getEntriesByType('resource')
      .filter((r) => /\/assets\/(codemirror|Composer|GeneratePanel|CoachPanel)-[\w-]+\.js$/.test(r.name))
      .map((r) => ({ name: r.name.split('/').pop()!, start: r.startTime }));
    return { fcp, deferred, loading: (window as unknown as { seen: { loading: boolean } }).seen.loading };
  });
  expect(timing.loading, 'a "Loading…" line was shown before the page').toBe(false);
  expect(timing.deferred.map((d) => d.name.split('-')[0]).sort()).toEqual(['CoachPanel', 'Composer', 'GeneratePanel', 'codemirror']);
  for (const d of timing.deferred) expect(d.start, `${d.name} asked for before the first paint at ${timing.fcp} ms`).toBeGreaterThan(timing.fcp);
});
