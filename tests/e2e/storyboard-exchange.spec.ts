import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, savePrompt } from './fixtures';
import { exportAs, importAll, writeStoryboard, type StoryboardSketch } from './library-steps';

const character = 'Mona, a tall woman with short grey hair';
const subjects = ['Mona waits at the stop', 'Mona looks up the street', 'The tram arrives, its bell ringing twice'];

/** A three-shot storyboard: 4 s, 3 s and 5 s; a match cut, then a dissolve. */
const tramStop: StoryboardSketch = {
  title: 'Tram stop',
  characters: character,
  style: '35 mm film',
  shots: [
    { subject: subjects[0]!, seconds: '4' },
    { subject: subjects[1]!, seconds: '3', transition: 'matchCut' },
    { subject: subjects[2]!, seconds: '5', transition: 'dissolve' },
  ],
};

/** The storyboards of every prompt and version in the browser's storage (undefined for a plain one). */
async function storedBoards(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('laqta-library');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const os = db.transaction('records').objectStore('records');
    const out: unknown[] = [];
    for (const prefix of ['prompt/', 'version/']) {
      const values = await new Promise<Record<string, unknown>[]>((resolve) => {
        const req = os.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      });
      out.push(...values.map((v) => v.storyboard));
    }
    db.close();
    return out;
  });
}

test('a storyboard made in the editor survives export and import, its shots are found by search, and it leaves as a shot list', async ({ page, browser }, testInfo) => {
  await savePrompt(page, 'Dune walker', 'A lone walker crosses the dunes at golden hour.');
  await writeStoryboard(page, tramStop);
  await openApp(page, '#/library');
  const rows = page.getByTestId('prompt-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Tram stop' }).getByText('Storyboard · 3 shots · 12 s')).toBeVisible();
  await expect(rows.filter({ hasText: 'Dune walker' }).getByText(/Storyboard/)).toHaveCount(0);

  // Words only in the third shot find it.
  await page.getByRole('searchbox', { name: 'Search prompts' }).fill('bell ringing');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Tram stop');
  await page.getByRole('searchbox', { name: 'Search prompts' }).fill('');

  const here = (await storedBoards(page)).filter(Boolean);
  expect(here.length).toBeGreaterThanOrEqual(2);
  const jsonPath = testInfo.outputPath('storyboard.laqta.json');
  await exportAs(page, /Laqta library/, jsonPath);
  const file = JSON.parse(readFileSync(jsonPath, 'utf8')) as { version: number; prompts: { title: string; storyboard?: unknown }[] };
  expect(file.version).toBe(2);
  expect(file.prompts.find((p) => p.title === 'Tram stop')?.storyboard).toEqual(here[0]);

  const mdPath = testInfo.outputPath('shot-list.md');
  await exportAs(page, /Export shot list \(Markdown\)/, mdPath);
  const md = readFileSync(mdPath, 'utf8');
  expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Tram stop', '## Cast sheet', '## Shot 1 · 4 s', '## Shot 2 · 3 s', '## Shot 3 · 5 s']);
  expect(md).toContain(`**Characters:** ${character}`);
  expect(md).toContain('**Transition:** Match cut');
  expect(md).toContain('**Time:** 7–12 s');
  expect(md).toContain(subjects[2]);

  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await fresh.newPage();
  await importAll(other, jsonPath);
  await other.reload();
  await openApp(other, '#/library');
  await expect(other.getByTestId('prompt-row').filter({ hasText: 'Tram stop' }).getByText('Storyboard · 3 shots · 12 s')).toBeVisible();
  expect((await storedBoards(other)).filter(Boolean)).toEqual(here);

  // It opens in the storyboard editor as it was written.
  await other.getByRole('link', { name: 'Open “Tram stop” in Compose' }).click();
  const shots = other.getByTestId('storyboard-shot');
  await expect(shots).toHaveCount(3);
  for (const [i, subject] of subjects.entries()) {
    await expect(shots.nth(i).getByTestId('shot-text')).toContainText(`Characters: ${character}.`);
    await expect(shots.nth(i).getByTestId('shot-text')).toContainText(subject);
  }
  await expect(shots.nth(2).getByRole('combobox', { name: /Transition into it/ })).toHaveValue('dissolve');
  await fresh.close();
});

test('the shot list is offered only while the chosen prompts hold a storyboard', async ({ page }) => {
  await savePrompt(page, 'Dune walker', 'A lone walker crosses the dunes at golden hour.');
  await openApp(page, '#/library');
  await page.getByRole('button', { name: 'Export prompts to a file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /Prompt book/ })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /shot list/i })).toHaveCount(0);
});
