import type { Locator, Page } from '@playwright/test';
import { expect, openApp } from './fixtures';

/** What a person does with the library's files and storyboards: write a storyboard, export, import. */

/** A storyboard as a person types it: title, cast sheet, and three shots with their lengths and transitions. */
export interface StoryboardSketch {
  title: string;
  characters: string;
  style: string;
  shots: { subject: string; seconds: string; transition?: string }[];
}

/** Writes and saves a new three-shot storyboard in Compose's storyboard editor; resolves once "Saved" is shown. */
export async function writeStoryboard(page: Page, board: StoryboardSketch): Promise<void> {
  await openApp(page, '#/compose');
  await page.getByRole('button', { name: 'New storyboard' }).click();
  // The storyboard editor is a chunk of its own: a person types the title once its cast sheet is there.
  const cast = page.getByRole('group', { name: 'Cast sheet' });
  await expect(cast).toBeVisible();
  await page.getByLabel('Title').fill(board.title);
  await cast.getByRole('textbox', { name: 'Characters' }).fill(board.characters);
  await cast.getByRole('textbox', { name: 'Style' }).fill(board.style);
  const shots = page.getByTestId('storyboard-shot');
  await expect(shots).toHaveCount(board.shots.length);
  for (const [i, shot] of board.shots.entries()) {
    await shots.nth(i).getByRole('button', { name: `Edit shot ${i + 1}` }).click();
    await page.getByRole('region', { name: `Composer: shot ${i + 1}` }).getByRole('textbox', { name: 'Subject' }).fill(shot.subject);
  }
  for (const [i, shot] of board.shots.entries()) {
    await shots.nth(i).getByRole('spinbutton', { name: /Length/ }).fill(shot.seconds);
    await shots.nth(i).getByRole('spinbutton', { name: /Length/ }).press('Tab');
  }
  for (const [i, shot] of board.shots.entries()) {
    if (shot.transition) await shots.nth(i).getByRole('combobox', { name: /Transition into it/ }).selectOption(shot.transition);
  }
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

/** From the Library: exports in the format whose radio matches `format`, and saves the download at `path`. */
export async function exportAs(page: Page, format: RegExp, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Export prompts to a file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  await download.saveAs(path);
}

/** Opens the Library and saves a full backup (a zip with the videos) at `path`. */
export async function exportBackup(page: Page, path: string): Promise<void> {
  await openApp(page, '#/library');
  await exportAs(page, /Full backup/, path);
}

/** From the Library: picks the file at `path` to import (English or Arabic interface); returns the Import dialog. */
export async function chooseImport(page: Page, path: string): Promise<Locator> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /^(Import prompts from a file|استورد أوامر من ملف)$/ }).click()]);
  await chooser.setFiles(path);
  return page.getByRole('dialog', { name: 'Import' });
}

/** Opens the Library, imports the file at `path` and waits until the import says it finished. */
export async function importAll(page: Page, path: string): Promise<void> {
  await openApp(page, '#/library');
  await (await chooseImport(page, path)).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Import finished/)).toBeVisible();
}
