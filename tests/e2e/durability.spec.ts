import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { test, expect, openApp } from './fixtures';

/**
 * RELIABILITY case 1 with a real browser restart: a persistent profile, the browser process closed
 * right after the last "Saved", then started again on the same profile. It runs as its own
 * Playwright project after the others (see playwright.config.ts).
 */
test('R1: 500 prompts saved from two tabs, the browser closed right after the last "Saved": all 500 are there after a restart', async ({ playwright, baseURL }) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'laqta-profile-'));
  const launch = () => playwright.chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: chromiumArgs, baseURL });
  try {
    const first = await launch();
    const errors: string[] = [];
    // Two tabs save 250 prompts each at the same time (and hear each other's saves).
    const saveMany = async (from: number) => {
      const page = await first.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await openApp(page);
      const text = page.getByRole('textbox', { name: 'Prompt', exact: true });
      for (let i = from; i < from + 250; i++) {
        await page.getByRole('button', { name: 'New prompt' }).click();
        await text.fill(`Shot number ${i}: a slow push-in on a lantern.`);
        await page.keyboard.press('Control+s');
        // Checked every frame rather than on expect's back-off: 500 saves, each waited for.
        await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent?.trim() === 'Saved');
      }
    };
    await Promise.all([saveMany(1), saveMany(251)]);
    expect(errors, 'no uncaught errors while saving').toEqual([]);
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await openApp(again, '#/library');
    await expect(again.getByText('500 prompts')).toBeVisible();
    for (const n of [250, 333, 500]) {
      await again.getByRole('searchbox', { name: 'Search prompts' }).fill(`number ${n}`);
      await expect(again.getByTestId('prompt-row')).toHaveCount(1);
      await expect(again.getByTestId('prompt-row')).toContainText(`Shot number ${n}:`);
    }
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
