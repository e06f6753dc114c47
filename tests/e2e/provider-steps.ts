import type { Page } from '@playwright/test';
import { expect, openApp, savePrompt } from './fixtures';
import { e2ePorts } from './ports';

/** What a person does to reach the local fake providers: paste a base URL and a key, press Generate. */
const ports = e2ePorts();
export const bases = {
  openai: `http://127.0.0.1:${ports.openai}/v1`,
  gemini: `http://127.0.0.1:${ports.gemini}/v1beta`,
  fal: `http://127.0.0.1:${ports.fal}`,
} as const;
export type Provider = keyof typeof bases;
const names: Record<Provider, string> = { openai: 'OpenAI-compatible', gemini: 'Google Gemini', fal: 'fal.ai' };

/**
 * Settings → the provider's card: point it at the local fake, paste a key and (unless `list` is
 * false) list the provider's models, which the Generate panel then offers.
 * Most flows need the key in more than one tab or after a reload, so they keep it on the device (not the default).
 */
export async function addKey(
  page: Page,
  provider: Provider,
  key: string,
  mode: 'in this tab only' | 'on this device, unencrypted' = 'on this device, unencrypted',
  { list = provider !== 'fal' }: { list?: boolean } = {},
) {
  await openApp(page, '#/settings');
  const card = page.getByRole('region', { name: names[provider] });
  await card.getByLabel('Base URL').fill(bases[provider]);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByText('Base URL saved.')).toBeVisible();
  await card.getByLabel('API key').fill(key);
  await card.getByRole('radio', { name: mode, exact: true }).check();
  await card.getByRole('button', { name: 'Save key' }).click();
  await expect(card.getByText('Key saved.')).toBeVisible();
  if (list) {
    await card.getByRole('button', { name: 'Test key and list models' }).click();
    await expect(card.getByText(/^The key works/)).toBeVisible();
  }
  return card;
}

/** Compose's Generate panel with `provider` and (from its list, when given) `model` chosen; returns the panel. */
export async function chooseModel(page: Page, provider: Provider, model?: string) {
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption(names[provider]);
  if (model) await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption(model);
  return panel;
}

/** Compose, with a saved prompt open: choose provider and model, press Generate. */
export async function generateOpen(page: Page, provider: Provider, model?: string, custom = false) {
  const panel = await chooseModel(page, provider, model && custom ? 'Other model id…' : model);
  if (model && custom) {
    await panel.getByRole('textbox', { name: 'Model id' }).fill(model);
    await panel.getByRole('textbox', { name: 'Model id' }).press('Tab');
  }
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();
}

/** Compose: save a prompt, choose provider and model, press Generate. */
export async function generate(page: Page, provider: Provider, title: string, text: string, model?: string, custom = false) {
  await savePrompt(page, title, text);
  await generateOpen(page, provider, model, custom);
}

export function runRow(page: Page, title: string) {
  return page.getByRole('article', { name: title });
}

/** Compose then Runs: generates `text` as a new prompt `title` and returns the sentence its run shows when it fails. */
export async function runErrorAfter(page: Page, provider: Provider, title: string, text: string, model?: string, custom = false) {
  await generate(page, provider, title, text, model, custom);
  await openApp(page, '#/runs');
  return runRow(page, title).getByTestId('run-error');
}

export async function expectPlays(page: Page, title: string) {
  await runRow(page, title).getByRole('button', { name: 'Play' }).click();
  const player = page.getByTestId('player');
  await expect(player).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  await page.keyboard.press('Escape');
}
