// Previz: render and encode a 4 s 720p clip with the local preview engine, as Generate does it
// (plan, Worker, drawing on an OffscreenCanvas, WebCodecs encoding), through the page hook the
// app installs when opened with ?bench (src/app/bench-hook.ts). One warm-up, then the median of 3.
import { median } from './stats.mjs';

export async function measurePreviz(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}?bench#/compose`);
    await page.waitForFunction(() => window.__laqtaBench !== undefined, null, { timeout: 60_000 });
    await page.evaluate(() => window.__laqtaBench.previz({ seconds: 2, resolution: '360p' }));
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await page.evaluate((seed) => window.__laqtaBench.previz({ seed }), i + 1));
    const ms = median(runs.map((r) => r.ms));
    const paint = median(runs.map((r) => r.paintMs));
    return { ms, note: `${runs[0].codec} in ${runs[0].mimeType}, ${runs[0].frames} frames, drawing ${Math.round(paint)} ms of it` };
  } finally {
    await context.close();
  }
}
