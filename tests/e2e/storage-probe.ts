import type { Page } from '@playwright/test';

/** Reads the app's databases from the page, the way a person's data really sits in the browser. */

/** Every video stored in the media database: its key, size and SHA-256. */
export async function storedVideos(page: Page): Promise<{ key: string; size: number; sha: string }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('laqta-media');
      // Opening creates the database when the app has not yet: create it as the app would.
      req.onupgradeneeded = () => req.result.createObjectStore('blobs');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const entries = await new Promise<[string, Blob][]>((resolve, reject) => {
      const store = db.transaction('blobs').objectStore('blobs');
      const range = IDBKeyRange.bound('video/', 'video/\uffff');
      const keys = store.getAllKeys(range);
      const values = store.getAll(range);
      values.onsuccess = () => resolve((keys.result as string[]).map((k, i) => [k, values.result[i] as Blob]));
      values.onerror = () => reject(values.error);
    });
    db.close();
    const out: { key: string; size: number; sha: string }[] = [];
    for (const [key, blob] of entries) {
      const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
      out.push({ key, size: blob.size, sha: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') });
    }
    return out;
  });
}

/** SHA-256 of the video stored for one run, or undefined when there is none. */
export async function storedVideoSha(page: Page, runId: string): Promise<string | undefined> {
  return (await storedVideos(page)).find((v) => v.key === `video/${runId}`)?.sha;
}

/** The library hash: SHA-256 over every prompt and version record, in key order. */
export async function libraryHash(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('laqta-library');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const records = await new Promise<[string, unknown][]>((resolve, reject) => {
      const store = db.transaction('records').objectStore('records');
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => resolve((keys.result as string[]).map((k, i) => [k, values.result[i]]));
      values.onerror = () => reject(values.error);
    });
    db.close();
    const library = records.filter(([key]) => key.startsWith('prompt/') || key.startsWith('version/'));
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(library)));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  });
}

/** A video to put in the media database: its key (`video/<runId>`), bytes in base64, and type. */
export interface SeedVideo {
  key: string;
  base64: string;
  mimeType: string;
}

/**
 * Writes records into the library database, and blobs (videos, images) and other media records
 * (an image's stamp) into the media database, straight from the page, as the app would have
 * stored them (each database in one transaction).
 */
export async function putStored(page: Page, records: [string, unknown][], videos: SeedVideo[] = [], mediaRecords: [string, unknown][] = []): Promise<void> {
  await page.evaluate(
    async ({ records, videos, mediaRecords }) => {
      // The media database is opened lazily by the app; create it the way the app would if it is new.
      const open = (name: string, store: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(name);
          req.onupgradeneeded = () => req.result.createObjectStore(store);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const write = async (name: string, store: string, entries: [string, unknown][]) => {
        if (!entries.length) return;
        const db = await open(name, store);
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const [key, value] of entries) tx.objectStore(store).put(value, key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      };
      const blobs = videos.map((v): [string, Blob] => [v.key, new Blob([Uint8Array.from(atob(v.base64), (c) => c.charCodeAt(0))], { type: v.mimeType })]);
      await write('laqta-library', 'records', records);
      await write('laqta-media', 'blobs', [...blobs, ...mediaRecords]);
    },
    { records, videos, mediaRecords },
  );
}

/** The ids of the prompts stored in the library database, in key order. */
export async function storedPromptIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('laqta-library');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const req = db.transaction('records').objectStore('records').getAllKeys(IDBKeyRange.bound('prompt/', 'prompt/\uffff'));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return keys.map((k) => String(k).slice('prompt/'.length));
  });
}
