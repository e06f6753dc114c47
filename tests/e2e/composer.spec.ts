import { test, expect, openApp, savePrompt } from './fixtures';
import type { Page } from '@playwright/test';

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Prompt', exact: true });
const composerOf = (page: Page) => page.getByRole('region', { name: 'Build the shot' });
const chip = (page: Page, name: string) => composerOf(page).getByRole('button', { name, exact: true });

test('a complete, well-ordered prompt can be built only by clicking chips', async ({ page }) => {
  await openApp(page);
  for (const name of ['35 mm film', 'Wide establishing', 'Low angle', 'Slow push-in', 'Golden hour', 'Slow motion', 'Rain ambience']) {
    await chip(page, name).click();
    await expect(chip(page, name)).toHaveAttribute('aria-pressed', 'true');
  }
  const editor = editorOf(page);
  await expect(editor).toHaveText(
    /^Style: 35 mm film[^]*Camera: wide establishing shot, low angle[^]*Camera movement: slow push-in[^]*Pacing: slow motion[^]*Lighting: golden-hour sunlight[^]*Background sound: steady rain ambience$/,
    { useInnerText: true },
  );
  await expect(editor).not.toContainText('Lens:');
  await chip(page, 'Golden hour').hover();
  await expect(page.getByTestId('term-explanation').filter({ hasText: 'Golden hour' })).toContainText('Low warm sun just after sunrise or before sunset');
});

test('a hand edit survives a chip change, and an edited line is never overwritten without asking', async ({ page }) => {
  await openApp(page);
  await chip(page, 'Golden hour').click();
  const editor = editorOf(page);
  await expect(editor).toContainText('Lighting: golden-hour sunlight');

  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The keeper waves at the passing ship.');
  await chip(page, 'Dolly in').click();
  await expect(editor).toContainText('Camera movement: slow dolly-in');
  await expect(editor).toContainText('The keeper waves at the passing ship.');

  // Change a word inside the lighting line: that line is now the person's own.
  await editor.locator('.cm-line', { hasText: 'Lighting:' }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'sunlight'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('glow');
  await chip(page, 'Blue hour').click();
  await expect(page.getByRole('alert').filter({ hasText: 'You edited the lighting part of the text by hand' })).toBeVisible();
  await expect(editor).toContainText('Lighting: golden-hour glow');
  await expect(composerOf(page).getByText('“Golden hour” and “Blue hour” pull against each other')).toBeVisible();

  await page.getByRole('button', { name: 'Keep my edit' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'You edited the lighting part' })).toHaveCount(0);
  await expect(editor).toContainText('Lighting: golden-hour glow');

  await chip(page, 'Golden hour').click();
  await page.getByRole('button', { name: 'Replace my edit' }).click();
  await expect(editor).toContainText('Lighting: blue-hour twilight');
  await expect(editor).not.toContainText('glow');
  await expect(editor).toContainText('The keeper waves at the passing ship.');
});

test('terms are highlighted with a legend, explained on hover, and offered while typing', async ({ page }) => {
  await openApp(page);
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.type('A fox at golden hour, ');
  await expect(page.getByRole('list', { name: 'Highlight colours' })).toContainText('Lighting');
  // The coach's underlines land 120 ms after the last keystroke and redraw the line: a pointer that
  // rested on a word just replaced shows nothing until it moves again, as a person's would.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await editor.getByText('golden hour').hover();
    await expect(page.locator('.cm-term-tooltip')).toContainText('Low warm sun just after sunrise or before sunset', { timeout: 2000 });
  }).toPass();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('dolly');
  await page.getByRole('option', { name: /slow dolly-in/ }).click();
  await expect(editor).toHaveText('A fox at golden hour, slow dolly-in');
});

test('the term under the caret is explained without a mouse, in the interface language', async ({ page }) => {
  await openApp(page);
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.type('A fox at golden hour');
  const explained = page.getByTestId('caret-term');
  await expect(explained).toContainText('Low warm sun just after sunrise or before sunset');
  await page.keyboard.press('Home');
  await expect(explained).toHaveText('');
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  await expect(explained).toContainText('Golden hour');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(explained).toContainText('الساعة الذهبية');
  await expect(explained).toContainText('شمس دافئة منخفضة');
});

