import { test, expect, openApp, savePrompt } from './fixtures';
import { e2ePorts } from './ports';
import { addKey, bases, expectPlays, generate, runRow, runErrorAfter } from './provider-steps';

const ports = e2ePorts();

/** The provider's own words, as the app isolates them inside a sentence (so RTL text cannot reorder them). */
const isolated = (reason: string) => `\u2068${reason}\u2069`;

test('OpenAI-compatible: a pasted key is tested, a run shows progress and cost, and the video plays from local storage after a reload with the provider gone', async ({ page, context }) => {
  const card = await addKey(page, 'openai', 'sk-test-openai');
  // Every model the gateway lists is offered (no name filter); ids that are not plain data are dropped.
  await expect(card.getByText('The key works: 3 models listed. Generate offers them.')).toBeVisible();

  await savePrompt(page, 'Lighthouse', 'A lighthouse at dusk, waves breaking, slow push-in.');
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('OpenAI-compatible');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('google/veo-3.1-fast');
  await panel.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('4');
  await panel.getByRole('spinbutton', { name: 'Duration (seconds)' }).press('Tab');
  await expect(panel.getByTestId('cost-estimate')).toHaveText('Cost unknown: OpenAI-compatible publishes no price for this model.');
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();

  await openApp(page, '#/runs');
  const row = runRow(page, 'Lighthouse');
  await expect(row.getByTestId('run-status')).toHaveText(/Queued|Generating/);
  await expect(row.getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await expect(row.getByRole('img', { name: 'Thumbnail of Lighthouse' })).toBeVisible();
  await expectPlays(page, 'Lighthouse');

  await context.route(`http://127.0.0.1:${ports.openai}/**`, (route) => route.abort());
  await page.reload();
  await openApp(page, '#/runs');
  await expectPlays(page, 'Lighthouse');
});

test('Gemini Veo: a run completes through the long-running operation and plays', async ({ page }) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await generate(page, 'gemini', 'Dunes', 'Wind sculpting dunes at sunrise, aerial drift.', 'veo-3.1-lite-generate-preview');
  await openApp(page, '#/runs');
  await expect(runRow(page, 'Dunes').getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await expectPlays(page, 'Dunes');
});

test('Gemini Omni: a run completes through the Interactions API', async ({ page }) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await generate(page, 'gemini', 'Omni street', 'A rainy street at night, neon reflections.', 'gemini-omni-1.1-flash');
  await openApp(page, '#/runs');
  await expect(runRow(page, 'Omni street').getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await expectPlays(page, 'Omni street');
});

test('a second tab follows a run without polling it, and takes it over when the first tab closes', async ({ context }) => {
  const first = await context.newPage();
  await addKey(first, 'gemini', 'AIza-test-gemini');
  await generate(first, 'gemini', 'Hand-over', 'A ferry crosses the bay at dawn [12s]', 'veo-3.1-lite-generate-preview');

  const second = await context.newPage();
  const sent: string[] = [];
  second.on('request', (r) => {
    if (r.url().startsWith(bases.gemini)) sent.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  await openApp(second, '#/runs');
  const row = runRow(second, 'Hand-over');
  await expect(row.getByTestId('run-status')).toHaveText(/Queued|Generating/);
  await second.waitForTimeout(3000);
  expect(sent, 'the first tab polls; the second only shows what it hears').toEqual([]);
  await expect(row.getByTestId('run-status')).toHaveText(/Queued|Generating/);

  await first.close();
  await expect(row.getByTestId('run-status')).toHaveText('Done', { timeout: 25_000 });
  expect(sent.filter((r) => r.startsWith('GET') && r.includes('/operations/')).length, 'polled by the second tab').toBeGreaterThan(0);
  expect(sent.filter((r) => r.startsWith('POST')), 'never created again').toEqual([]);
  await expectPlays(second, 'Hand-over');
});

test('Cancel pressed in another tab stops the run in the tab that drives it', async ({ context }) => {
  const first = await context.newPage();
  await addKey(first, 'gemini', 'AIza-test-gemini');
  await generate(first, 'gemini', 'Far tab', 'A glacier calving, seen from a boat [slow]', 'veo-3.1-lite-generate-preview');
  await openApp(first, '#/runs');
  const second = await context.newPage();
  await openApp(second, '#/runs');
  await expect(runRow(second, 'Far tab').getByTestId('run-status')).toHaveText(/Queued|Generating/);
  await runRow(second, 'Far tab').getByRole('button', { name: 'Cancel' }).click();
  await expect(runRow(first, 'Far tab').getByTestId('run-status')).toHaveText('Cancelled');
  await expect(runRow(second, 'Far tab').getByTestId('run-status')).toHaveText('Cancelled');
});

test('a safety-filtered Veo result says content policy, with Google\'s reason', async ({ page }) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await expect(await runErrorAfter(page, 'gemini', 'Filtered', 'A famous actor waves [policy]', 'veo-3.1-lite-generate-preview')).toHaveText(
    `Google Gemini refused this under its content policy: ${isolated('The prompt contains a celebrity likeness, which is not allowed.')}`,
    { timeout: 15_000 },
  );
});

test('fal.ai: the queue position shows while waiting, then the WebM plays', async ({ page }) => {
  await addKey(page, 'fal', 'fal-test-key');
  await generate(page, 'fal', 'Fox', 'A red fox trotting through snow, telephoto.', 'fal-ai/kling-video/v2.1/master/text-to-video');
  await openApp(page, '#/runs');
  const row = runRow(page, 'Fox');
  await expect(row.getByTestId('run-status')).toHaveText(/Queued at fal\.ai: position \d/);
  await expect(row.getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await expectPlays(page, 'Fox');
});

test('a failed job shows one sentence, with the provider\'s answer under Details as text', async ({ page }) => {
  await addKey(page, 'openai', 'sk-test-openai');
  await generate(page, 'openai', 'Broken', 'This one fails [fail]', 'google/veo-3.1-fast');
  await openApp(page, '#/runs');
  const row = runRow(page, 'Broken');
  await expect(row.getByTestId('run-error')).toHaveText(`OpenAI-compatible could not generate this video: ${isolated('The video could not be generated. Please try again.')}`, {
    timeout: 15_000,
  });
  await row.getByText('Details').click();
  await expect(row.locator('pre')).toContainText('generation_failed');
});

test('R23: a provider error carrying HTML is shown as text and runs nothing', async ({ page }) => {
  await addKey(page, 'openai', 'sk-test-openai');
  await generate(page, 'openai', 'Injected', 'An error with markup [xss]', 'google/veo-3.1-fast');
  await openApp(page, '#/runs');
  const row = runRow(page, 'Injected');
  await expect(row.getByTestId('run-error')).toContainText('<img src=x onerror=', { timeout: 15_000 });
  await expect(row.locator('img[src="x"]')).toHaveCount(0);
  await expect(page).not.toHaveTitle('pwned');
});

test('a refused key (401) says so in one sentence', async ({ page }) => {
  const card = await addKey(page, 'openai', 'sk-bad-key', undefined, { list: false });
  await card.getByRole('button', { name: 'Test key' }).click();
  await expect(card.getByTestId('run-error')).toHaveText('OpenAI-compatible did not accept your key. Check it in Settings, or paste a new one.');
});

test('R27: a retired model says it is no longer available at the provider', async ({ page }) => {
  await addKey(page, 'openai', 'sk-test-openai');
  await expect(await runErrorAfter(page, 'openai', 'Old model', 'A slow pan over a valley.', 'retired-sora-1', true)).toHaveText(
    'This model is no longer available at OpenAI-compatible. Choose another model; your prompts and stored videos are unaffected.',
  );
  await openApp(page, '#/library');
  await expect(page.getByRole('link', { name: 'Open “Old model” in Compose' })).toBeVisible();
});

test('a slow run can be cancelled', async ({ page }) => {
  await addKey(page, 'fal', 'fal-test-key');
  await generate(page, 'fal', 'Slow', 'A very slow sunrise [slow]', 'fal-ai/kling-video/v2.1/master/text-to-video');
  await openApp(page, '#/runs');
  const row = runRow(page, 'Slow');
  await expect(row.getByTestId('run-status')).toHaveText(/Queued at fal\.ai/);
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row.getByTestId('run-status')).toHaveText('Cancelled');
  await expect(row.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
});

test('R22: bytes that are not a video are refused and not stored', async ({ page }) => {
  await addKey(page, 'fal', 'fal-test-key');
  await generate(page, 'fal', 'Not video', 'Give me HTML [notvideo]', 'fal-ai/kling-video/v2.1/master/text-to-video');
  await openApp(page, '#/runs');
  const row = runRow(page, 'Not video');
  await expect(row.getByTestId('run-error')).toHaveText('fal.ai sent a file that is not an MP4 or WebM video, so it was not kept.', { timeout: 15_000 });
  await expect(row.getByRole('button', { name: 'Play' })).toHaveCount(0);
});

test('a combination the model refuses says which value and why, and nothing is sent', async ({ page, request }) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await savePrompt(page, 'Too sharp', 'A crisp 1080p shot of a harbour.');
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('Google Gemini');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('veo-3.1-lite-generate-preview');
  await panel.getByRole('combobox', { name: 'Duration (seconds)' }).selectOption('4');
  await panel.getByRole('combobox', { name: 'Resolution' }).selectOption('1080p');
  await expect(panel.getByRole('alert')).toHaveText('1080p is only available at 8 s with this model.');
  await expect(panel.getByRole('button', { name: 'Generate', exact: true })).toBeDisabled();
  const log = (await (await request.get(`http://127.0.0.1:${ports.gemini}/__control/requests`)).json()) as { body: string }[];
  expect(log.some((r) => r.body.includes('crisp 1080p shot'))).toBe(false);
});

test('R24: a canary key never shows up in the page, console, URLs or stored values, and goes only to its provider', async ({ page, request }) => {
  const canary = `sk-canary-${Date.now().toString(36)}`;
  const consoleText: string[] = [];
  const urls: string[] = [];
  page.on('console', (m) => consoleText.push(m.text()));
  page.on('request', (r) => urls.push(r.url()));

  await openApp(page, '#/settings');
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Unlock keys' }).click();
  await expect(page.getByText('Keys unlocked for this session.')).toBeVisible();
  const card = page.getByRole('region', { name: 'OpenAI-compatible' });
  await card.getByLabel('Base URL').fill(bases.openai);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await card.getByLabel('API key').fill(canary);
  await card.getByRole('radio', { name: 'on this device, encrypted with a passphrase' }).check();
  await card.getByRole('button', { name: 'Save key' }).click();
  await expect(card.getByText('Key saved.')).toBeVisible();

  await expect(await runErrorAfter(page, 'openai', 'Canary run', 'A canary in a cage [fail]', 'google/veo-3.1-fast', true)).toBeVisible({ timeout: 15_000 });
  await runRow(page, 'Canary run').getByText('Details').click();

  expect(await page.locator('body').innerText()).not.toContain(canary);
  expect(await page.title()).not.toContain(canary);
  expect(consoleText.join('\n')).not.toContain(canary);
  expect(urls.filter((u) => u.includes(canary))).toEqual([]);
  const stored = await page.evaluate(async () => {
    const dump: string[] = [];
    for (let i = 0; i < localStorage.length; i++) dump.push(localStorage.getItem(localStorage.key(i)!) ?? '');
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of db.objectStoreNames) {
        const values = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
        });
        for (const v of values) dump.push(v instanceof Blob ? '' : JSON.stringify(v, (_k, x) => (x instanceof ArrayBuffer || ArrayBuffer.isView(x) ? new TextDecoder().decode(x as ArrayBuffer) : x)));
      }
      db.close();
    }
    return dump.join('\n');
  });
  expect(stored).not.toContain(canary);

  for (const port of [ports.gemini, ports.fal]) {
    const log = (await (await request.get(`http://127.0.0.1:${port}/__control/requests`)).json()) as { headers: Record<string, string>; url: string }[];
    expect(JSON.stringify(log)).not.toContain(canary);
  }
  const openaiLog = (await (await request.get(`http://127.0.0.1:${ports.openai}/__control/requests`)).json()) as { headers: Record<string, string> }[];
  expect(openaiLog.some((r) => r.headers.authorization === `Bearer ${canary}`)).toBe(true);
});

