import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, savePrompt } from './fixtures';

test('a saved prompt is still there after a reload', async ({ page }) => {
  await savePrompt(page, 'Dune walker', 'A lone walker crosses the dunes at golden hour, slow dolly-in.');
  await page.reload();
  await openApp(page, '#/library');
  await expect(page.getByRole('link', { name: 'Open “Dune walker” in Compose' })).toBeVisible();
  await page.getByRole('link', { name: 'Open “Dune walker” in Compose' }).click();
  await expect(page.getByRole('textbox', { name: 'Prompt', exact: true })).toHaveText(/lone walker crosses the dunes/);
});

test('search finds a prompt by a word in its text, in English and Arabic', async ({ page }) => {
  await savePrompt(page, 'Market', 'Handheld tracking shot through a spice market, shafts of volumetric light.');
  await savePrompt(page, 'سوق', 'لقطة واسعة لمدينة الرياض عند الغروب، إضاءة الساعة الذهبية.');
  await openApp(page, '#/library');
  const search = page.getByRole('searchbox', { name: 'Search prompts' });
  await search.fill('volumetric');
  await expect(page.getByTestId('prompt-row')).toHaveCount(1);
  await expect(page.getByTestId('prompt-row')).toContainText('Market');
  await search.fill('الرياض');
  await expect(page.getByTestId('prompt-row')).toHaveCount(1);
  await expect(page.getByTestId('prompt-row')).toContainText('سوق');
  await search.fill('no such word anywhere');
  await expect(page.getByText('Nothing matches “no such word anywhere”')).toBeVisible();
});

test('restoring an old version makes it the newest version', async ({ page }) => {
  await savePrompt(page, 'Lighthouse', 'First text: a lighthouse at dusk.');
  const text = page.getByRole('textbox', { name: 'Prompt', exact: true });
  await text.fill('Second text: a lighthouse in a storm.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(page.getByText('Version 2')).toBeVisible();

  await openApp(page, '#/library');
  await page.getByRole('button', { name: 'Version history of “Lighthouse”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Version history' });
  await dialog.getByRole('button', { name: /Version 1/ }).click();
  await expect(dialog.getByTestId('version-text')).toHaveText('First text: a lighthouse at dusk.');
  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByText('Version 1 restored as version 3.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Version 3/ })).toContainText('current');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Open “Lighthouse” in Compose' }).click();
  await expect(text).toHaveText('First text: a lighthouse at dusk.');
});

test('a deleted prompt comes back with undo, and stays gone without it', async ({ page }) => {
  await savePrompt(page, 'Keep me', 'A prompt to keep.');
  await savePrompt(page, 'Lose me', 'A prompt to lose.');
  await openApp(page, '#/library');
  await page.getByRole('button', { name: 'Delete “Keep me”' }).click();
  await expect(page.getByRole('link', { name: /Keep me/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Open “Keep me” in Compose' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete “Lose me”' }).click();
  await expect(page.getByRole('link', { name: /Lose me/ })).toHaveCount(0);
  await page.reload();
  await openApp(page, '#/library');
  await expect(page.getByRole('link', { name: 'Open “Keep me” in Compose' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Lose me/ })).toHaveCount(0);
});

test('a prompt saved in one tab shows in the other within a second', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openApp(second, '#/library');
  await savePrompt(first, 'From tab one', 'Crane shot rising over a harbour at blue hour.');
  await expect(second.getByRole('link', { name: 'Open “From tab one” in Compose' })).toBeVisible({ timeout: 1000 });
});

test('R7: two tabs saving the same prompt keep both texts', async ({ context }) => {
  const first = await context.newPage();
  await savePrompt(first, 'Shared shot', 'Original text.');
  // The address names the saved prompt at once, so it can be opened in another tab.
  await expect(first).toHaveURL(/#\/compose\/[0-9a-z]+$/, { timeout: 1000 });
  const url = first.url();
  const second = await context.newPage();
  await second.goto(url);
  const secondText = second.getByRole('textbox', { name: 'Prompt', exact: true });
  await expect(secondText).toHaveText('Original text.');
  await first.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Text from tab one.');
  await secondText.fill('Text from tab two.');
  await first.keyboard.press('Control+s');
  await expect(first.getByTestId('save-status')).toHaveText('Saved');
  await second.keyboard.press('Control+s');
  await expect(second.getByText(/was saved in another tab first/)).toBeVisible();

  // Both tabs show the same stored state within a second, without a reload: both texts, one of them a conflict copy.
  for (const tab of [first, second]) {
    await tab.getByRole('link', { name: 'Library' }).click();
    await tab.getByRole('searchbox', { name: 'Search prompts' }).fill('Text from tab');
    await expect(tab.getByTestId('prompt-row')).toHaveCount(2, { timeout: 1000 });
    await expect(tab.getByText('Conflict copy')).toBeVisible({ timeout: 1000 });
  }
});

test('Arabic turns the whole shell right-to-left and the choice persists', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('navigation', { name: 'الأقسام' })).toContainText('المكتبة');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'حفظ' })).toBeVisible();
});

test('English readers never download the Arabic messages; choosing Arabic fetches them once', async ({ page }) => {
  const arabicChunks: string[] = [];
  page.on('request', (r) => {
    if (/catalog-ar/.test(r.url())) arabicChunks.push(r.url());
  });
  await openApp(page);
  await openApp(page, '#/library');
  expect(arabicChunks).toEqual([]);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.getByRole('heading', { name: 'المكتبة' })).toBeVisible();
  expect(arabicChunks).toHaveLength(1);
});

test('every section can be reached by keyboard shortcut', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Alt+2');
  await expect(page).toHaveURL(/#\/library$/);
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page).toHaveURL(/#\/compose$/);
});

for (const locale of ['en', 'ar'] as const) {
  test(`every section passes an axe scan (${locale})`, async ({ page }) => {
    await savePrompt(page, 'Axe sample', 'A sample prompt so the library has a row.');
    if (locale === 'ar') await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    for (const section of ['compose', 'library', 'compare', 'runs', 'learn', 'settings']) {
      await openApp(page, `#/${section}`);
      await page.waitForTimeout(150);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${section}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('the theme follows the system until the person chooses one, and the choice persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
