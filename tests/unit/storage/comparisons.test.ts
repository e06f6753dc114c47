import { describe, expect, it } from 'vitest';
import { newComparison, pickWinner, rateResult, setNotes, tagResult } from '../../../src/domain/comparison';
import { recordKey, transact } from '../../../src/storage/db';
import * as comparisons from '../../../src/storage/comparisons';
import * as prompts from '../../../src/storage/prompts';
import { freshLibraryStore } from './helpers';

const columns = [
  { promptId: 'a', rev: 1, runId: 'ra' },
  { promptId: 'b', rev: 1, runId: 'rb' },
  { promptId: 'c', rev: 3 },
];

describe('comparison records in storage', () => {
  it('a comparison with ratings, tags, notes and a winner round-trips unchanged', async () => {
    const { store } = await freshLibraryStore();
    const draft = newComparison('cmp1', columns, 1000);
    const judged = [rateResult('ra', 'a', 4), tagResult('rb', 'b', ['good motion', 'face artefacts']), setNotes('B moves better; نور أجمل'), pickWinner(1)];
    const saved = await comparisons.saveComparison(store, draft, (c) => judged.reduce((acc, f) => f(acc), c), 2000);
    expect(saved.rev).toBe(1);
    expect(await comparisons.getComparison(store, 'cmp1')).toEqual(saved);
    expect(saved).toMatchObject({ winner: { promptId: 'b', rev: 1, runId: 'rb' }, notes: 'B moves better; نور أجمل', createdAt: 1000, updatedAt: 2000 });
  });

  it('each comparison is its own key, and the list is newest first', async () => {
    const { store } = await freshLibraryStore();
    await comparisons.saveComparison(store, newComparison('old', columns, 1), (c) => c, 10);
    await comparisons.saveComparison(store, newComparison('new', columns, 1), (c) => c, 20);
    expect((await comparisons.listComparisons(store)).map((c) => c.id)).toEqual(['new', 'old']);
    const keys = await transact(store, 'readonly', (os) => new Promise<IDBValidKey[]>((r) => (os.getAllKeys().onsuccess = (e) => r((e.target as IDBRequest<IDBValidKey[]>).result))));
    expect(keys).toEqual(expect.arrayContaining([recordKey.comparison('old'), recordKey.comparison('new')]));
  });

  it('a change applied after another tab’s change keeps both', async () => {
    const { store } = await freshLibraryStore();
    const draft = newComparison('cmp', columns, 1);
    await comparisons.saveComparison(store, draft, (c) => c, 1);
    // Two tabs both started from the rev-1 record in memory.
    await comparisons.saveComparison(store, draft, rateResult('ra', 'a', 2), 2);
    const last = await comparisons.saveComparison(store, draft, pickWinner(0), 3);
    expect(last.rev).toBe(3);
    expect(last.results[0]?.rating).toBe(2);
    expect(last.winner?.promptId).toBe('a');
  });

  it('a deleted comparison is gone from the list', async () => {
    const { store } = await freshLibraryStore();
    await comparisons.saveComparison(store, newComparison('cmp', columns, 1), (c) => c, 1);
    await comparisons.deleteComparison(store, 'cmp');
    expect(await comparisons.listComparisons(store)).toEqual([]);
  });

  it('promoting the winner rewrites the variant group and stamps the comparison, in one write', async () => {
    const { store } = await freshLibraryStore();
    const save = (id: string, parentId?: string) =>
      prompts.savePrompt(store, { id, baseRev: 0, draft: { title: id, text: id, tags: [], ...(parentId ? { parentId } : {}) }, now: 1, conflictCopyId: `x-${id}` });
    await save('parent');
    await save('a', 'parent');
    await save('b', 'parent');
    const cmp = newComparison('cmp', [{ promptId: 'a', rev: 1 }, { promptId: 'b', rev: 1 }], 1);
    await comparisons.saveComparison(store, cmp, pickWinner(1), 2);
    const { comparison, changed } = await comparisons.promoteWinner(store, 'cmp', 5);
    expect(comparison.winner?.promotedAt).toBe(5);
    expect(changed.map((p) => [p.id, p.parentId])).toEqual([['b', undefined], ['parent', 'b'], ['a', 'b']]);
    expect((await prompts.getPrompt(store, 'parent'))?.parentId).toBe('b');
    expect((await prompts.getPrompt(store, 'b'))?.parentId).toBeUndefined();
    expect((await prompts.getPrompt(store, 'b'))?.rev).toBe(1);
  });
});
