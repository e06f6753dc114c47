import { test, expect, openApp, savePrompt } from './fixtures';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const editorOf = (page: Page) => page.getByRole('textbox', { name: /^(Prompt|الأمر)$/ });
const coachOf = (page: Page) => page.getByTestId('coach-panel');
const scoreOf = async (page: Page) => Number((await page.getByTestId('coach-score').innerText()).replace(/\D+/g, ' ').trim().split(' ')[0]);

test('a weak prompt is told what it lacks; adding lighting from the picker clears that finding, raises the score, and is one undo step', async ({ page }) => {
  await openApp(page);
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.type('a beautiful cinematic video of a city');

  const coach = coachOf(page);
  await expect(coach.locator('[data-rule="no-lighting"]')).toContainText('No lighting');
  await expect(coach.getByRole('listitem', { name: 'Lighting: needs work' })).toBeVisible();
  await expect(coach.locator('[data-rule="vague-word"]').first()).toContainText('"beautiful" shows nothing');
  // The editor underlines the vague word too.
  await expect(editor.locator('.cm-lintRange').first()).toHaveText('beautiful');
  const before = await scoreOf(page);
  expect(before).toBeLessThan(30);

  await coach.getByRole('combobox', { name: 'Add lighting' }).selectOption({ label: 'Golden hour' });
  await coach.getByRole('button', { name: 'Add lighting' }).click();
  await expect(editor).toHaveText('a beautiful cinematic video of a city, golden-hour sunlight');
  await expect(coach.locator('[data-rule="no-lighting"]')).toHaveCount(0);
  await expect(coach.getByRole('listitem', { name: 'Lighting: done' })).toBeVisible();
  await expect.poll(() => scoreOf(page)).toBeGreaterThan(before);

  // Replacing a vague word is offered too.
  await coach.locator('[data-rule="vague-word"]').first().getByRole('button', { name: 'Use "sunlit"' }).click();
  await expect(editor).toHaveText('a sunlit cinematic video of a city, golden-hour sunlight');

  // Each fix is one undo step.
  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('a beautiful cinematic video of a city, golden-hour sunlight');
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('a beautiful cinematic video of a city');
  await expect(coach.locator('[data-rule="no-lighting"]')).toBeVisible();
});

test('"8 seconds" in the prose moves into the duration setting with one click', async ({ page }) => {
  await openApp(page);
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.type('Close-up of a fox in the snow, 4 seconds long, static camera, soft light.');
  const finding = coachOf(page).locator('[data-rule="duration-in-prose"]');
  await expect(finding).toContainText('"4 seconds long" in the text does nothing');
  await finding.getByRole('button', { name: 'Set duration to 4 s' }).click();
  await expect(editor).toHaveText('Close-up of a fox in the snow, static camera, soft light.');
  await expect(finding).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Duration' })).toHaveValue('4');
});

test('in Arabic the coach gives the same findings in Arabic, in the panel and under the text', async ({ page }) => {
  await openApp(page);
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.type('a beautiful cinematic video of a city');
  const coach = coachOf(page);
  const rules = await coach.locator('[data-rule]').evaluateAll((items) => items.map((i) => i.getAttribute('data-rule')));
  expect(rules).toContain('no-lighting');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(coach.getByRole('heading', { name: 'مدرّب الأوامر' })).toBeVisible();
  await expect(coach.locator('[data-rule="no-lighting"]')).toContainText('لا إضاءة');
  await expect(coach.getByRole('listitem', { name: 'الإضاءة: يحتاج إلى عمل' })).toBeVisible();
  expect(await coach.locator('[data-rule]').evaluateAll((items) => items.map((i) => i.getAttribute('data-rule')))).toEqual(rules);

  // The switch re-reads the prompt and redraws its underlines: a pointer resting on one just
  // replaced shows nothing until it moves again.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await editor.locator('.cm-lintRange').first().hover();
    await expect(page.locator('.cm-tooltip-lint')).toContainText('«beautiful» لا يُظهر شيئًا', { timeout: 2000 });
  }).toPass();

  // An Arabic prompt is read as well as an English one.
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('كاميرا تقترب ببطء من امرأة تقرأ رسالة بجانب النافذة، وضوء الشمس الدافئ يغمر الغرفة.');
  await expect(coach.locator('[data-rule="no-lighting"]')).toHaveCount(0);
  await expect(coach.locator('[data-rule="no-movement"]')).toHaveCount(0);
  await expect(coach.locator('[data-rule="no-framing"]')).toContainText('لا تأطير');
  await coach.getByRole('combobox', { name: 'أضف تأطيرًا' }).selectOption({ label: 'لقطة قريبة' });
  await coach.getByRole('button', { name: 'أضف تأطيرًا' }).click();
  await expect(editor).toContainText('يغمر الغرفة. لقطة قريبة.');
  await expect(coach.locator('[data-rule="no-framing"]')).toHaveCount(0);
});