test('six variants made from a template are in the library, grouped under their parent', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('dialog', { name: 'Start from a template' }).getByRole('button', { name: 'Use “Neon city night”' }).click();
  await expect(editorOf(page)).toContainText('{{lighting}}');

  await page.getByRole('button', { name: 'Make variants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make variants' });
  await dialog.getByRole('textbox', { name: 'New value for subject' }).fill('A courier on a bicycle');
  await dialog.getByRole('textbox', { name: 'New value for subject' }).press('Enter');
  for (const name of ['Rim / back light', 'Moonlight', 'Volumetric haze', 'Tracking', 'Handheld']) await dialog.getByRole('button', { name, exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('1 × 2 × 3 = 6');
  await expect(dialog.getByRole('status')).toContainText('6 variants will be created.');
  await dialog.getByRole('button', { name: 'Create 6 variants' }).click();
  await expect(page.getByText('6 variants of “Neon city night” are in the library.')).toBeVisible();

  await page.reload();
  await openApp(page, '#/library');
  await expect(page.getByTestId('prompt-row')).toHaveCount(1);
  await page.getByRole('button', { name: /Show its 6 variants/ }).click();
  await expect(page.getByTestId('prompt-row')).toHaveCount(7);
  const variants = page.getByTestId('prompt-row').filter({ hasText: 'Variant of Neon city night' });
  await expect(variants).toHaveCount(6);
  await expect(variants.first()).toContainText('A courier on a bicycle');
  await variants.filter({ hasText: 'Moonlight' }).first().getByRole('link').click();
  await expect(editorOf(page)).not.toContainText('{{');
});

test('in Arabic the composer speaks Arabic, writes English prompt words, and Arabic text runs right-to-left', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  const composer = page.getByRole('region', { name: 'ابنِ اللقطة' });
  await composer.getByRole('button', { name: 'الساعة الذهبية', exact: true }).click();
  await composer.getByRole('textbox', { name: 'الموضوع' }).fill('حارس منارة عجوز');
  const editor = page.getByRole('textbox', { name: 'الأمر', exact: true });
  await expect(editor).toContainText('Lighting: golden-hour sunlight');
  await expect(editor.locator('.cm-line', { hasText: 'حارس منارة عجوز' })).toHaveCSS('direction', 'rtl');
  await expect(editor.locator('.cm-line', { hasText: 'Lighting:' })).toHaveCSS('direction', 'ltr');
});

test('undo history survives leaving Compose and coming back', async ({ page }) => {
  await openApp(page);
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.type('First words.');
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Compose' }).first().click();
  await expect(editor).toHaveText('First words.');
  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor).not.toContainText('First words.');
});

test('a saved template can be edited, and a deleted one comes back with undo', async ({ page }) => {
  await savePrompt(page, 'Market', 'A busy market at {{lighting}}, {{camera.movement}}.');
  await page.getByRole('button', { name: 'Save as template' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Save as template' });
  await saveDialog.getByLabel('Template name').fill('Market scene');
  await saveDialog.getByRole('button', { name: 'Save template' }).click();
  await expect(saveDialog).toBeHidden();

  await page.getByRole('button', { name: 'Templates' }).click();
  const picker = page.getByRole('dialog', { name: 'Start from a template' });
  await picker.getByRole('button', { name: 'Edit template “Market scene”' }).click();
  const form = picker.getByRole('form', { name: 'Edit template “Market scene”' });
  await form.getByLabel('Template name').fill('Night market');
  await form.getByLabel('Template text').fill('A night market under {{lighting}}.');
  await expect(form).toContainText('This text has one slot.');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(picker.getByRole('button', { name: 'Use “Night market”' })).toBeVisible();

  await picker.getByRole('button', { name: 'Delete template “Night market”' }).click();
  await expect(picker.getByRole('button', { name: 'Use “Night market”' })).toHaveCount(0);
  await picker.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await picker.getByRole('button', { name: 'Use “Night market”' }).click();
  await expect(editorOf(page)).toHaveText('A night market under {{lighting}}.');

  await page.reload();
  await page.getByRole('button', { name: 'Templates' }).click();
  await expect(picker.getByRole('button', { name: 'Use “Night market”' })).toBeVisible();
  await expect(picker.getByRole('button', { name: 'Use “Market scene”' })).toHaveCount(0);
});

test('generation settings live in one place, beside the text, and are saved with the prompt', async ({ page }) => {
  await savePrompt(page, 'Portrait', 'A dancer turns under a single spotlight.');
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveCount(1);
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Aspect ratio' }).selectOption('9:16');
  await expect(page.getByTestId('save-status')).toHaveText('Unsaved changes');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.reload();
  await expect(panel.getByRole('combobox', { name: 'Aspect ratio' })).toHaveValue('9:16');
  await expect(page.getByRole('textbox', { name: 'Prompt', exact: true })).toHaveText('A dancer turns under a single spotlight.');
});
