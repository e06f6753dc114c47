// The library at one size: start-up until the list is interactive, search keystroke → painted,
// one save, opening a prompt in Compose, the JS heap, and the anchors' designs on the same data.
import { installKit } from './page-kit.mjs';
import { seedLibrary } from './seed.mjs';
import { measureAnchors } from './anchors.mjs';

/** Loads `url` and returns ms from navigation start until its view was usable and the main thread free. */
export async function timeStartup(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => window.__benchReady);
}

/** Presses `key`; returns { work, painted } (see armKey) for the moment `done(arg)` held. */
export async function timeKey(page, key, done, arg = null) {
  await page.evaluate(
    ({ src, arg }) => {
      const done = new Function('arg', `return (${src})(arg)`);
      const check = window.__bench.armKey(() => done(arg));
      window.__benchPending = new Promise((resolve) => {
        const finish = async () => (await check()) && (observer.disconnect(), resolve());
        const observer = new MutationObserver(finish);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        // A keystroke that changes nothing on screen (the same results) ends when its task does.
        window.addEventListener('keydown', () => setTimeout(finish, 0), { once: true });
      });
    },
    { src: done.toString(), arg },
  );
  await page.keyboard.press(key);
  await page.waitForFunction(() => window.__benchPending.then(() => true), null, { timeout: 30_000 });
  return page.evaluate(() => window.__bench.results.at(-1));
}

export async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

export async function measureLibrary(browser, base, size, { startups, keystrokes, saves, opens, anchorReps }) {
  const context = await browser.newContext();
  await context.addInitScript(installKit);
  const page = await context.newPage();
  try {
    await page.goto(`${base}#/library`);
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    await seedLibrary(page, size);

    const anchors = await measureAnchors(page, anchorReps);

    // The first open after the records were written behind the app's back (no start-up copy yet),
    // then, once the app had time to settle as it would between two sessions, the usual opens.
    const first = await timeStartup(page, `${base}#/library`);
    await page.waitForTimeout(size >= 1000 ? 8000 : 500);
    const startup = [];
    for (let i = 0; i < startups; i++) startup.push(await timeStartup(page, `${base}#/library`));
    await page.getByText(`${size.toLocaleString('en')} prompts`).waitFor();

    const search = [];
    const box = page.getByRole('searchbox', { name: 'Search prompts' });
    const queries = ['lighthouse', 'fog night', 'market'];
    outer: for (;;) {
      for (const query of queries) {
        await box.fill('');
        await box.focus();
        for (const ch of query) {
          if (search.length >= keystrokes) break outer;
          search.push(await timeKey(page, ch === ' ' ? 'Space' : ch, () => true));
        }
      }
    }
    await box.fill('');

    const open = [];
    for (let i = 0; i < opens; i++) {
      const title = `Prompt ${i * 7 + 1}`;
      await page.goto(`${base}#/library`);
      await box.fill(title);
      const link = page.getByRole('link', { name: `Open “${title}” in Compose`, exact: true });
      await link.focus();
      open.push(
        await timeKey(page, 'Enter', (t) => !!document.querySelector('.cm-content')?.textContent?.includes(`scene number ${t}:`), i * 7 + 1),
      );
    }

    const save = [];
    const editor = page.getByRole('textbox', { name: 'Prompt', exact: true });
    for (let i = 0; i < saves; i++) {
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(` s${i}`);
      save.push(await timeKey(page, 'Control+s', () => document.querySelector('[data-testid="save-status"]')?.textContent?.trim() === 'Saved'));
    }

    await page.goto(`${base}#/library`);
    await page.getByTestId('prompt-row').first().waitFor();
    const heap = await heapMB(page);
    return { size, first, startup, search, save, open, heap, anchors };
  } finally {
    await context.close();
  }
}
