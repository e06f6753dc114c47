// npm run bench: measures Laqta in the real (system) Chromium against the production build and
// prints a table. Numbers, not pass/fail: compare them across commits.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium, chromiumArgs } from './chromium.mjs';

const PROMPTS = Number(process.env.BENCH_PROMPTS || 10_000);
const port = Number(process.env.BENCH_PORT || 4990);
const outDir = process.env.LAQTA_OUT_DIR || 'dist';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function firstLoadBytes() {
  const html = readFileSync(`${outDir}/index.html`, 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const file of entry) {
    const bytes = readFileSync(`${outDir}/${file}`);
    raw += bytes.length;
    gz += gzipSync(bytes).length;
  }
  const all = readdirSync(`${outDir}/assets`).filter((f) => f.endsWith('.js'));
  const total = all.reduce((sum, f) => sum + gzipSync(readFileSync(`${outDir}/assets/${f}`)).length, 0);
  return { entryFiles: entry.length, rawKB: raw / 1024, gzipKB: gz / 1024, allJsGzipKB: total / 1024 };
}

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', outDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes(String(port)) && resolve());
  server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const results = [];
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const base = `http://127.0.0.1:${port}/`;

  let started = Date.now();
  await page.goto(`${base}#/compose`);
  await page.getByRole('button', { name: 'New prompt' }).waitFor();
  results.push(['cold start to Compose (empty library)', Date.now() - started, 'ms']);

  // Seed the library straight into IndexedDB, the way the app stores it: one record + one version per prompt.
  started = Date.now();
  await page.evaluate(async (count) => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('laqta-library');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const words = ['golden hour', 'dolly-in', 'neon', 'rain', 'desert', 'Riyadh', 'القاهرة', 'drone', 'macro', 'handheld', 'Rembrandt', 'fog', 'lighthouse', 'market', 'سوق', 'night'];
    const tx = db.transaction('records', 'readwrite');
    const os = tx.objectStore('records');
    for (let i = 0; i < count; i++) {
      const id = `bench${String(i).padStart(6, '0')}`;
      const text = `Style: 35 mm film. ${words[i % words.length]} scene number ${i}: a subject walks through ${words[(i * 7) % words.length]}, slow push-in, ${words[(i * 3) % words.length]} light. `.repeat(4);
      const now = Date.now() - i * 1000;
      const params = { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 8, aspectRatio: '16:9', resolution: '720p' };
      os.put({ id, title: `Prompt ${i}`, text, params, tags: [words[i % 5]], favorite: i % 10 === 0, createdAt: now, updatedAt: now, rev: 1 }, `prompt/${id}`);
      os.put({ promptId: id, rev: 1, title: `Prompt ${i}`, text, params, savedAt: now }, `version/${id}/00000001`);
    }
    await new Promise((res, rej) => {
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  }, PROMPTS);
  results.push([`seed ${PROMPTS} prompts (one transaction)`, Date.now() - started, 'ms']);

  const loads = [];
  for (let i = 0; i < 3; i++) {
    started = Date.now();
    await page.goto(`${base}#/library`);
    await page.reload();
    await page.getByText(`${PROMPTS.toLocaleString('en')} prompts`).waitFor({ timeout: 60_000 });
    await page.getByTestId('prompt-row').first().waitFor();
    loads.push(Date.now() - started);
  }
  results.push([`open Library with ${PROMPTS} prompts (reload → first rows, median of 3)`, median(loads), 'ms']);

  const rows = await page.getByTestId('prompt-row').count();
  results.push(['rows in the DOM for the whole list (virtualised)', rows, 'rows']);

  const searchTimes = [];
  for (const query of ['lighthouse', 'القاهرة', 'scene number 9999', 'fog night', 'zzzz-no-match']) {
    const elapsed = await page.evaluate(async (q) => {
      const input = document.querySelector('input[type="search"]');
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    }, query);
    searchTimes.push(elapsed);
  }
  results.push([`search as you type over ${PROMPTS} prompts (keystroke → painted, median of 5 queries)`, median(searchTimes), 'ms']);

  const saves = [];
  await page.goto(`${base}#/compose`);
  await page.getByRole('button', { name: 'New prompt' }).click();
  const text = page.getByRole('textbox', { name: 'Prompt', exact: true });
  for (let i = 0; i < 10; i++) {
    await text.fill(`Bench save ${i}: crane shot over a harbour at blue hour.`);
    const t0 = Date.now();
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
    saves.push(Date.now() - t0);
  }
  results.push([`save with ${PROMPTS} prompts stored (Ctrl+S → "Saved", median of 10)`, median(saves), 'ms']);

  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  if (heap) results.push(['JS heap in use after the run', heap / 1024 / 1024, 'MB']);
} finally {
  await browser.close();
  server.kill();
}

const bundle = firstLoadBytes();
results.push(['first-load JS+CSS (gzip)', bundle.gzipKB, 'KB']);
results.push(['all JS chunks (gzip, loaded on demand)', bundle.allJsGzipKB, 'KB']);

const width = Math.max(...results.map(([name]) => name.length));
console.log(`\nLaqta bench (${new Date().toISOString()}, Chromium ${findChromium()})`);
for (const [name, value, unit] of results) console.log(`${name.padEnd(width)}  ${Number(value).toFixed(unit === 'rows' ? 0 : 1).padStart(8)} ${unit}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ at: new Date().toISOString(), prompts: PROMPTS, results }, null, 2));
