import { test, expect, openApp } from './fixtures';
import { addKey, bases, expectPlays, generate, runRow } from './provider-steps';

const key = 'AIza-test-gemini-extend';

test('a Veo file still PROCESSING is waited for, then stored and played; the key travels in a header, never in a URL', async ({ page }) => {
  const sent: { url: string; header: string | undefined }[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(bases.gemini)) sent.push({ url: r.url(), header: r.headers()['x-goog-api-key'] });
  });
  await addKey(page, 'gemini', key);
  await generate(page, 'gemini', 'Slow file', 'Fog lifting off a lake at dawn [1s] [processing]', 'veo-3.1-lite-generate-preview');
  await openApp(page, '#/runs');
  await expect(runRow(page, 'Slow file').getByTestId('run-status')).toHaveText('Done', { timeout: 20_000 });
  await expectPlays(page, 'Slow file');

  const looks = sent.filter((r) => /\/files\/[a-z0-9-]+$/.test(new URL(r.url).pathname));
  expect(looks.length, 'files.get was asked until the file was ACTIVE').toBeGreaterThan(1);
  const downloads = sent.filter((r) => r.url.includes(':download'));
  expect(downloads.length, 'downloaded once, after ACTIVE').toBe(1);
  expect(sent.every((r) => !r.url.includes(key)), 'no URL carries the key').toBe(true);
  expect(downloads[0]!.header).toBe(key);
});

test('a Veo file that ends FAILED says so plainly instead of "expired"', async ({ page }) => {
  await addKey(page, 'gemini', key);
  await generate(page, 'gemini', 'Broken file', 'A kite over a beach [1s] [filefail]', 'veo-3.1-lite-generate-preview');
  await openApp(page, '#/runs');
  await expect(runRow(page, 'Broken file').getByTestId('run-error')).toHaveText(
    'Google Gemini made the video but could not finish its file: \u2068The video file could not be processed.\u2069. Generate it again.',
    { timeout: 20_000 },
  );
});

test('a Veo download that redirects where the browser cannot see is not followed with the key: the run says it was not stored', async ({ page }) => {
  await addKey(page, 'gemini', key);
  await generate(page, 'gemini', 'Hidden redirect', 'Snow on a tram line [1s] [redirect]', 'veo-3.1-lite-generate-preview');
  await openApp(page, '#/runs');
  await expect(runRow(page, 'Hidden redirect').getByTestId('run-error')).toHaveText(/made the video, but your browser would not let Laqta fetch it/, { timeout: 20_000 });
});
