import { test, expect, openApp } from './fixtures';

test('a newcomer can read the lessons in order, in English and in Arabic', async ({ page }) => {
  await openApp(page, '#/learn');
  await expect(page.getByRole('heading', { level: 1, name: 'How a video prompt is built' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('wet asphalt');
  await page.getByRole('link', { name: 'Next: Framing, angle and lens' }).click();
  await expect(page).toHaveURL(/#\/learn\/camera$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Framing, angle and lens' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.getByRole('heading', { level: 1, name: 'التأطير والزاوية والعدسة' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'الدروس' })).toContainText('الصوت والحوار');
});

test('a lesson that cannot be loaded says so and can be retried', async ({ page }) => {
  let fail = true;
  await page.route('**/guide/en/sound.md', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
  await openApp(page, '#/learn/sound');
  await expect(page.getByRole('alert')).toHaveText('This lesson could not be loaded. Check your connection and try again.');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sound and dialogue' })).toBeVisible();
});
