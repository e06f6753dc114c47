import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, savePrompt } from './fixtures';

/** The storyboard the tests put on a saved prompt (and on its version), as the storyboard editor would save it. */
const storyboard = {
  cast: { characters: 'Mona, a tall woman with short grey hair', wardrobe: 'red coat', setting: 'a tram stop in Alexandria at dusk', style: '35 mm film' },
  shots: [
    { shot: { subject: 'Mona waits at the stop', shotSize: ['wide'], movement: ['static'] }, seconds: 4, transition: 'cut' },
    { shot: { subject: 'Mona looks up the street', shotSize: ['close-up'], movement: ['push-in'] }, seconds: 3, transition: 'matchCut' },
    { shot: { subject: 'the tram arrives, its bell ringing twice', shotSize: ['medium'], movement: ['tracking'] }, seconds: 5, transition: 'dissolve' },
  ],
};

/** Every field of a Shot, empty, so the seeded storyboard is exactly what the app itself stores. */
const emptyShot = { style: [], styleNotes: '', subject: '', appearance: '', setting: '', timeOfDay: '', weather: '', shotSize: [], angle: [], lens: [], movement: [], lighting: [], lightingNotes: '', palette: [], mood: '', pacing: [], beats: [], dialogue: [], audio: [], sound: '', avoid: '' };
const fullBoard = { ...storyboard, shots: storyboard.shots.map((s) => ({ ...s, shot: { ...emptyShot, ...s.shot } })) };

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

async function exportAs(page: Page, format: RegExp, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Export prompts to a file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  await download.saveAs(path);
}

test('a storyboard prompt survives export and import, and its shots are found by search', async ({ page, browser }, testInfo) => {
  await savePrompt(page, 'Tram stop', 'Mona waits at the stop.');
  await savePrompt(page, 'Dune walker', 'A lone walker crosses the dunes at golden hour.');
  await openApp(page, '#/library');
  const rows = page.getByTestId('prompt-row');
  await expect(rows).toHaveCount(2);
  // Until the storyboard editor lands, the storyboard is put on the saved prompt in storage, as the editor would save it.
  await storedBoardsOf(page, 'Tram stop', fullBoard);
  await page.reload();
  await openApp(page, '#/library');
  const tram = rows.filter({ hasText: 'Tram stop' });
  await expect(tram.getByText('Storyboard · 3 shots · 12 s')).toBeVisible();
  await expect(rows.filter({ hasText: 'Dune walker' }).getByText(/Storyboard/)).toHaveCount(0);

  // Words only in the third shot find it.
  await page.getByRole('searchbox', { name: 'Search prompts' }).fill('bell ringing');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Tram stop');
  await page.getByRole('searchbox', { name: 'Search prompts' }).fill('');

  const jsonPath = testInfo.outputPath('storyboard.laqta.json');
  await exportAs(page, /Laqta library/, jsonPath);
  const file = JSON.parse(readFileSync(jsonPath, 'utf8')) as { version: number; prompts: { title: string; storyboard?: unknown }[] };
  expect(file.version).toBe(2);
  expect(file.prompts.find((p) => p.title === 'Tram stop')?.storyboard).toEqual(fullBoard);

  const mdPath = testInfo.outputPath('shot-list.md');
  await exportAs(page, /Export shot list \(Markdown\)/, mdPath);
  const md = readFileSync(mdPath, 'utf8');
  expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Tram stop', '## Cast sheet', '## Shot 1 · 4 s', '## Shot 2 · 3 s', '## Shot 3 · 5 s']);
  expect(md).toContain('**Transition:** Match cut');
  expect(md).toContain('**Time:** 7–12 s');

  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await fresh.newPage();
  await openApp(other, '#/library');
  const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.getByRole('button', { name: 'Import prompts from a file' }).click()]);
  await chooser.setFiles(jsonPath);
  const dialog = other.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.getByText(/Import finished/)).toBeVisible();
  await other.reload();
  await openApp(other, '#/library');
  await expect(other.getByTestId('prompt-row').filter({ hasText: 'Tram stop' }).getByText('Storyboard · 3 shots · 12 s')).toBeVisible();
  const imported = (await storedBoards(other)).filter(Boolean);
  expect(imported).toEqual([fullBoard, fullBoard]);
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

/** Gives the prompt titled `title` (and its versions) the storyboard `board`, in storage. */
async function storedBoardsOf(page: Page, title: string, board: unknown): Promise<void> {
  await page.evaluate(
    async ({ title, board }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('laqta-library');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('records', 'readwrite');
      const os = tx.objectStore('records');
      const prompts = await new Promise<Record<string, unknown>[]>((resolve) => {
        const req = os.getAll(IDBKeyRange.bound('prompt/', 'prompt/\uffff'));
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      });
      const prompt = prompts.find((p) => p.title === title)!;
      os.put({ ...prompt, storyboard: board }, `prompt/${String(prompt.id)}`);
      const range = IDBKeyRange.bound(`version/${String(prompt.id)}/`, `version/${String(prompt.id)}/\uffff`);
      const versions = await new Promise<{ keys: IDBValidKey[]; values: Record<string, unknown>[] }>((resolve) => {
        const keys = os.getAllKeys(range);
        const values = os.getAll(range);
        values.onsuccess = () => resolve({ keys: keys.result, values: values.result as Record<string, unknown>[] });
      });
      versions.values.forEach((v, i) => os.put({ ...v, storyboard: board }, versions.keys[i]!));
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)));
      db.close();
    },
    { title, board },
  );
}
