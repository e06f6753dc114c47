import { test, expect, savePrompt } from './fixtures';
import { addKey, runErrorAfter } from './provider-steps';

/** The provider's own words, as the app isolates them inside a sentence. */
const isolated = (reason: string) => `\u2068${reason}\u2069`;

test('an Omni output blocked by safety filters reads as a content-policy refusal, with Google\'s words', async ({ page }) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await expect(await runErrorAfter(page, 'gemini', 'Blocked omni', 'A street fight at night [policy]', 'gemini-omni-1.1-flash')).toHaveText(
    `Google Gemini refused this under its content policy: ${isolated('The output was blocked by safety filters: violence. Output blocked.')}`,
    { timeout: 15_000 },
  );
});

test('an Omni run stopped by the account budget says so in one sentence', async ({ page }) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await expect(await runErrorAfter(page, 'gemini', 'Over budget', 'A lighthouse keeper climbs the stairs [budget]', 'gemini-omni-1.1-flash')).toHaveText(
    'Google Gemini stopped this run because it would go over the spending budget set on your account. Raise the budget or wait for it to renew, then try again.',
    { timeout: 15_000 },
  );
});

test('before a Veo run starts, Compose says it cannot be stopped and is billed; Omni says nothing of the kind', async ({ page }) => {
  await addKey(page, 'gemini', 'AIza-test-gemini');
  await savePrompt(page, 'Veo warning', 'Waves roll onto black sand.');
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption('Google Gemini');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('veo-3.1-lite-generate-preview');
  await expect(panel.getByTestId('veo-no-cancel')).toHaveText('A Veo job cannot be stopped once it starts: Cancel only stops Laqta from following it, and Google bills it in full.');
  await panel.getByRole('combobox', { name: 'Model', exact: true }).selectOption('gemini-omni-1.1-flash');
  await expect(panel.getByTestId('veo-no-cancel')).toHaveCount(0);
});
