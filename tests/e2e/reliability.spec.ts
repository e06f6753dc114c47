import { createHash } from 'node:crypto';
import { bigVideo } from '../fakes/common.mjs';
import { test, expect, openApp, savePrompt } from './fixtures';
import { addKey, expectPlays, generate, generateOpen, runRow } from './provider-steps';
import { libraryHash, storedVideos } from './storage-probe';

test('R2: typing and closing the tab 100 ms later loses nothing', async ({ context }) => {
  const page = await context.newPage();
  await openApp(page);
  await page.getByLabel('Title').fill('Unsaved idea');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Rack focus from raindrops to a neon sign.');
  await page.waitForTimeout(100);
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await openApp(again);
  await expect(again.getByText('Your unsaved changes from last time were restored.')).toBeVisible();
  await expect(again.getByRole('textbox', { name: 'Prompt', exact: true })).toHaveText('Rack focus from raindrops to a neon sign.');
  await expect(again.getByLabel('Title')).toHaveValue('Unsaved idea');
  await expect(again.getByTestId('save-status')).toHaveText('Unsaved changes');
});

test('R12: when the browser refuses storage, the app still opens, says so, and editing works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(page.getByText('Storage is unavailable in this browser')).toBeVisible();
  await page.getByLabel('Title').fill('In memory');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Still works without storage.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: 'Open “In memory” in Compose' })).toBeVisible();
});

test('R19: markup typed into a title or tag is shown as text everywhere, and runs nothing', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await savePrompt(page, hostile, `<script>window.__pwned=2</script> ${hostile}`);
  await expect(page).toHaveTitle(/Compose · Laqta/);
  await openApp(page, '#/library');
  await page.getByRole('button', { name: `Rename or tag “${hostile}”` }).click();
  await page.getByRole('dialog').getByLabel('Tags').fill(`${hostile}, safe`);
  await page.getByRole('button', { name: 'Save details' }).click();
  const row = page.getByTestId('prompt-row');
  await expect(row).toContainText(hostile);
  await expect(row.getByText(hostile, { exact: true }).first()).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('R1: Save is confirmed only after the write, and the saved text survives closing the browser', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await savePrompt(page, 'Durable', 'Locked-off wide shot, hard noon sun.');
  const storageState = await context.storageState({ indexedDB: true });
  await context.close();
  const reopened = await browser.newContext({ storageState });
  const again = await reopened.newPage();
  await openApp(again, '#/library');
  await expect(again.getByRole('link', { name: 'Open “Durable” in Compose' })).toBeVisible();
  await reopened.close();
});

test('R6: two tabs editing different prompts 100 times each, interleaved, keep all 200 edits', async ({ context }) => {
  // 200 confirmed saves and 400 cross-tab refreshes: about 40 s on a quiet 2-core machine.
  test.setTimeout(150_000);
  const one = await context.newPage();
  const two = await context.newPage();
  await savePrompt(one, 'Tab one prompt', 'edit 0');
  await savePrompt(two, 'Tab two prompt', 'edit 0');
  const textOne = one.getByRole('textbox', { name: 'Prompt', exact: true });
  const textTwo = two.getByRole('textbox', { name: 'Prompt', exact: true });
  for (let i = 1; i <= 100; i++) {
    await textOne.fill(`edit ${i}`);
    await one.keyboard.press('Control+s');
    await textTwo.fill(`edit ${i}`);
    await two.keyboard.press('Control+s');
    await expect(one.getByTestId('save-status')).toHaveText('Saved');
    await expect(two.getByTestId('save-status')).toHaveText('Saved');
  }
  await expect(one.getByText('Version 101')).toBeVisible();
  await expect(two.getByText('Version 101')).toBeVisible();
  for (const page of [one, two]) {
    await page.reload();
    await openApp(page, '#/library');
    await page.getByRole('button', { name: 'Version history of “Tab one prompt”' }).click();
    await expect(page.getByRole('dialog').getByRole('listitem')).toHaveCount(101);
    await expect(page.getByRole('dialog').getByTestId('version-text')).toHaveText('edit 100');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Version history of “Tab two prompt”' }).click();
    await expect(page.getByRole('dialog').getByRole('listitem')).toHaveCount(101);
    await expect(page.getByRole('dialog').getByTestId('version-text')).toHaveText('edit 100');
    await page.keyboard.press('Escape');
  }
});

