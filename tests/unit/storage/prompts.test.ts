import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStoreIn, ensureSchema, recordKey, StorageError, transact, isQuotaError } from '../../../src/storage/db';
import * as prompts from '../../../src/storage/prompts';
import { freshLibraryStore } from './helpers';

const draft = (text: string, title = 'Title') => ({ title, text, tags: [] as string[] });
let n = 0;
const req = (id: string, baseRev: number, text: string, now = 1000) => ({ id, baseRev, draft: draft(text), now, conflictCopyId: `copy-${++n}` });

describe('saving prompts', () => {
  it('the first save makes rev 1 and one version', async () => {
    const { store } = await freshLibraryStore();
    const result = await prompts.savePrompt(store, req('p1', 0, 'hello'));
    expect(result.status).toBe('saved');
    expect((await prompts.getPrompt(store, 'p1'))?.rev).toBe(1);
    expect((await prompts.listVersions(store, 'p1')).map((v) => v.text)).toEqual(['hello']);
  });

  it('every save adds a version and keeps the older ones, in order', async () => {
    const { store } = await freshLibraryStore();
    await prompts.savePrompt(store, req('p1', 0, 'one'));
    await prompts.savePrompt(store, req('p1', 1, 'two'));
    await prompts.savePrompt(store, req('p1', 2, 'three'));
    const versions = await prompts.listVersions(store, 'p1');
    expect(versions.map((v) => [v.rev, v.text])).toEqual([[1, 'one'], [2, 'two'], [3, 'three']]);
  });

  it('versions of ten or more saves stay in numeric order', async () => {
    const { store } = await freshLibraryStore();
    for (let rev = 0; rev < 12; rev++) await prompts.savePrompt(store, req('p1', rev, `v${rev + 1}`));
    expect((await prompts.listVersions(store, 'p1')).map((v) => v.rev)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('R7: a save based on an old rev keeps both texts: the stored one and a conflict copy', async () => {
    const { store } = await freshLibraryStore();
    await prompts.savePrompt(store, req('p1', 0, 'base'));
    await prompts.savePrompt(store, req('p1', 1, 'from tab one'));
    const late = await prompts.savePrompt(store, req('p1', 1, 'from tab two'));
    expect(late.status).toBe('conflict');
    if (late.status !== 'conflict') return;
    expect((await prompts.getPrompt(store, 'p1'))?.text).toBe('from tab one');
    const copy = await prompts.getPrompt(store, late.copy.id);
    expect(copy).toMatchObject({ text: 'from tab two', conflictOf: 'p1', rev: 1 });
    expect(await prompts.listVersions(store, late.copy.id)).toHaveLength(1);
  });

  it('tags and favourite are not reverted by an editor save', async () => {
    const { store } = await freshLibraryStore();
    await prompts.savePrompt(store, req('p1', 0, 'one'));
    await prompts.patchPrompt(store, 'p1', { tags: ['dusk'], favorite: true }, 2000);
    await prompts.savePrompt(store, { ...req('p1', 1, 'two'), draft: { title: 'T', text: 'two', tags: [] } });
    expect(await prompts.getPrompt(store, 'p1')).toMatchObject({ text: 'two', tags: ['dusk'], favorite: true });
  });

  it('a metadata patch changes only what it names and makes no version', async () => {
    const { store } = await freshLibraryStore();
    await prompts.savePrompt(store, req('p1', 0, 'one'));
    const next = await prompts.patchPrompt(store, 'p1', { title: 'Renamed' }, 3000);
    expect(next).toMatchObject({ title: 'Renamed', text: 'one', rev: 1, updatedAt: 3000 });
    expect(await prompts.listVersions(store, 'p1')).toHaveLength(1);
    expect(await prompts.patchPrompt(store, 'missing', { title: 'x' }, 1)).toBeUndefined();
  });
});

describe('deleting prompts', () => {
  it('a marked prompt can be brought back with all its versions', async () => {
    const { store } = await freshLibraryStore();
    await prompts.savePrompt(store, req('p1', 0, 'one'));
    await prompts.markDeleted(store, 'p1', 5000);
    expect((await prompts.getPrompt(store, 'p1'))?.deletedAt).toBe(5000);
    await prompts.unmarkDeleted(store, 'p1');
    expect((await prompts.getPrompt(store, 'p1'))?.deletedAt).toBeUndefined();
    expect(await prompts.listVersions(store, 'p1')).toHaveLength(1);
  });

  it('purging removes old deletions with their versions and leaves everything else', async () => {
    const { store } = await freshLibraryStore();
    await prompts.savePrompt(store, req('p1', 0, 'one'));
    await prompts.savePrompt(store, req('p10', 0, 'ten'));
    await prompts.savePrompt(store, req('p2', 0, 'two'));
    await prompts.markDeleted(store, 'p1', 100);
    await prompts.markDeleted(store, 'p2', 900);
    expect(await prompts.purgeDeleted(store, 500)).toEqual(['p1']);
    expect(await prompts.getPrompt(store, 'p1')).toBeUndefined();
    expect(await prompts.listVersions(store, 'p1')).toEqual([]);
    // A prompt whose id shares a prefix keeps its versions.
    expect(await prompts.listVersions(store, 'p10')).toHaveLength(1);
    expect((await prompts.getPrompt(store, 'p2'))?.deletedAt).toBe(900);
  });
});

describe('drafts', () => {
  it('a draft is kept until cleared', async () => {
    const { store } = await freshLibraryStore();
    const d = { baseRev: 0, title: 't', text: 'unsaved', tags: [], updatedAt: 1 };
    await prompts.saveDraft(store, 'compose', d);
    expect(await prompts.loadDraft(store, 'compose')).toEqual(d);
    await prompts.clearDraft(store, 'compose');
    expect(await prompts.loadDraft(store, 'compose')).toBeUndefined();
  });
});

describe('schema', () => {
  it('a new database is stamped with the current schema version', async () => {
    const factory = new IDBFactory();
    const store = createStoreIn(factory as unknown as globalThis.IDBFactory, 'lib', 'records');
    expect(await ensureSchema(store)).toEqual({ from: 0, to: 1 });
    expect(await ensureSchema(store)).toEqual({ from: 1, to: 1 });
  });

  it('R9: a library written by a newer Laqta is refused, and this tab cannot write to it', async () => {
    const { store } = await freshLibraryStore();
    await prompts.savePrompt(store, req('p1', 0, 'one'));
    await transact(store, 'readwrite', (os) => void os.put({ type: 'schema', version: 99 }, recordKey.schema));
    await expect(ensureSchema(store)).rejects.toMatchObject({ kind: 'newerSchema' });
    await expect(prompts.savePrompt(store, req('p1', 1, 'two'))).rejects.toBeInstanceOf(StorageError);
    expect((await prompts.getPrompt(store, 'p1'))?.text).toBe('one');
  });
});

describe('transactions', () => {
  it('a body that fails leaves nothing of what it wrote', async () => {
    const { store } = await freshLibraryStore();
    await expect(
      transact(store, 'readwrite', async (os) => {
        os.put({ x: 1 }, 'prompt/half');
        throw new Error('boom');
      }),
    ).rejects.toBeInstanceOf(StorageError);
    expect(await prompts.getPrompt(store, 'half')).toBeUndefined();
  });

  it('R10: quota errors are recognised under every engine name and code', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('R3: a connection closed by the browser is reopened on the next use', async () => {
    const factory = new IDBFactory();
    let opened: IDBDatabase[] = [];
    const spying = {
      open: (name: string) => {
        const r = factory.open(name);
        r.addEventListener('success', () => opened.push(r.result as unknown as IDBDatabase));
        return r;
      },
    } as unknown as globalThis.IDBFactory;
    const store = createStoreIn(spying, 'lib', 'records');
    await ensureSchema(store);
    opened[0]!.close();
    await prompts.savePrompt(store, req('p1', 0, 'after close'));
    expect((await prompts.getPrompt(store, 'p1'))?.text).toBe('after close');
    expect(opened.length).toBe(2);
    opened = [];
  });
});
