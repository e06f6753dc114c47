import { test, expect, openApp, savePrompt } from './fixtures';

test('Ctrl+K reaches an action in another section by name, and Escape gives focus back', async ({ page }) => {
  await openApp(page);
  const opener = page.getByRole('button', { name: /Command palette/ });
  await opener.focus();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Type a command, a section, a lesson or a term' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('export');
  await expect(palette.getByRole('option').first()).toHaveText(/Export prompts to a file/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/library/);
  await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
});

test('the palette runs section actions (new prompt, save, make variants) and opens lessons', async ({ page }) => {
  await savePrompt(page, 'Harbour', 'A {{vessel}} leaves the harbour at dawn.');
  await page.getByRole('link', { name: 'Library' }).click();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('variants');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/compose/);
  await expect(page.getByRole('dialog', { name: /variants/i })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('new prompt');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.getByLabel('Title').fill('Lighthouse');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A lighthouse at dusk.');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('save');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(/^Save/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('lens');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Framing, angle and lens' })).toBeVisible();
});

test('in Arabic the palette finds commands by their Arabic names, and English names still work', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('arabic');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'المكتبة' })).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'الأوامر' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('المكتبه');
  await expect(palette.getByRole('option').first()).toHaveText(/المكتبة/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/library/);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('dark theme');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('zzzz');
  await expect(page.getByRole('dialog', { name: 'الأوامر' }).getByRole('status')).toContainText('لا شيء يطابق');
});

test('? lists the shortcuts, and closing the list returns focus where it was', async ({ page }) => {
  await openApp(page, '#/library');
  const search = page.getByRole('link', { name: 'Learn' });
  await search.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Open the command palette/ })).toContainText('+K');
  await expect(dialog.getByRole('row', { name: /Save the prompt/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(search).toBeFocused();

  // Typing "?" into a field types it.
  await page.getByRole('link', { name: 'Compose' }).click();
  await page.getByLabel('Title').fill('What?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
