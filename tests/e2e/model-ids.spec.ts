import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { e2ePorts } from './ports';
import { chooseImport } from './library-steps';
import { addKey } from './provider-steps';

const ports = e2ePorts();
const fixturePath = (p: string) => new URL(`../fixtures/${p}`, import.meta.url).pathname;

test('a shared file with hostile model ids is imported with the ids refused and named, and no request ever carries them', async ({ page, request }) => {
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await addKey(page, 'fal', 'fal-test-key');
  await addKey(page, 'gemini', 'AIza-test-gemini');

  await openApp(page, '#/library');
  await chooseImport(page, fixturePath('malicious/hostile-model-ids.laqta.json'));
  const dialog = page.getByRole('dialog', { name: 'Import' });
  const refused = dialog.getByTestId('refused-models');
  await expect(refused).toContainText('Model ids refused because they could redirect a request');
  await expect(refused).toContainText('fal-ai/veo3?fal_webhook=https://evil.example/hook');
  await expect(refused).toContainText('../../interactions');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/^Import finished: \d+ items? written.$/)).toBeVisible();

  // The prompt keeps its words and runs with a model from the list, never the refused id.
  await page.getByRole('link', { name: 'Open “Webhook steal” in Compose' }).click();
  const panel = page.getByRole('region', { name: 'Generate' });
  await expect(page.getByRole('textbox', { name: 'Prompt', exact: true })).toHaveText('A quiet harbour at dawn, gulls circling.');
  await expect(panel.getByRole('combobox', { name: 'Model', exact: true })).not.toHaveValue(/fal_webhook/);
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('fal.ai');
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();

  await openApp(page, '#/library');
  await page.getByRole('link', { name: 'Open “Path walk” in Compose' }).click();
  await page.getByRole('region', { name: 'Generate' }).getByRole('button', { name: 'Generate', exact: true }).click();

  const logOf = async (port: number) => (await (await request.get(`http://127.0.0.1:${port}/__control/requests`)).json()) as { method: string; url: string; body: string }[];
  for (const port of [ports.fal, ports.gemini]) {
    await expect.poll(async () => (await logOf(port)).filter((r) => r.method === 'POST').length, { message: 'the run did reach the provider' }).toBeGreaterThan(0);
    expect(JSON.stringify(await logOf(port))).not.toMatch(/fal_webhook|evil\.example|\.\.\//);
  }
  expect(sent.filter((s) => /fal_webhook|evil\.example|\/\.\.\//.test(s))).toEqual([]);
});
