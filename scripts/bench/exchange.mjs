// Exchange: export of the whole library (10,000 prompts) as a library file, import of that file
// into an empty browser (with the longest main-thread task while importing), and a 20 MB file.
import { readFileSync, writeFileSync } from 'node:fs';
import { installKit } from './page-kit.mjs';
import { seedLibrary } from './seed.mjs';
import { longestTask } from './trace.mjs';

async function openLibrary(page, base) {
  await page.goto(`${base}#/library`);
  await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
}

export async function measureExport(browser, base, size, reps, path) {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(installKit);
  const page = await context.newPage();
  try {
    await openLibrary(page, base);
    await seedLibrary(page, size);
    await page.reload();
    await page.getByText(`${size.toLocaleString('en')} prompts`).waitFor({ timeout: 120_000 });
    const times = [];
    for (let i = 0; i < reps; i++) {
      await page.getByRole('button', { name: 'Export prompts to a file' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('button', { name: 'Export', exact: true }).waitFor();
      const t0 = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      times.push(Date.now() - t0);
      if (i === 0) await download.saveAs(path);
      if (await dialog.isVisible()) await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    return times;
  } finally {
    await context.close();
  }
}

/** Imports `path` into an empty browser: file chosen → preview ready, plus Import → finished. */
export async function measureImport(browser, base, path, reps) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await openLibrary(page, base);
      const traced = await longestTask(browser, page, async () => {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import prompts from a file' }).click()]);
        const t0 = Date.now();
        await chooser.setFiles(path);
        const dialog = page.getByRole('dialog', { name: 'Import' });
        const confirm = dialog.getByRole('button', { name: 'Import', exact: true });
        await confirm.waitFor({ timeout: 120_000 });
        const preview = Date.now() - t0;
        const t1 = Date.now();
        await confirm.click();
        await page.getByText(/^Import finished: [\d,]+ items written\.$/).waitFor({ timeout: 300_000 });
        return preview + (Date.now() - t1);
      });
      runs.push({ ms: traced.result, longestTaskMs: traced.longestTaskMs });
    } finally {
      await context.close();
    }
  }
  return runs;
}

/** A library file of about `megabytes` MB made from an exported one (prompts cut or repeated with new ids). */
export function libraryFileOfSize(from, to, megabytes) {
  const file = JSON.parse(readFileSync(from, 'utf8'));
  const versionsOf = new Map();
  for (const v of file.versions) (versionsOf.get(v.promptId) ?? versionsOf.set(v.promptId, []).get(v.promptId)).push(v);
  const want = megabytes * 1024 * 1024;
  const prompts = [];
  const versions = [];
  let bytes = 2048;
  for (let round = 0; bytes < want; round++) {
    for (const p of file.prompts) {
      if (bytes >= want) break;
      const id = round ? `${p.id}r${round}` : p.id;
      prompts.push({ ...p, id });
      bytes += JSON.stringify(p, null, 2).length + 4;
      for (const v of versionsOf.get(p.id) ?? []) {
        versions.push({ ...v, promptId: id });
        bytes += JSON.stringify(v, null, 2).length + 4;
      }
    }
  }
  const text = `${JSON.stringify({ ...file, prompts, versions, comparisons: [], runs: [] }, null, 2)}\n`;
  writeFileSync(to, text);
  return { bytes: Buffer.byteLength(text), prompts: prompts.length };
}
