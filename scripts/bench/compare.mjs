// Compare: four results played together; every animation frame for 10 s, the spread between the
// four players' positions (what a person sees as one video running ahead of another).
import { readFileSync } from 'node:fs';

const clips = [
  ['sample-a.mp4', 'video/mp4'],
  ['sample-b.mp4', 'video/mp4'],
  ['sample-c.webm', 'video/webm'],
  ['sample-a.mp4', 'video/mp4'],
];

export async function measureDrift(browser, base, seconds) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}#/library`);
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    const items = clips.map(([file, mimeType], i) => ({ id: `drift${i}`, title: `Drift ${i + 1}`, mimeType, bytes: readFileSync(`tests/fixtures/media/${file}`).toString('base64') }));
    await page.evaluate(async (items) => {
      const open = (name, store) =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open(name);
          req.onupgradeneeded = () => req.result.createObjectStore(store);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const write = async (name, store, entries) => {
        const db = await open(name, store);
        await new Promise((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const [key, value] of entries) tx.objectStore(store).put(value, key);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      };
      const now = Date.now();
      const params = { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 6, aspectRatio: '16:9', resolution: '720p' };
      const records = [];
      const blobs = [];
      items.forEach((s, i) => {
        const at = now - (items.length - i) * 1000;
        const text = `A lone walker crosses the dunes, take ${i + 1}.`;
        records.push([`prompt/${s.id}`, { id: s.id, title: s.title, text, params, tags: [], favorite: false, createdAt: at, updatedAt: at, rev: 1 }]);
        records.push([`version/${s.id}/00000001`, { promptId: s.id, rev: 1, title: s.title, text, params, savedAt: at }]);
        const bytes = Uint8Array.from(atob(s.bytes), (c) => c.charCodeAt(0));
        const runId = `run-${s.id}`;
        records.push([`run/${runId}`, { id: runId, promptId: s.id, rev: 1, text, provider: 'gemini', model: params.model, params, status: 'succeeded', createdAt: at, finishedAt: at + 500, media: { video: `video/${runId}`, mimeType: s.mimeType, bytes: bytes.length } }]);
        blobs.push([`video/${runId}`, new Blob([bytes], { type: s.mimeType })]);
      });
      await write('laqta-library', 'records', records);
      await write('laqta-media', 'blobs', blobs);
    }, items);
    await page.reload();
    for (const item of items) await page.getByRole('checkbox', { name: `Pick “${item.title}” for comparison` }).check();
    await page.getByRole('link', { name: `Compare these ${items.length}` }).click();
    await page.locator('video').nth(items.length - 1).waitFor();
    await page.getByTestId('play-all').click();
    await page.waitForFunction(() => [...document.querySelectorAll('video')].every((v) => !v.paused && v.currentTime > 0.2), null, { timeout: 30_000 });
    return await page.evaluate(async (seconds) => {
      const spreads = [];
      const end = performance.now() + seconds * 1000;
      let lastLeader = 0;
      while (performance.now() < end) {
        await new Promise(requestAnimationFrame);
        const videos = [...document.querySelectorAll('video')];
        const times = videos.map((v) => v.currentTime);
        // The frame in which the loop restarts is a seek of all four, not drift: skip it.
        const looped = Math.max(...times) < lastLeader - 1;
        lastLeader = Math.max(...times);
        if (looped || videos.some((v) => v.ended || v.currentTime >= (v.duration || 0) - 0.05)) continue;
        spreads.push((Math.max(...times) - Math.min(...times)) * 1000);
      }
      return spreads;
    }, seconds);
  } finally {
    await context.close();
  }
}
