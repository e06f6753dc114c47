import { test, expect, openApp, savePrompt } from './fixtures';
import { addKey, bases } from './provider-steps';

type Logged = { method: string; url: string; body: string };

async function createsOf(request: import('@playwright/test').APIRequestContext, marker: string): Promise<Logged[]> {
  const log = (await (await request.get(`${bases.openai.replace(/\/v1$/, '')}/__control/requests`)).json()) as Logged[];
  return log.filter((r) => r.method === 'POST' && /\/videos$/.test(new URL(r.url, 'http://x').pathname) && r.body.includes(marker));
}

/** Compose, with a saved prompt open: a gateway's minimax/h3, 6 s, `count` takes, confirmed (the gateway publishes no price). */
async function generateTakes(page: import('@playwright/test').Page, count: number) {
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('OpenAI-compatible');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('minimax/h3');
  await panel.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('6');
  await panel.getByRole('spinbutton', { name: 'Duration (seconds)' }).press('Tab');
  await panel.getByRole('spinbutton', { name: 'Takes' }).fill(String(count));
  await panel.getByRole('spinbutton', { name: 'Takes' }).press('Tab');
  await expect(panel.getByTestId('cost-estimate')).toHaveText('Cost unknown: OpenAI-compatible publishes no price for this model.');
  await panel.getByRole('button', { name: `Generate ${count} takes` }).click();
  const dialog = page.getByRole('dialog', { name: `Generate ${count} videos?` });
  await expect(dialog).toContainText(`${count} takes of this prompt, with the same settings.`);
  await expect(dialog).toContainText(`${count} of them have no published price.`);
  await dialog.getByRole('button', { name: `Send ${count} requests` }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();
}

test('3 takes of a prompt are 3 creates, shown in Runs as one group with a count and take k of n', async ({ page, request }) => {
  await addKey(page, 'openai', 'sk-test-openai');
  await savePrompt(page, 'Three takes', 'A paper boat on a canal, slow push-in. takes-three');
  await generateTakes(page, 3);

  await openApp(page, '#/runs');
  const group = page.getByTestId('take-group');
  await expect(group).toHaveCount(1);
  await expect(group.getByTestId('take-count')).toHaveText('3 takes: 3 done, 0 failed', { timeout: 20_000 });
  for (const k of [1, 2, 3]) await expect(group.getByRole('article', { name: `Take ${k} of 3` })).toBeVisible();
  await expect(group.getByRole('button', { name: 'Play Take 2 of 3' })).toBeVisible();
  expect(await createsOf(request, 'takes-three')).toHaveLength(3);
});

test('a failed take is re-run alone: one more create, and the group ends with every take done', async ({ page, request }) => {
  await addKey(page, 'openai', 'sk-test-openai');
  await savePrompt(page, 'Flaky takes', 'A kite over a beach [failfirst] takes-flaky');
  await generateTakes(page, 3);

  await openApp(page, '#/runs');
  const group = page.getByTestId('take-group');
  await expect(group.getByTestId('take-count')).toHaveText('3 takes: 2 done, 1 failed', { timeout: 20_000 });
  await expect(group.getByRole('article', { name: 'Take 1 of 3' }).getByTestId('run-status')).toHaveText('Failed');
  expect(await createsOf(request, 'takes-flaky')).toHaveLength(3);

  await group.getByRole('button', { name: 'Re-run the failed one' }).click();
  await expect(page.getByText('The failed take is being made again.')).toBeVisible();
  // The button is gone at once: a second click cannot send it again.
  await expect(group.getByRole('button', { name: /Re-run the failed/ })).toHaveCount(0);
  await expect(group.getByTestId('take-count')).toHaveText('3 takes: 3 done, 0 failed', { timeout: 20_000 });
  await expect(group.getByRole('article', { name: 'Take 1 of 3' })).toContainText('2 attempts');
  expect(await createsOf(request, 'takes-flaky')).toHaveLength(4);
});
