// The storage designs other prompt tools use, measured in the same page on the same data as Laqta:
// the whole library as one JSON value in localStorage (BetterChatGPT-style) and as one value
// under one IndexedDB key (NextChat-style). A save rewrites the whole library after one prompt
// changed; a load reads it whole. Laqta's own save and load are done the way its storage does
// them (one transaction: schema check, read, write the prompt and its new version; start-up reads
// the prompt records only), on the same database the app uses.
export async function measureAnchors(page, reps) {
  return page.evaluate(async (reps) => {
    const open = (name) =>
      new Promise((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onupgradeneeded = () => r.result.createObjectStore('records');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const req = (r) => new Promise((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const done = (tx) => new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error)), (tx.onabort = () => reject(tx.error))));
    const range = (p) => IDBKeyRange.bound(`${p}/`, `${p}/\uffff`);

    const laqta = await open('laqta-library');
    let tx = laqta.transaction('records', 'readonly');
    const prompts = await req(tx.objectStore('records').getAll(range('prompt')));
    const versions = await req(tx.objectStore('records').getAll(range('version')));
    const byPrompt = new Map();
    for (const v of versions) (byPrompt.get(v.promptId) ?? byPrompt.set(v.promptId, []).get(v.promptId)).push(v);
    const whole = { version: 1, prompts: prompts.map((p) => ({ ...p, versions: byPrompt.get(p.id) ?? [] })) };
    const edit = (i) => {
      const p = whole.prompts[i % whole.prompts.length];
      p.text = `${p.text.slice(0, 590)} edit ${i}`;
      p.versions.push({ promptId: p.id, rev: p.versions.length + 1, title: p.title, text: p.text, params: p.params, savedAt: Date.now() });
    };

    const out = { localStorage: { save: [], load: [], refused: undefined, bytes: 0 }, oneKey: { save: [], load: [] }, laqta: { save: [], load: [] } };
    localStorage.clear();
    for (let i = 0; i < reps; i++) {
      edit(i);
      const t0 = performance.now();
      try {
        const json = JSON.stringify(whole);
        out.localStorage.bytes = json.length * 2;
        localStorage.setItem('library', json);
      } catch (error) {
        out.localStorage.refused = String(error?.name ?? error);
      }
      out.localStorage.save.push(performance.now() - t0);
      if (!out.localStorage.refused) {
        const t1 = performance.now();
        JSON.parse(localStorage.getItem('library'));
        out.localStorage.load.push(performance.now() - t1);
      }
    }
    localStorage.clear();

    const oneKey = await open('bench-anchor-onekey');
    for (let i = 0; i < reps; i++) {
      edit(i + reps);
      let t0 = performance.now();
      tx = oneKey.transaction('records', 'readwrite');
      tx.objectStore('records').put(whole, 'library');
      await done(tx);
      out.oneKey.save.push(performance.now() - t0);
      t0 = performance.now();
      tx = oneKey.transaction('records', 'readonly');
      await req(tx.objectStore('records').get('library'));
      out.oneKey.load.push(performance.now() - t0);
    }
    oneKey.close();
    await req(indexedDB.deleteDatabase('bench-anchor-onekey'));

    // Laqta's saves one after another (a person saving), then its start-up reads.
    const target = prompts[0];
    for (let i = 0; i < reps * 2; i++) {
      const t0 = performance.now();
      tx = laqta.transaction('records', 'readwrite');
      const os = tx.objectStore('records');
      await req(os.get('meta/schema'));
      const stored = await req(os.get(`prompt/${target.id}`));
      const rev = stored.rev + 1;
      const text = `${stored.text.slice(0, 590)} edit ${i}`;
      const now = Date.now();
      os.put({ ...stored, text, updatedAt: now, rev }, `prompt/${target.id}`);
      os.put({ promptId: target.id, rev, title: stored.title, text, params: stored.params, savedAt: now }, `version/${target.id}/${String(rev).padStart(8, '0')}`);
      await done(tx);
      out.laqta.save.push(performance.now() - t0);
    }
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      tx = laqta.transaction('records', 'readonly');
      await req(tx.objectStore('records').getAll(range('prompt')));
      out.laqta.load.push(performance.now() - t0);
    }
    laqta.close();
    return out;
  }, reps);
}
