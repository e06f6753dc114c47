import { chromium } from '@playwright/test';
import { findChromium, chromiumArgs } from './chromium.mjs';
import { startPreview } from './bench/server.mjs';
import { seedLibrary } from './bench/seed.mjs';
const server = await startPreview(4273, 'dist');
const b = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const ctx = await b.newContext();
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('worker', (w) => console.log('worker', w.url()));
await page.goto(server.base + '#/library');
await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
await seedLibrary(page, 10000);
await page.reload();
const t0 = Date.now();
await page.getByTestId('prompt-row').first().waitFor({ timeout: 60000 });
const probe = () => page.evaluate(async () => { const db = await new Promise((r) => { const q = indexedDB.open('laqta-library'); q.onsuccess = () => r(q.result); }); const v = await new Promise((r) => { const q = db.transaction('records').objectStore('records').get('cache/promptsAbout'); q.onsuccess = () => r(q.result); }); db.close(); return v; });
for (let i = 0; i < 12; i++) { await page.waitForTimeout(2000); const v = await probe(); console.log((Date.now() - t0) / 1000, JSON.stringify(v)); if (v) break; }
for (let i = 0; i < 3; i++) { const t = Date.now(); await page.reload(); await page.getByTestId('prompt-row').first().waitFor({ timeout: 60000 }); console.log('reload', Date.now() - t); }
await b.close(); server.stop();