test('Remix: a finished OpenAI-compatible video is remixed with new words, sent once as a remix of its job, and plays', async ({ page, request }) => {
  const original = 'A paper boat drifts down a rain gutter, low angle.';
  const change = 'The paper boat is bright red and the rain turns to snow.';
  await addKey(page, 'openai', 'sk-test-openai');
  await generate(page, 'openai', 'Paper boat', original, 'google/veo-3.1-fast');
  await openApp(page, '#/runs');
  const first = runRow(page, 'Paper boat');
  await expect(first.getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });

  // Escape closes the dialog and sends nothing.
  await first.getByRole('button', { name: 'Remix' }).click();
  const dialog = page.getByRole('dialog', { name: /^Remix .*Paper boat/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await first.getByRole('button', { name: 'Remix' }).click();
  await expect(dialog.getByText('Ask the provider for a new video that changes this one: describe the change.')).toBeVisible();
  const box = dialog.getByRole('textbox', { name: 'What should change' });
  await expect(box).toHaveValue(original);
  await box.fill(change);
  await expect(dialog.getByTestId('remix-cost')).toHaveText('Cost unknown: OpenAI-compatible publishes no price for this model.');
  await dialog.getByRole('button', { name: 'Remix', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Remix started. It is at the top of the list.')).toBeVisible();

  const remixRow = runRow(page, 'Paper boat').filter({ has: page.getByTestId('remix-of') });
  await expect(remixRow.getByTestId('remix-of')).toHaveText('Remix of “Paper boat”');
  await expect(runRow(page, 'Paper boat')).toHaveCount(2);
  await expect(remixRow.getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await remixRow.getByRole('button', { name: 'Play' }).click();
  const player = page.getByTestId('player');
  await expect(player).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  await page.keyboard.press('Escape');

  const list = (await (await request.get(`${bases.openai}/videos`, { headers: { authorization: 'Bearer sk-test-openai' } })).json()) as { data: { id: string; prompt: string; remixed_from_video_id: string | null }[] };
  const source = list.data.find((v) => v.prompt === original);
  expect(list.data.find((v) => v.prompt === change)?.remixed_from_video_id).toBe(source?.id);
  const log = (await (await request.get(`${bases.openai.replace(/\/v1$/, '')}/__control/requests`)).json()) as { method: string; url: string; body: string }[];
  const mine = log.filter((r) => r.method === 'POST' && (r.body.includes(original) || r.body.includes(change)));
  // Create went as multipart (the SDK's way); the remix is JSON, as the SDK sends it.
  const creates = mine.filter((r) => r.url === '/v1/videos');
  expect(creates).toHaveLength(1);
  expect(creates[0]?.body).toContain(`name="prompt"\r\n\r\n${original}`);
  expect(mine.filter((r) => r.url !== '/v1/videos').map((r) => [r.url, JSON.parse(r.body)])).toEqual([[`/v1/videos/${source?.id}/remix`, { prompt: change }]]);
});

test('R25: a new key is kept in this tab only by default, "on this device" says it is unencrypted, and the passphrase mode is one click away', async ({ page }) => {
  await openApp(page, '#/settings');
  const card = page.getByRole('region', { name: 'OpenAI-compatible' });
  const modes = card.getByRole('group', { name: 'Keep the key' });
  await expect(modes.getByRole('radio')).toHaveCount(3);
  await expect(modes.getByRole('radio', { name: 'in this tab only', exact: true })).toBeChecked();
  await expect(modes).toHaveAccessibleDescription(/never written down/);
  await expect(modes.getByRole('radio').nth(1)).toHaveAccessibleName('on this device, encrypted with a passphrase');
  await modes.getByRole('radio', { name: 'on this device, unencrypted' }).check();
  await expect(modes).toHaveAccessibleDescription(/Not encrypted: the key is kept as plain text/);
  await modes.getByRole('radio', { name: 'on this device, encrypted with a passphrase' }).check();
  await card.getByRole('button', { name: 'Enter the passphrase' }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();

  await modes.getByRole('radio', { name: 'in this tab only', exact: true }).check();
  await card.getByLabel('API key').fill('sk-tab-only');
  await card.getByRole('button', { name: 'Save key' }).click();
  await expect(card.getByTestId('key-state-openai')).toHaveText('A key is stored (in this tab only).');
  await page.reload();
  await expect(page.getByRole('region', { name: 'OpenAI-compatible' }).getByTestId('key-state-openai')).toHaveText('No key yet.');
});
