import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, savePrompt } from './fixtures';
import { e2ePorts } from './ports';
import { addKey, expectPlays, runRow } from './provider-steps';

const ports = e2ePorts();
type Logged = { method: string; url: string; body: string; headers: Record<string, string> };
const logOf = async (request: import('@playwright/test').APIRequestContext, port: number) =>
  (await (await request.get(`http://127.0.0.1:${port}/__control/requests`)).json()) as Logged[];

test("a gateway is set up by its base URL and key, lists its own models, and a 6-second clip with no size generates and plays", async ({ page, request }) => {
  await openApp(page, '#/settings');
  const card = page.getByRole('region', { name: 'OpenAI-compatible' });
  // No default host: api.openai.com no longer serves videos.
  await expect(card.getByLabel('Base URL')).toHaveValue('');
  await expect(card.getByText("No base URL yet: enter your gateway's to use it.")).toBeVisible();
  await expect(card.getByRole('button', { name: 'Use the default' })).toHaveCount(0);
  await expect(card.getByRole('radio', { name: "Form data (multipart), as OpenAI's SDK sends it" })).toBeChecked();

  await addKey(page, 'openai', 'sk-gateway', 'on this device, unencrypted', { list: false });
  await card.getByRole('button', { name: 'Test key and list models' }).click();
  await expect(card.getByText('The key works: 3 models listed. Generate offers them.')).toBeVisible();

  const marker = 'gateway-six-seconds';
  await savePrompt(page, 'Harbour', `A harbour at first light, gulls over the water. ${marker}`);
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('OpenAI-compatible');
  const models = panel.getByRole('combobox', { name: 'Model', exact: true });
  // Every id the gateway listed, whatever its name; ids that are not plain data never appear.
  await expect(models.getByRole('option')).toHaveText(['google/veo-3.1-fast', 'minimax/h3', 'gpt-5-mini', 'Other model id…']);
  await models.selectOption('minimax/h3');
  await expect(panel.getByTestId('unknown-options')).toHaveText("Laqta does not know this model's options: check your provider's page.");
  await panel.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('6');
  await panel.getByRole('spinbutton', { name: 'Duration (seconds)' }).press('Tab');
  await expect(panel.getByRole('checkbox', { name: 'Leave the size out' })).toBeChecked();
  await expect(panel.getByRole('textbox', { name: 'Size (width x height)' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();

  await openApp(page, '#/runs');
  await expect(runRow(page, 'Harbour').getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await expectPlays(page, 'Harbour');

  const creates = (await logOf(request, ports.openai)).filter((r) => r.method === 'POST' && r.url === '/v1/videos' && r.body.includes(marker));
  expect(creates).toHaveLength(1);
  const create = creates[0]!;
  expect(create.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(create.body).toContain('name="model"\r\n\r\nminimax/h3\r\n');
  expect(create.body).toContain('name="seconds"\r\n\r\n6\r\n');
  expect(create.body).not.toContain('name="size"');
  expect(create.headers.authorization).toBe('Bearer sk-gateway');
});

test('"JSON body" sends create as JSON, with the size the person typed', async ({ page, request }) => {
  const card = await addKey(page, 'openai', 'sk-gateway');
  await card.getByRole('radio', { name: 'JSON body' }).check();
  const marker = 'gateway-json-body';
  await savePrompt(page, 'Pier', `A pier in fog, slow truck left. ${marker}`);
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('OpenAI-compatible');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('google/veo-3.1-fast');
  await panel.getByRole('checkbox', { name: 'Leave the size out' }).uncheck();
  await panel.getByRole('textbox', { name: 'Size (width x height)' }).fill('720x1280');
  await panel.getByRole('textbox', { name: 'Size (width x height)' }).press('Tab');
  await panel.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('4');
  await panel.getByRole('spinbutton', { name: 'Duration (seconds)' }).press('Tab');
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();
  await expect
    .poll(async () => (await logOf(request, ports.openai)).find((r) => r.method === 'POST' && r.url === '/v1/videos' && r.body.includes(marker)))
    .toMatchObject({ headers: { 'content-type': 'application/json' } });
  const create = (await logOf(request, ports.openai)).find((r) => r.method === 'POST' && r.url === '/v1/videos' && r.body.includes(marker))!;
  expect(JSON.parse(create.body)).toEqual({ model: 'google/veo-3.1-fast', prompt: expect.stringContaining(marker), seconds: '4', size: '720x1280' });
});

test('a retired id in a stored prompt is shown as retired, and Generate sends nothing', async ({ page, request }) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await savePrompt(page, 'Old Veo', 'Wind over dunes, aerial drift. retired-veo-prompt');
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('Google Gemini');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('Other model id…');
  await panel.getByRole('textbox', { name: 'Model id' }).fill('veo-3.1-generate-preview');
  await panel.getByRole('textbox', { name: 'Model id' }).press('Tab');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  // The stored prompt loads again after a reload, with its retired model named and refused.
  await openApp(page, '#/library');
  await page.getByRole('link', { name: 'Open “Old Veo” in Compose' }).click();
  await expect(page.getByRole('textbox', { name: 'Prompt', exact: true })).toContainText('retired-veo-prompt');
  await expect(panel.getByRole('textbox', { name: 'Model id' })).toHaveValue('veo-3.1-generate-preview');
  await expect(panel.getByRole('alert')).toHaveText(
    'veo-3.1-generate-preview was shut down by its provider on 2026-10-22, so Laqta never sends it. gemini-omni-1.1-flash replaces it.',
  );
  await expect(panel.getByRole('button', { name: 'Generate', exact: true })).toBeDisabled();
  await expect(panel.getByTestId('cost-estimate')).not.toContainText('$');
  expect((await logOf(request, ports.gemini)).filter((r) => r.method === 'POST' && r.body.includes('retired-veo-prompt'))).toEqual([]);
});

test('fal Veo 3 offers 4 and 6 s, its estimate follows the sound switch, and the price shows its date and source', async ({ page }) => {
  await addKey(page, 'fal', 'fal-test-key');
  await savePrompt(page, 'Veo on fal', 'A kingfisher dives into a still pond, slow motion.');
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('fal.ai');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('fal-ai/veo3');
  const seconds = panel.getByRole('combobox', { name: 'Duration (seconds)' });
  await expect(seconds.getByRole('option')).toHaveText(['4', '6', '8']);
  await seconds.selectOption('6');
  await expect(panel.getByTestId('cost-estimate')).toHaveText('Estimated cost: $2.40');
  await panel.getByRole('checkbox', { name: 'Generate sound' }).uncheck();
  await expect(panel.getByTestId('cost-estimate')).toHaveText('Estimated cost: $1.20');
  await expect(panel.getByTestId('price-source')).toContainText('Price as published on 2026-12-01.');
  await expect(panel.getByRole('link', { name: 'Source: fal.ai' })).toHaveAttribute('href', 'https://fal.ai/models/fal-ai/veo3');
});

test('the gateway card and the free seconds and size are axe-clean in English and in Arabic, right to left', async ({ page }, info) => {
  // Four axe scans: as slow as the screens spec's, which is marked slow too.
  test.slow();
  await addKey(page, 'openai', 'sk-gateway');
  await savePrompt(page, 'Gulls', 'Gulls over a harbour at first light.');
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('OpenAI-compatible');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('minimax/h3');
  for (const locale of ['en', 'ar'] as const) {
    await page.evaluate((l) => localStorage.setItem('laqta.locale', l), locale);
    await openApp(page, '#/compose');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByTestId('unknown-options')).toHaveText(
      locale === 'en' ? "Laqta does not know this model's options: check your provider's page." : 'لا تعرف لقطة خيارات هذا النموذج: راجع صفحة مزوّدك.',
    );
    for (const hash of ['#/compose', '#/settings']) {
      await openApp(page, hash);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${locale} ${hash}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const part = hash === '#/compose' ? page.getByRole('region', { name: locale === 'en' ? 'Generate' : 'توليد' }) : page.locator('section.card').filter({ has: page.getByTestId('key-state-openai') });
      await part.screenshot({ path: info.outputPath(`${locale}-${hash.slice(2)}.png`) });
    }
  }
});
