import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, savePrompt } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Every section in both languages, both themes, on a phone (375 px) and a laptop (1280 px):
 * no axe violations, nothing wider than the screen, and a screenshot of each kept in the test
 * artefacts (test-results/) for a person to look at. The palette and the phone menu are scanned too.
 */
const widths = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'laptop', width: 1280, height: 860 },
] as const;

async function axeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function sectionHashes(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: /Sections|الأقسام/ }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

for (const locale of ['en', 'ar'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const size of widths) {
      test(`${locale} ${theme} ${size.name}: every section is axe-clean, fits the screen, and is photographed`, async ({ page }, info) => {
        test.slow();
        await page.setViewportSize({ width: size.width, height: size.height });
        await savePrompt(page, 'Harbour at dawn', 'Wide shot, a fishing boat leaves the harbour at dawn, slow dolly-in, soft golden light.');
        await page.evaluate(([l, th]) => {
          localStorage.setItem('laqta.locale', l);
          localStorage.setItem('laqta.theme', th);
        }, [locale, theme]);
        await page.reload();
        await openApp(page, '#/compose');
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const problems: string[] = [];
        for (const hash of await sectionHashes(page)) {
          const section = hash.replace('#/', '');
          await openApp(page, hash);
          await page.waitForTimeout(200);
          problems.push(...(await axeViolations(page, section)));
          const over = await sideways(page);
          if (over > 0) problems.push(`${section}: ${over} px wider than the screen`);
          await page.screenshot({ path: info.outputPath(`${locale}-${theme}-${size.width}-${section}.png`), fullPage: true });
        }
        await page.keyboard.press('Control+k');
        await expect(page.getByRole('dialog')).toBeVisible();
        problems.push(...(await axeViolations(page, 'palette')));
        await page.screenshot({ path: info.outputPath(`${locale}-${theme}-${size.width}-palette.png`) });
        await page.keyboard.press('Escape');
        if (size.name === 'phone') {
          await page.getByRole('button', { name: /Menu|القائمة/ }).click();
          await expect(page.getByRole('combobox', { name: /Language|اللغة/ })).toBeVisible();
          problems.push(...(await axeViolations(page, 'menu')));
          await page.screenshot({ path: info.outputPath(`${locale}-${theme}-${size.width}-menu.png`) });
        }
        expect(problems).toEqual([]);
      });
    }
  }
}

for (const locale of ['en', 'ar'] as const) {
  test(`${locale} at 320 px: no section scrolls sideways, and touch targets are at least 44 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await savePrompt(page, 'Harbour at dawn', 'Wide shot, a fishing boat leaves the harbour at dawn.');
    await page.evaluate((l) => localStorage.setItem('laqta.locale', l), locale);
    await page.reload();
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const problems: string[] = [];
    for (const hash of await sectionHashes(page)) {
      await openApp(page, hash);
      await page.waitForTimeout(150);
      const over = await sideways(page);
      if (over > 0) problems.push(`${hash}: ${over} px wider than the screen`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, select, a.button, .section-nav a, summary')]
          .filter((el) => el.offsetParent !== null && !el.closest('.term-chips, dialog'))
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.height > 0 && r.height < 43.5)
          .map(({ el, r }) => `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(r.height)} px`),
      );
      problems.push(...small.map((s) => `${hash}: ${s}`));
    }
    expect(problems).toEqual([]);
  });
}
