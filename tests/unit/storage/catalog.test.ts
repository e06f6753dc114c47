import { describe, expect, it } from 'vitest';
import { catalogKeys, readPrompts, writeCatalog } from '../../../src/storage/catalog';
import { recordKey, request, transact } from '../../../src/storage/db';
import * as prompts from '../../../src/storage/prompts';
import { freshLibraryStore } from './helpers';

const draft = (text: string) => ({ title: 'Title', text, tags: [] as string[] });
let n = 0;
const save = (store: Parameters<typeof prompts.savePrompt>[0], id: string, baseRev: number, text: string) =>
  prompts.savePrompt(store, { id, baseRev, draft: draft(text), now: 1000 + n, conflictCopyId: `copy-${++n}` });

async function libraryOf(count: number) {
  const { store } = await freshLibraryStore();
  for (let i = 0; i < count; i++) await save(store, `p${i}`, 0, `text ${i}`);
  return store;
}

const texts = (list: { id: string; text: string }[]) => list.map((p) => `${p.id}:${p.text}`).sort();

describe('the start-up copy of the prompt records', () => {
  it('without a copy, the records are read; with a current copy, the copy gives the same prompts', async () => {
    const store = await libraryOf(5);
    const before = await readPrompts(store);
    expect(before.fromCopy).toBe(false);
    expect(await writeCatalog(store, 3)).toBe(5);
    const after = await readPrompts(store);
    expect(after.fromCopy).toBe(true);
    expect(texts(after.prompts)).toEqual(texts(before.prompts));
  });

  it('any save, rename, delete or purge after the copy was written makes it stale: the records are read', async () => {
    const store = await libraryOf(4);
    const changes: (() => Promise<unknown>)[] = [
      () => save(store, 'p0', 1, 'saved again'),
      () => prompts.patchPrompt(store, 'p1', { title: 'Renamed' }, 5000),
      () => prompts.markDeleted(store, 'p2', 5000),
      () => prompts.purgeDeleted(store, 6000),
      () => save(store, 'p3', 0, 'a stale rev: kept as a conflict copy'),
    ];
    for (const change of changes) {
      await writeCatalog(store, 1);
      await change();
      const read = await readPrompts(store);
      expect(read.fromCopy).toBe(false);
      const records = await transact(store, 'readonly', (os) => request(os.getAll(IDBKeyRange.bound('prompt/', 'prompt/\uffff'))));
      expect(texts(read.prompts)).toEqual(texts(records as { id: string; text: string }[]));
    }
  });

  it('a record written by something that does not stamp (another tool, an old tab) is still seen: the count differs', async () => {
    const store = await libraryOf(3);
    await writeCatalog(store, 1);
    await transact(store, 'readwrite', (os) => void os.put({ id: 'foreign', title: 'F', text: 'written behind our back', params: {}, tags: [], favorite: false, createdAt: 1, updatedAt: 1, rev: 1 }, recordKey.prompt('foreign')));
    const read = await readPrompts(store);
    expect(read.fromCopy).toBe(false);
    expect(read.prompts.map((p) => p.id)).toContain('foreign');
  });

  it('listPrompts says when the copy could not be used, and a small library keeps no copy', async () => {
    const store = await libraryOf(2);
    let stale = 0;
    await prompts.listPrompts(store, () => stale++);
    expect(stale).toBe(1);
    await writeCatalog(store, 1);
    await prompts.listPrompts(store, () => stale++);
    expect(stale).toBe(1);
    expect(await writeCatalog(store, 10)).toBe(0);
    const left = await transact(store, 'readonly', (os) => Promise.all([request(os.get(catalogKeys.copy)), request(os.get(catalogKeys.about))]));
    expect(left).toEqual([undefined, undefined]);
  });
});