test('R9: a tab left open while a newer Laqta upgrades the library stops writing and asks for a reload', async ({ context }) => {
  const old = await context.newPage();
  await savePrompt(old, 'Before upgrade', 'Written by this version.');
  const newer = await context.newPage();
  await openApp(newer, '#/library');
  // What a newer version does on start: stamp the schema, then tell the other tabs.
  await newer.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('laqta-library');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      tx.objectStore('records').put({ type: 'schema', version: 99 }, 'meta/schema');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    new BroadcastChannel('laqta-changes').postMessage({ type: 'schema', version: 99 });
  });
  await expect(old.getByRole('alert').filter({ hasText: 'A newer version of Laqta has updated your library' })).toBeVisible({ timeout: 2000 });
  await expect(old.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(old.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('R4: a 50 MB video is stored, reads back byte for byte after a reload, and plays', async ({ page }) => {
  test.setTimeout(120_000);
  const expected = { size: bigVideo().bytes.length, sha: createHash('sha256').update(bigVideo().bytes).digest('hex') };
  await addKey(page, 'openai', 'sk-test-openai');
  await generate(page, 'openai', 'Long take', 'A harbour at night in one long take [big]', 'google/veo-3.1-fast');
  await openApp(page, '#/runs');
  await expect(runRow(page, 'Long take').getByTestId('run-status')).toHaveText('Done', { timeout: 60_000 });
  await page.reload();
  await openApp(page, '#/runs');
  expect((await storedVideos(page)).map(({ size, sha }) => ({ size, sha }))).toEqual([expected]);
  await expectPlays(page, 'Long take');
});

test('R10: when storage is full, the video is refused with a clear sentence, nothing partial is kept, and text edits still save', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  // Chromium's own quota check, as a nearly full disk triggers it: 5 MB for this origin, set
  // before the app opens its databases (an open database keeps the quota it started with).
  const cdp = await context.newCDPSession(page);
  const origin = new URL(baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 5 * 1024 * 1024 });

  await addKey(page, 'openai', 'sk-test-openai');
  await savePrompt(page, 'No room', 'A harbour at night in one long take [big]');
  const before = await libraryHash(page);
  await generateOpen(page, 'openai', 'google/veo-3.1-fast');
  await openApp(page, '#/runs');
  const row = runRow(page, 'No room');
  await expect(row.getByTestId('run-status')).toHaveText('Failed', { timeout: 60_000 });
  await expect(row).toContainText('Your browser has no room left to store this video. Delete some videos in Runs, then try again. Nothing in your library was lost.');
  expect(await storedVideos(page), 'no partial video').toEqual([]);
  expect(await libraryHash(page), 'library unchanged').toBe(before);

  await openApp(page, '#/library');
  await page.getByRole('link', { name: 'Open “No room” in Compose' }).click();
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A harbour at dawn instead.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Prompt', exact: true })).toHaveText('A harbour at dawn instead.');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

test('R22: object URLs made for videos and thumbnails are let go when their views close', async ({ page }) => {
  await page.addInitScript(() => {
    const live = new Set<string>();
    (window as unknown as { __liveUrls: Set<string> }).__liveUrls = live;
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      live.add(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      live.delete(url);
      revoke(url);
    };
  });
  const liveUrls = () => page.evaluate(() => (window as unknown as { __liveUrls: Set<string> }).__liveUrls.size);
  await addKey(page, 'openai', 'sk-test-openai');
  await generate(page, 'openai', 'Pier', 'A wooden pier in fog, slow truck left.', 'google/veo-3.1-fast');
  await openApp(page, '#/runs');
  await expect(runRow(page, 'Pier').getByTestId('run-status')).toHaveText('Done', { timeout: 15_000 });
  await expect(runRow(page, 'Pier').getByRole('img', { name: 'Thumbnail of Pier' })).toBeVisible();
  await expectPlays(page, 'Pier');
  expect(await liveUrls(), 'the thumbnail is shown').toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect.poll(liveUrls, { message: 'no object URL outlives its view' }).toBe(0);
});

test('R11: persistent storage is asked for once, from the first save (a click), never on load, and Settings shows the answer', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: boolean[] = [];
    (window as unknown as { persistCalls: boolean[] }).persistCalls = calls;
    Object.defineProperty(navigator.storage, 'persist', {
      value: () => {
        calls.push(navigator.userActivation.hasBeenActive);
        return Promise.resolve(true);
      },
    });
  });
  await openApp(page, '#/compose');
  const calls = () => page.evaluate(() => (window as unknown as { persistCalls: boolean[] }).persistCalls);
  expect(await calls()).toEqual([]);
  await page.getByRole('button', { name: 'New prompt' }).click();
  await page.getByLabel('Title').fill('Keep me');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A lighthouse in the fog.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A lighthouse in the fog, at dawn.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  expect(await calls()).toEqual([true]);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByTestId('persist-state')).toHaveText("Your browser has agreed to keep Laqta's data even when space runs low.");
});
