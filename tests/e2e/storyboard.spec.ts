import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApp, savePrompt } from './fixtures';
import { chooseImport, exportBackup, writeStoryboard, type StoryboardSketch } from './library-steps';

/**
 * A storyboard as a person makes one: a cast sheet with one character, three shots with their own
 * lengths and transitions, generated with Previz (no key), watched cut together as one sequence,
 * its contact sheet downloaded, and the whole thing carried to another browser in a backup.
 */

const character = 'Mona, a tall woman in her sixties with short grey hair';

const tramStop: StoryboardSketch = {
  title: 'Tram stop',
  characters: character,
  style: '16 mm film, soft grain',
  shots: [
    { subject: 'Mona waits at the tram stop', seconds: '2' },
    { subject: 'Mona looks up the street', seconds: '3' },
    { subject: 'The tram arrives in the rain', seconds: '2', transition: 'dissolve' },
  ],
};

/** Writes and saves the three-shot storyboard, and checks what the editor shows of it: its total, and each shot's text standing alone. */
async function writeTramStop(page: Page): Promise<void> {
  await writeStoryboard(page, tramStop);
  await expect(page.getByTestId('storyboard-total')).toHaveText('3 shots, 7 s in total');
  // Every shot's text stands alone: the cast sheet is in each one.
  const shots = page.getByTestId('storyboard-shot');
  for (const [i, shot] of tramStop.shots.entries()) {
    await expect(shots.nth(i).getByTestId('shot-text')).toContainText(`Characters: ${character}.`);
    await expect(shots.nth(i).getByTestId('shot-text')).toContainText(shot.subject);
  }
}

test('a storyboard’s shots are added, reordered by keyboard and removed, and unsaved work survives a reload', async ({ page }) => {
  await openApp(page, '#/compose');
  await page.getByRole('button', { name: 'New storyboard' }).click();
  const shots = page.getByTestId('storyboard-shot');
  await expect(shots).toHaveCount(3);
  await page.getByRole('region', { name: 'Composer: shot 1' }).getByRole('textbox', { name: 'Subject' }).fill('Fox in the snow');
  await page.getByRole('button', { name: 'Add shot' }).click();
  await expect(shots).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'Composer: shot 4' })).toBeVisible();

  await page.getByRole('button', { name: 'Move shot 1 down' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // Focus follows the shot as it moves: two presses take it to place 3.
  await expect(shots.nth(2).getByTestId('shot-text')).toContainText('Fox in the snow');
  await expect(page.getByRole('button', { name: 'Move shot 3 down' })).toBeFocused();

  await page.getByRole('button', { name: 'Remove shot 4' }).click();
  await expect(shots).toHaveCount(3);
  await expect(page.getByTestId('storyboard-total')).toHaveText('3 shots, 12 s in total');

  // The coach reads the storyboard against the chosen model (Previz makes at most 12 s).
  await shots.nth(0).getByRole('spinbutton', { name: /Length/ }).fill('30');
  await shots.nth(0).getByRole('spinbutton', { name: /Length/ }).press('Tab');
  await expect(page.getByTestId('storyboard-coach')).toContainText('Shot 1 lasts 30 s; this model makes at most 12 s in one run.');
  await expect(page.getByTestId('storyboard-clamped')).toContainText('Shot 1 asks for 30 s; this model makes 12 s');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Shot list (Markdown)' }).click()]);
  expect(download.suggestedFilename()).toBe('laqta-storyboard-shot-list.md');
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain('Fox in the snow');
  expect(markdown.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3);

  await page.reload();
  await openApp(page, '#/compose');
  await expect(page.getByText('Your unsaved changes from last time were restored.')).toBeVisible();
  await expect(shots).toHaveCount(3);
  await expect(shots.nth(2).getByTestId('shot-text')).toContainText('Fox in the snow');
});

