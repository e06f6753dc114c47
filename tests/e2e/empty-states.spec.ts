import { test, expect, openApp } from './fixtures';

test('an empty Library offers the starter templates, and an empty Runs page explains Previz and keys', async ({ page }) => {
  await openApp(page, '#/runs');
  await expect(page.getByRole('main')).toContainText('Previz draws a free schematic preview on this device');
  await expect(page.getByRole('main').getByRole('link', { name: 'Open Settings' })).toHaveAttribute('href', '#/settings');

  await openApp(page, '#/library');
  await page.getByRole('button', { name: 'Start from a starter template' }).click();
  await expect(page).toHaveURL(/#\/compose/);
  await expect(page.getByRole('dialog', { name: /template/i })).toBeVisible();
});
