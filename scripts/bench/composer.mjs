// Composer: a keystroke in a Shot field → the assembled prompt text and its highlights (and the
// coach's diagnostics once they exist) updated, at 500 and 4,000 characters of prompt; and the
// longest main-thread task while typing.
import { installKit } from './page-kit.mjs';
import { timeKey } from './library.mjs';
import { longestTask } from './trace.mjs';

export async function measureComposer(browser, base, lengths, keystrokes) {
  const context = await browser.newContext();
  await context.addInitScript(installKit);
  const page = await context.newPage();
  const out = {};
  try {
    for (const length of lengths) {
      await page.goto('about:blank');
      await page.goto(`${base}#/compose`);
      await page.getByRole('button', { name: 'New prompt' }).click();
      const composer = page.getByRole('region', { name: 'Build the shot' });
      const subject = composer.getByRole('textbox', { name: 'Subject', exact: true });
      // A subject from the Shot, and the rest of the prompt written by hand in the editor (a Shot
      // field holds at most 500 characters): the composer keeps hand-written parts as it assembles.
      await subject.fill('a lighthouse keeper in a yellow raincoat');
      const editor = page.locator('.cm-content');
      const words = 'The keeper climbs the spiral stairs as the storm gathers and gulls circle the lamp room overhead. ';
      const have = (await editor.textContent()).length;
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(words.repeat(Math.ceil(length / words.length)).slice(0, Math.max(0, length - have - 1)));
      await subject.focus();
      await page.keyboard.press('End');
      const times = [];
      const traced = await longestTask(browser, page, async () => {
        for (let i = 0; i < keystrokes; i++) {
          const letter = 'abcdefghij'[i % 10];
          const before = await editor.textContent();
          times.push(
            await timeKey(page, letter, (n) => (document.querySelector('.cm-content')?.textContent?.length ?? 0) > n, before.length),
          );
        }
      });
      out[length] = { times, longestTaskMs: traced.longestTaskMs, chars: (await editor.textContent()).length };
    }
    return out;
  } finally {
    await context.close();
  }
}
