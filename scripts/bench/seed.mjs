// Generates a library the way the app stores it (one record per prompt, one per version), straight
// into IndexedDB: `count` prompts of about 600 characters, each with `versions` versions.
export async function seedLibrary(page, count, versions = 3) {
  await page.evaluate(
    async ({ count, versions }) => {
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('laqta-library');
        r.onupgradeneeded = () => r.result.createObjectStore('records');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const words = ['golden hour', 'dolly-in', 'neon', 'rain', 'desert', 'Riyadh', 'القاهرة', 'drone', 'macro', 'handheld', 'Rembrandt', 'fog', 'lighthouse', 'market', 'سوق', 'night'];
      const textOf = (i, v) => {
        let text = `Style: 35 mm film, version ${v}. ${words[i % words.length]} scene number ${i}: a subject walks through ${words[(i * 7) % words.length]}, slow push-in, ${words[(i * 3) % words.length]} light.`;
        while (text.length < 600) text += ` The ${words[(i + text.length) % words.length]} moves past the camera as ${words[(i * 5 + text.length) % words.length]} fills the frame.`;
        return text.slice(0, 600);
      };
      const params = { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 8, aspectRatio: '16:9', resolution: '720p' };
      const batch = 2000;
      for (let start = 0; start < count; start += batch) {
        const tx = db.transaction('records', 'readwrite');
        const os = tx.objectStore('records');
        for (let i = start; i < Math.min(count, start + batch); i++) {
          const id = `bench${String(i).padStart(6, '0')}`;
          const now = Date.now() - i * 1000;
          for (let v = 1; v <= versions; v++) {
            os.put({ promptId: id, rev: v, title: `Prompt ${i}`, text: textOf(i, v), params, savedAt: now - (versions - v) * 100 }, `version/${id}/${String(v).padStart(8, '0')}`);
          }
          os.put({ id, title: `Prompt ${i}`, text: textOf(i, versions), params, tags: [words[i % 5]], favorite: i % 10 === 0, createdAt: now, updatedAt: now, rev: versions }, `prompt/${id}`);
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { count, versions },
  );
}