test('a three-shot storyboard is generated with Previz, plays as one sequence with its cuts, and gives a contact sheet', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await writeTramStop(page);

  const panel = page.getByRole('region', { name: 'Generate the storyboard' });
  await expect(panel.getByRole('combobox', { name: 'Provider' })).toHaveValue('previz');
  await panel.getByRole('combobox', { name: 'Resolution' }).selectOption('360p');
  await expect(panel.getByTestId('storyboard-mode')).toContainText('one shot per prompt');
  await expect(panel.getByTestId('storyboard-clamped')).toHaveText('Shot 2 asks for 3 s; this model makes 4 s, so that shot will be 4 s long.');
  await expect(panel.getByTestId('cost-estimate')).toHaveText('3 runs, free (drawn on this device)');
  await panel.getByRole('button', { name: 'Generate 3 runs' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send 3 runs' }).click();
  await expect(page.getByText('Run started. Follow it in Runs.')).toBeVisible();

  await openApp(page, '#/runs');
  const group = page.getByRole('article', { name: 'Tram stop' });
  await expect(group.getByRole('article', { name: 'Storyboard · shot 2 of 3' })).toBeVisible();
  await expect(group.getByTestId('sequence-progress')).toHaveText('3 of 3 shots ready', { timeout: 180_000 });

  await group.getByRole('button', { name: 'Play as one sequence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Storyboard: Tram stop' });
  const player = dialog.getByTestId('sequence-player');
  await expect(dialog.getByTestId('sequence-time')).toHaveText('0.0 of 8.0 s');
  // The cuts sit where the storyboard puts them: shot 2 at 2 s, shot 3 at 6 s.
  await expect(dialog.getByTestId('sequence-timeline').locator('li')).toHaveCount(3);
  expect(await dialog.getByTestId('sequence-timeline').locator('li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-from'))))).toEqual([0, 2, 6]);

  // Played, it moves from shot 1 to shot 3, and every moment it shows is the shot the storyboard
  // puts there: shot 1 before 2 s, shot 2 from 2 s to 6 s, shot 3 from 6 s.
  const samples = player.evaluate(
    (el) =>
      new Promise<{ shot: number; at: number }[]>((resolve) => {
        const seen: { shot: number; at: number }[] = [];
        const observer = new MutationObserver(() => {
          const shot = Number(el.getAttribute('data-shot'));
          seen.push({ shot, at: Number(el.getAttribute('data-time')) });
          if (shot === 3) {
            observer.disconnect();
            resolve(seen);
          }
        });
        observer.observe(el, { attributes: true, attributeFilter: ['data-shot', 'data-time'] });
      }),
  );
  await dialog.getByRole('button', { name: 'Play', exact: true }).click();
  const seen = await samples;
  const expected = (at: number) => (at < 2 ? 1 : at < 6 ? 2 : 3);
  expect(seen.filter((s) => s.shot !== expected(s.at))).toEqual([]);
  expect(new Set(seen.map((s) => s.shot))).toEqual(new Set([1, 2, 3]));
  expect(seen.map((s) => s.shot)).toEqual([...seen.map((s) => s.shot)].sort());
  await expect(dialog.getByTestId('sequence-now')).toHaveText('Shot 3 of 3');

  // Paused, the keyboard seeks across shots; a cut shows one shot, a dissolve blends two.
  await expect(dialog.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 10_000 });
  await player.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await expect(dialog.getByTestId('sequence-now')).toHaveText('Shot 2 of 3');
  await expect(dialog.getByTestId('sequence-time')).toHaveText('2.0 of 8.0 s');
  const opacities = () => dialog.getByTestId('sequence-video').evaluateAll((videos) => videos.map((v) => Number((v as HTMLElement).style.opacity)));
  expect(await opacities()).toEqual([0, 1, 0]);
  await dialog.getByRole('slider', { name: 'Position in the sequence' }).fill('6');
  const blend = await opacities();
  expect(blend[1]).toBe(1);
  expect(blend[2]).toBeGreaterThan(0.3);
  expect(blend[2]).toBeLessThan(0.7);
  await page.screenshot({ path: testInfo.outputPath('sequence-dissolve.png') });
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations.map((v) => v.id)).toEqual([]);

  // The contact sheet: one frame per shot, mid-shot, with shot numbers and lengths, as a PNG.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Contact sheet' }).click()]);
  expect(download.suggestedFilename()).toBe('Tram stop-contact-sheet.png');
  const path = testInfo.outputPath('contact-sheet.png');
  await download.saveAs(path);
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // Three 360-pixel frames side by side (with margins and gaps): one frame per shot.
  expect(png.readUInt32BE(16)).toBe(24 * 2 + 3 * 360 + 2 * 16);
  const drawn = await page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    // The centre of each frame is drawn from the video, not the sheet's plain background.
    return [0, 1, 2].map((i) => {
      const [r, g, b] = ctx.getImageData(24 + i * 376 + 180, 24 + 56 + 101, 1, 1).data;
      return !(r === 0x16 && g === 0x16 && b === 0x1a);
    });
  }, [...png]);
  expect(drawn).toEqual([true, true, true]);
  await page.keyboard.press('Escape');

  // In Compare, the storyboard's column plays the whole sequence in the same player.
  await savePrompt(page, 'Single shot', 'A tram passes at dusk, wide shot.');
  await openApp(page, '#/library');
  for (const title of ['Tram stop', 'Single shot']) await page.getByRole('checkbox', { name: `Pick “${title}” for comparison` }).check();
  await page.getByRole('link', { name: 'Compare these 2' }).click();
  const column = page.getByTestId('result').filter({ hasText: 'Tram stop' });
  await expect(column).toContainText(/Storyboard · shot \d of 3/);
  await column.getByRole('button', { name: 'Play as one sequence' }).click();
  const inCompare = page.getByRole('dialog', { name: 'Storyboard: Tram stop' });
  await expect(inCompare.getByTestId('sequence-time')).toHaveText('0.0 of 8.0 s');
  await inCompare.getByRole('button', { name: 'Go to shot 3 (2 s)' }).click();
  await expect(inCompare.getByTestId('sequence-now')).toHaveText('Shot 3 of 3');
});

