import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

/**
 * Compose's actions on a phone: Save and New prompt in one row with "More actions", whose menu
 * holds the rest (Templates, Make variants, Save as template, New storyboard) and is driven by keyboard.
 * On a laptop all six stay in the row.
 */

const names = {
  en: { save: 'Save', new: 'New prompt', more: 'More actions', templates: 'Templates', variants: 'Make variants', saveTemplate: 'Save as template', storyboard: 'New storyboard', picker: 'Start from a template' },
  ar: { save: 'حفظ', new: 'أمر جديد', more: 'المزيد من الإجراءات', templates: 'القوالب', variants: 'أنشئ نسخًا', saveTemplate: 'اجعله قالبًا', storyboard: 'لوحة قصة جديدة', picker: 'ابدأ من قالب' },
} as const;

async function openIn(page: Page, locale: 'en' | 'ar'): Promise<void> {
  await openApp(page);
  await page.evaluate((l) => localStorage.setItem('laqta.locale', l), locale);
  await page.reload();
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

for (const locale of ['en', 'ar'] as const) {
  const n = names[locale];
  test(`${locale} at 320 px: Save, New prompt and More actions share one row, and the More menu works by keyboard`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openIn(page, locale);
    const bar = page.locator('.compose-bar');
    const save = bar.getByRole('button', { name: n.save, exact: true });
    const fresh = bar.getByRole('button', { name: n.new, exact: true });
    const more = bar.getByRole('button', { name: n.more });
    const row = await Promise.all([save, fresh, more].map(box));
    for (const b of row) {
      // One row: every button's middle sits on the same line, and none is taller than one line of text and padding.
      expect(Math.abs(b.y + b.height / 2 - (row[0]!.y + row[0]!.height / 2))).toBeLessThan(2);
      expect(b.height).toBeLessThan(52);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(320);
    }
    // The tucked actions are not in the row until the menu opens.
    for (const name of [n.templates, n.variants, n.saveTemplate, n.storyboard]) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll').toBeLessThanOrEqual(0);

    // Keyboard: Enter opens the menu on its first item; arrows skip the disabled ones and go round.
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('group', { name: n.more });
    const item = (name: string) => menu.getByRole('button', { name, exact: true });
    await expect(item(n.templates)).toBeFocused();
    await expect(item(n.variants)).toBeDisabled();
    await expect(item(n.saveTemplate)).toBeDisabled();
    await page.keyboard.press('ArrowDown');
    await expect(item(n.storyboard)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(item(n.templates)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(item(n.storyboard)).toBeFocused();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`compose-more-${locale}-320.png`) });

    // Escape closes it and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();

    // An item works: Templates opens the picker; a template used, focus is back on More, and Make variants is enabled in the menu.
    await page.keyboard.press('ArrowDown');
    await expect(item(n.templates)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    const picker = page.getByRole('dialog', { name: n.picker });
    await expect(picker).toBeVisible();
    await picker.getByRole('button', { name: locale === 'en' ? 'Use “Neon city night”' : 'استخدم «مدينة نيون ليلًا»' }).click();
    await expect(picker).toBeHidden();
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item(n.variants)).toBeEnabled();
    await expect(item(n.saveTemplate)).toBeEnabled();
    // Tab walks the items too; tabbing out past the last closes the menu, on to Save.
    await page.keyboard.press('End');
    await expect(item(n.storyboard)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu).toBeHidden();
    await expect(save).toBeFocused();
  });
}

test('at 1280 px all six actions stay in the row and there is no More button', async ({ page }) => {
  await openApp(page);
  const bar = page.locator('.compose-bar');
  for (const name of ['Templates', 'Make variants', 'Save as template', 'New prompt', 'New storyboard', 'Save']) await expect(bar.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'More actions' })).toBeHidden();
  const tops = await Promise.all(['Templates', 'Save'].map(async (name) => (await box(bar.getByRole('button', { name, exact: true }))).y));
  expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(2);
});
