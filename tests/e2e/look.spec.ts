import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

const composerOf = (page: Page) => page.getByRole('region', { name: /Build the shot|ابنِ اللقطة/ });

test('camera chips carry decorative pictograms, named by their text alone, and the composer stays axe-clean', async ({ page }, info) => {
  await openApp(page);
  const composer = composerOf(page);
  const closeUp = composer.getByRole('button', { name: 'Close-up', exact: true });
  await expect(closeUp.getByTestId('pictogram')).toHaveAttribute('aria-hidden', 'true');
  await expect(closeUp.locator('svg path').first()).toBeVisible();
  for (const name of ['Low angle', '85 mm portrait', 'Dolly in']) await expect(composer.getByRole('button', { name, exact: true }).locator('svg[aria-hidden="true"]')).toHaveCount(1);
  // Look, light and sound chips are words only.
  await expect(composer.getByRole('button', { name: 'Golden hour', exact: true }).locator('svg')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).include('.composer').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await composer.locator('details', { has: page.getByRole('heading', { name: 'Camera' }) }).screenshot({ path: info.outputPath('composer-camera-chips.png') });
});

test('in Arabic, a pan pictogram still points right (its words say left to right) while an orbit mirrors', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('laqta.locale', 'ar'));
  await page.reload();
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const composer = composerOf(page);
  const transformOf = (name: string) => composer.getByRole('button', { name, exact: true }).getByTestId('pictogram').evaluate((svg) => getComputedStyle(svg).transform);
  expect(await transformOf('استدارة أفقية')).toBe('none');
  expect(await transformOf('دوران حول الموضوع')).toBe('matrix(-1, 0, 0, 1, 0, 0)');
});

test('the palette finds a glossary term by its English or Arabic name and opens its card with focus on it', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('dutch angle');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette.getByRole('option').first()).toHaveText(/Dutch angle\s*Term/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/glossary\/angle\/dutch$/);
  const card = page.getByRole('listitem', { name: 'Dutch angle' });
  await expect(card).toBeFocused();
  await expect(card).toContainText('Tilts the horizon');

  // A filter that would hide the asked-for term gives way to it.
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('rain');
  await expect(page.getByRole('listitem', { name: 'Extreme close-up' })).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('extreme close-up');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/glossary\/shotSize\/extreme-close-up$/);
  await expect(page.getByRole('listitem', { name: 'Extreme close-up' })).toBeFocused();

  // In Arabic the Arabic name finds it.
  await page.evaluate(() => localStorage.setItem('laqta.locale', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('زاوية مائلة');
  await expect(page.getByRole('dialog', { name: 'الأوامر' }).getByRole('option').first()).toHaveText(/زاوية مائلة\s*مصطلح/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/glossary\/angle\/dutch$/);
  await expect(page.getByRole('listitem', { name: 'زاوية مائلة' })).toBeFocused();
});

test('the "matters most" marker follows the prompt: choosing a camera move takes it off movement', async ({ page }) => {
  await openApp(page);
  const composer = composerOf(page);
  await expect(composer.getByText(/Groups marked “matters most”/)).toBeVisible();
  const movement = composer.getByTestId('matters-most-movement');
  await expect(movement).toContainText('Matters most · 3');
  await expect(movement).toContainText('movement is the hardest thing to get right');
  await expect(composer.getByTestId('matters-most-shotSize')).toContainText('Matters most · 1');
  await expect(composer.getByTestId('section-matters-camera')).toHaveText('Matters most · 1');
  await expect(composer.getByTestId('matters-most-beats')).toHaveCount(0);

  await composer.getByRole('button', { name: 'Dolly in', exact: true }).click();
  await expect(movement).toHaveCount(0);
  await expect(composer.getByTestId('matters-most-beats')).toContainText('Matters most · 3');
  await expect(composer.getByTestId('section-matters-motion')).toHaveText('Matters most · 3');

  // Once framing is chosen too, the camera group is no longer marked at all.
  await composer.getByRole('button', { name: 'Close-up', exact: true }).click();
  await expect(composer.getByTestId('section-matters-camera')).toHaveCount(0);
  await expect(composer.getByTestId('matters-most-lighting')).toContainText('Matters most · 1');
});

test.describe('the phone menu', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('choosing Arabic closes the menu, the page turns right-to-left, and focus is back on the menu button', async ({ page }) => {
    await openApp(page);
    const menuButton = page.getByRole('button', { name: 'Menu' });
    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const arabicButton = page.getByRole('button', { name: 'القائمة' });
    await expect(arabicButton).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('combobox', { name: 'اللغة' })).toBeHidden();
    await expect(arabicButton).toBeFocused();
  });

  test('choosing a theme closes the menu and gives focus back to the menu button', async ({ page }) => {
    await openApp(page);
    const menuButton = page.getByRole('button', { name: 'Menu' });
    await menuButton.click();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(menuButton).toBeFocused();
  });

  test('the palette opened from the menu gives focus back to the menu button, not to a hidden item', async ({ page }) => {
    await openApp(page);
    const menuButton = page.getByRole('button', { name: 'Menu' });
    await menuButton.click();
    await page.locator('#app-menu').getByRole('button', { name: /Command palette/ }).click();
    await expect(page.getByRole('dialog', { name: 'Commands' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Commands' })).toBeHidden();
    await expect(menuButton).toBeFocused();
  });
});

test('a dialog opened by a palette command in another section gives focus to the page when closed, never to nothing', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('export');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Export/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Alt+1 … Alt+7');
});

test("a group's one-line summary shows the terms the prompt names by hand as well as the chips chosen", async ({ page }) => {
  await openApp(page);
  const composer = composerOf(page);
  await expect(composer.getByTestId('chosen-camera')).toHaveText('nothing chosen yet');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A fishing boat leaves the harbour, wide shot, slow dolly-in, golden-hour sunlight.');
  await expect(composer.getByTestId('chosen-camera')).toHaveText('Wide shot · Dolly in');
  await expect(composer.getByTestId('chosen-lighting')).toHaveText('Golden hour');
  await composer.getByRole('button', { name: 'Low angle', exact: true }).click();
  await expect(composer.getByTestId('chosen-camera')).toHaveText('Wide shot · Low angle · Dolly in');
});