test('a generated storyboard survives export and import: its shots, cast sheet and sequence arrive in another browser', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  await writeTramStop(page);
  const panel = page.getByRole('region', { name: 'Generate the storyboard' });
  await panel.getByRole('combobox', { name: 'Resolution' }).selectOption('360p');
  await panel.getByRole('button', { name: 'Generate 3 runs' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send 3 runs' }).click();
  await openApp(page, '#/runs');
  await expect(page.getByRole('article', { name: 'Tram stop' }).getByTestId('sequence-progress')).toHaveText('3 of 3 shots ready', { timeout: 180_000 });

  const zip = testInfo.outputPath('storyboard-backup.zip');
  await exportBackup(page, zip);

  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await fresh.newPage();
  await openApp(other, '#/library');
  const dialog = await chooseImport(other, zip);
  await expect(dialog.getByText('3 videos come with the runs.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.getByText(/Import finished/)).toBeVisible();

  await other.getByRole('link', { name: 'Open “Tram stop” in Compose' }).click();
  const shots = other.getByTestId('storyboard-shot');
  await expect(shots).toHaveCount(3);
  await expect(other.getByRole('group', { name: 'Cast sheet' }).getByRole('textbox', { name: 'Characters' })).toHaveValue(character);
  await expect(shots.nth(2).getByRole('combobox', { name: /Transition into it/ })).toHaveValue('dissolve');
  await expect(other.getByTestId('storyboard-total')).toHaveText('3 shots, 7 s in total');

  await openApp(other, '#/runs');
  const group = other.getByRole('article', { name: 'Tram stop' });
  await expect(group.getByTestId('sequence-progress')).toHaveText('3 of 3 shots ready');
  await group.getByRole('button', { name: 'Play as one sequence' }).click();
  const player = other.getByRole('dialog', { name: 'Storyboard: Tram stop' });
  await expect(player.getByTestId('sequence-time')).toHaveText('0.0 of 8.0 s');
  await player.getByRole('button', { name: 'Next shot' }).click();
  await player.getByRole('button', { name: 'Next shot' }).click();
  await expect(player.getByTestId('sequence-now')).toHaveText('Shot 3 of 3');
  await fresh.close();
});

test('in Arabic, the palette opens a new storyboard, which reads right to left and passes an axe scan', async ({ page }, testInfo) => {
  await openApp(page, '#/library');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('لوحة قصة');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(/لوحة قصة جديدة/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/compose/);
  await expect(page.getByTestId('storyboard-shot')).toHaveCount(3);
  await expect(page.getByLabel('العنوان')).toBeFocused();
  await page.getByRole('group', { name: 'ورقة الشخصيات' }).getByRole('textbox', { name: 'الشخصيات' }).fill('منى، امرأة طويلة في الستين بشعر رمادي قصير');
  await expect(page.getByTestId('storyboard-shot').first().getByTestId('shot-text')).toContainText('منى، امرأة طويلة في الستين بشعر رمادي قصير');
  await expect(page.getByRole('button', { name: 'انقل اللقطة 2 إلى الأعلى' })).toBeVisible();
  await expect(page.getByTestId('storyboard-total')).toHaveText(/٣ لقطات|3 لقطات/);
  await page.screenshot({ path: testInfo.outputPath('storyboard-ar.png'), fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

for (const locale of ['en', 'ar'] as const) {
  test(`${locale} at 320 px: a three-shot storyboard fits the screen, its controls are thumb-sized, and "Edit shot 2" brings up its composer`, async ({ page }, testInfo) => {
    const n = {
      en: { more: 'More actions', storyboard: 'New storyboard', characters: 'Characters', edit: 'Edit shot 2', composer: 'Composer: shot 2', empty: 'Nothing chosen yet: pick this shot and use the composer.' },
      ar: { more: 'المزيد من الإجراءات', storyboard: 'لوحة قصة جديدة', characters: 'الشخصيات', edit: 'حرّر اللقطة 2', composer: 'المُركِّب: اللقطة 2', empty: 'لم يُختر شيء بعد: اختر هذه اللقطة واستعمل المُركِّب.' },
    }[locale];
    await page.setViewportSize({ width: 320, height: 640 });
    await openApp(page);
    await page.evaluate((l) => localStorage.setItem('laqta.locale', l), locale);
    await page.reload();
    await openApp(page);
    await page.getByRole('button', { name: n.more }).click();
    await page.getByRole('button', { name: n.storyboard }).click();
    await expect(page.getByTestId('storyboard-shot')).toHaveCount(3);
    // A shot with nothing in it yet says what to do, rather than showing an empty box.
    await expect(page.getByTestId('storyboard-shot').nth(1)).toContainText(n.empty);
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll').toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#main button, #main select, #main input, #main textarea, #main summary')]
        .filter((el) => el.offsetParent !== null && !el.closest('.term-chips'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
        .map(({ el, r }) => `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small, 'touch targets of at least 44 px').toEqual([]);
    // The cast sheet's fields show their whole example, not two lines cut mid-sentence.
    const characters = page.getByRole('textbox', { name: n.characters });
    expect(await characters.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: testInfo.outputPath(`storyboard-${locale}-320.png`), fullPage: true });

    // The composer sits below the shots on a phone: picking a shot brings it into view.
    await page.getByRole('button', { name: n.edit }).click();
    await expect(page.getByRole('heading', { name: n.composer })).toBeInViewport();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}