test('the Library shows each prompt\'s coach score and filters the prompts missing lighting', async ({ page }) => {
  await savePrompt(page, 'Harbour at dusk', 'Wide shot of a harbour, slow push-in; fishermen haul nets under orange sodium lamps.');
  await savePrompt(page, 'Fox', 'Close-up of a fox trotting across the snow, static camera.');
  await savePrompt(page, 'City', 'a beautiful cinematic video of a city');
  await page.getByRole('link', { name: 'Library' }).click();
  const list = page.getByRole('list', { name: 'Prompts' });
  await expect(page.getByTestId('prompt-row')).toHaveCount(3);
  await expect(page.getByTestId('prompt-row').filter({ hasText: 'City' }).getByTestId('coach-score-cell')).toHaveAccessibleName(/^Coach score \d+ of 100$/);

  await page.getByRole('combobox', { name: 'Coach' }).selectOption({ label: 'Missing lighting' });
  await expect(page.getByTestId('prompt-row')).toHaveCount(2);
  await expect(list).toContainText('Fox');
  await expect(list).toContainText('City');
  await expect(list).not.toContainText('Harbour at dusk');
  await expect(page.getByRole('status').filter({ hasText: '2 matches' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByTestId('prompt-row')).toHaveCount(3);
});

test('the glossary lists the vocabulary in both languages, searches and filters it, and sends a term to Compose', async ({ page }) => {
  await openApp(page, '#/glossary');
  await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  const terms = page.getByRole('list', { name: /^(Terms|المصطلحات)$/ });
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('golden');
  const golden = terms.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Golden hour' }) });
  await expect(golden).toContainText('Low warm sun just after sunrise or before sunset');
  await expect(golden).toContainText('الساعة الذهبية');

  await page.getByRole('searchbox', { name: 'Search terms' }).fill('');
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Camera movement' });
  await expect(terms.getByRole('heading', { name: 'Slow push-in' })).toBeVisible();
  await expect(terms.getByRole('heading', { name: 'Golden hour' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await page.getByRole('combobox', { name: 'الفئة' }).selectOption({ label: 'كل الفئات' });
  await page.getByRole('searchbox', { name: 'ابحث في المصطلحات' }).fill('الساعة الذهبية');
  await terms.getByRole('button', { name: 'استخدم «الساعة الذهبية» في التأليف' }).click();
  await expect(page).toHaveURL(/#\/compose/);
  await expect(editorOf(page)).toContainText('golden-hour sunlight');
});

// An axe scan of a page with 135 term cards takes tens of seconds on a loaded 2-core machine.
test('the glossary passes an axe scan', async ({ page }) => {
  test.slow();
  await openApp(page, '#/glossary');
  await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the coach panel passes an axe scan', async ({ page }) => {
  test.slow();
  await openApp(page, '#/compose');
  await editorOf(page).click();
  await page.keyboard.type('a beautiful video of a city, 8 seconds long');
  await expect(coachOf(page).locator('[data-rule="no-lighting"]')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('[data-testid="coach-panel"]').analyze()).violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
