import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test runs with these watchers: a CSP violation or an uncaught page error fails the
 * test, because a person would meet a broken page.
 */
export const test = base.extend<{ watch: void }>({
  watch: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watchPage = (page: Page) => {
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error' && /Content Security Policy|Refused to|Trusted ?Type|requires 'Trusted/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
        });
      };
      context.pages().forEach(watchPage);
      context.on('page', watchPage);
      await use();
      expect(problems, 'no CSP violations or uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app fresh at a section and waits until the library has loaded. */
export async function openApp(page: Page, hash = '#/compose'): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('main')).not.toContainText(/Loading…|جارٍ التحميل/);
}

/** Writes and saves a prompt in Compose; resolves once "Saved" is shown. */
export async function savePrompt(page: Page, title: string, text: string): Promise<void> {
  await page.goto('./#/compose');
  await page.getByRole('button', { name: 'New prompt' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill(text);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}
