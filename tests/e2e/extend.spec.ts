import { test, expect, openApp, savePrompt } from './fixtures';
import { addKey, bases, chooseModel, expectPlays, generate, runRow, runErrorAfter } from './provider-steps';

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
  await expect(await runErrorAfter(page, 'gemini', 'Broken file', 'A kite over a beach [1s] [filefail]', 'veo-3.1-lite-generate-preview')).toHaveText(
    'Google Gemini made the video but could not finish its file: \u2068The video file could not be processed.\u2069. Generate it again.',
    { timeout: 20_000 },
  );
});

test('a Veo download that redirects where the browser cannot see is not followed with the key: the run says it was not stored', async ({ page }) => {
  await addKey(page, 'gemini', key);
  await expect(await runErrorAfter(page, 'gemini', 'Hidden redirect', 'Snow on a tram line [1s] [redirect]', 'veo-3.1-lite-generate-preview')).toHaveText(/made the video, but your browser would not let Laqta fetch it/, { timeout: 20_000 });
});

test('an Omni clip is extended step by step, sent once each with previous_interaction_id; Runs shows the lineage, past 40 s is refused, and Compare shows the lineage too', async ({ page, request }) => {
  const ports = { gemini: new URL(bases.gemini).port };
  await addKey(page, 'gemini', key);
  await generate(page, 'gemini', 'Fox clip', 'A fox trots through fresh snow, low tracking shot [1s]', 'gemini-omni-1.1-flash');
  await openApp(page, '#/runs');
  const rows = page.getByRole('article', { name: 'Fox clip' });
  await expect(rows.first().getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await expect(rows.first().getByTestId('lineage')).toHaveCount(0);

  // Extend by 10 s, three times: 8 → 18 → 28 → 38 s.
  for (const [i, after] of [18, 28, 38].entries()) {
    await rows.first().getByRole('button', { name: 'Continue' }).click();
    const dialog = page.getByRole('dialog', { name: 'Continue “\u2068Fox clip\u2069”' });
    await expect(dialog.getByRole('radio', { name: 'Extend: add seconds after the end' })).toBeChecked();
    await expect(dialog.getByRole('combobox', { name: 'Seconds to add' })).toHaveValue('10');
    await dialog.getByRole('textbox', { name: 'What happens next' }).fill(`The fox leaps into a drift, part ${i + 1} [1s]`);
    await expect(dialog.getByTestId('continue-length')).toHaveText(`Length after: ${after} s (at most 40 s)`);
    await expect(dialog.getByTestId('continue-cost')).toBeVisible();
    await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(rows).toHaveCount(i + 2);
    await expect(rows.first().getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
    await expect(rows.first().getByTestId('lineage-total')).toHaveText(`${after} s in all`);
  }
  const lineage = rows.first().getByRole('list', { name: 'Lineage' }).getByRole('listitem');
  await expect(lineage).toHaveText(['First clip, 8 s', 'Extended +10 s', 'Extended +10 s', /Extended \+10 s/]);
  await rows.first().getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('player')).toHaveAttribute('src', /^blob:/);
  await page.keyboard.press('Escape');

  // Each step was sent once, as a continuation of the step before it.
  const log = (await (await request.get(`http://127.0.0.1:${ports.gemini}/__control/requests`)).json()) as { method: string; url: string; body: string }[];
  // Other tests share the fake: only this test's requests (its prompt words) count.
  const creates = log
    .filter((r) => r.method === 'POST' && r.url.endsWith('/interactions') && /fox (trots|leaps)/i.test(r.body))
    .map((r) => JSON.parse(r.body) as { previous_interaction_id?: string; response_format: { duration?: string } });
  expect(creates).toHaveLength(4);
  expect(creates[0]!.previous_interaction_id).toBeUndefined();
  expect(creates.slice(1).every((c) => typeof c.previous_interaction_id === 'string' && c.response_format.duration === '10s')).toBe(true);
  expect(new Set(creates.map((c) => c.previous_interaction_id)).size).toBe(4);

  // 38 s: no step fits under 40 s, so extending is refused with a sentence and nothing is sent; an edit is still offered.
  await rows.first().getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Continue “\u2068Fox clip\u2069”' });
  await expect(dialog.getByTestId('continue-refusal')).toHaveText('This clip is already 38 s long, the most Google Gemini allows (40 s): it cannot be extended further.');
  await expect(dialog.getByRole('button', { name: 'Extend', exact: true })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'Edit: change this clip by an instruction' }).check();
  await expect(dialog.getByTestId('continue-length')).toHaveText('Length after: 38 s (at most 40 s)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.screenshot({ path: 'test-results/extend-runs.png', fullPage: true });

  // Compare: the column showing the extended clip shows where it came from.
  await generate(page, 'gemini', 'Owl clip', 'An owl turns its head in the dusk [1s]', 'gemini-omni-1.1-flash');
  await openApp(page, '#/library');
  await page.getByRole('checkbox', { name: 'Pick “Fox clip” for comparison' }).check();
  await page.getByRole('checkbox', { name: 'Pick “Owl clip” for comparison' }).check();
  await page.getByRole('link', { name: 'Compare these 2' }).click();
  const fox = page.getByTestId('result').filter({ hasText: 'Fox clip' });
  const pick = fox.getByRole('combobox', { name: 'Result shown' });
  // The comparison reads its runs after it opens: wait for the choice to list the extensions.
  await expect(pick.locator('option', { hasText: /Extended \+10 s/ }).first(), 'extensions are named in the run choice').toBeAttached();
  const options = await pick.locator('option').allTextContents();
  const third = options.findIndex((o) => /Extended \+10 s/.test(o));
  expect(third, 'extensions are named in the run choice').toBeGreaterThan(-1);
  const values = await pick.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  await pick.selectOption(values[third]!);
  await expect(fox.getByTestId('lineage')).toContainText('First clip, 8 s');
  await expect(fox.getByTestId('lineage-total')).toHaveText(/\d+ s in all/);
  await page.screenshot({ path: 'test-results/extend-compare.png', fullPage: true });
});

test('a take of an Omni clip is continued from its cell in Runs: the continuation is a run of its own, with its lineage, and the group keeps its takes', async ({ page, request }) => {
  const ports = { gemini: new URL(bases.gemini).port };
  await addKey(page, 'gemini', key);
  await savePrompt(page, 'Heron takes', 'A heron stands in the reeds at dawn, static wide shot [1s] heron-takes');
  const panel = await chooseModel(page, 'gemini', 'gemini-omni-1.1-flash');
  await panel.getByRole('spinbutton', { name: 'Takes' }).fill('2');
  await panel.getByRole('spinbutton', { name: 'Takes' }).press('Tab');
  await panel.getByRole('button', { name: 'Generate 2 takes' }).click();
  await page.getByRole('dialog', { name: 'Generate 2 videos?' }).getByRole('button', { name: 'Send 2 requests' }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();

  await openApp(page, '#/runs');
  const group = page.getByTestId('take-group');
  await expect(group.getByTestId('take-count')).toHaveText('2 takes: 2 done, 0 failed', { timeout: 20_000 });
  await group.getByRole('button', { name: 'Continue Take 2 of 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Continue “\u2068Heron takes\u2069”' });
  await dialog.getByRole('textbox', { name: 'What happens next' }).fill('The heron spears a fish [1s] heron-continued');
  await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // The continuation stands on its own row with its lineage; the group still holds its two takes.
  const continued = page.getByRole('article', { name: 'Heron takes' }).filter({ has: page.getByRole('list', { name: 'Lineage' }) });
  await expect(continued).toHaveCount(1);
  await expect(continued.getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await expect(continued.getByRole('list', { name: 'Lineage' }).getByRole('listitem')).toHaveText(['First clip, 8 s', /Extended \+10 s/]);
  await expect(group.getByTestId('take-count')).toHaveText('2 takes: 2 done, 0 failed');

  // Sent once, as a continuation of take 2's interaction.
  const log = (await (await request.get(`http://127.0.0.1:${ports.gemini}/__control/requests`)).json()) as { method: string; url: string; body: string }[];
  const creates = log.filter((r) => r.method === 'POST' && r.url.endsWith('/interactions') && /heron-(takes|continued)/.test(r.body)).map((r) => JSON.parse(r.body) as { previous_interaction_id?: string });
  expect(creates).toHaveLength(3);
  expect(creates.filter((c) => typeof c.previous_interaction_id === 'string')).toHaveLength(1);
});
