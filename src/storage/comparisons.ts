import { applyParentChange, planPromotion, restoreComparison, type Comparison, type ComparisonChange, type ParentChange } from '../domain/comparison';
import type { Prompt } from '../domain/prompt';
import { stampPrompts } from './catalog';
import { assertSchemaCurrent, prefixRange, recordKey, request, StorageError, transact, type UseStore } from './db';

/** Every saved comparison, newest change first. */
export async function listComparisons(store: UseStore): Promise<Comparison[]> {
  const raw = await transact(store, 'readonly', (os) => request(os.getAll(prefixRange('comparison'))) as Promise<unknown[]>);
  return raw
    .map(restoreComparison)
    .filter((c): c is Comparison => c !== undefined)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getComparison(store: UseStore, id: string): Promise<Comparison | undefined> {
  const raw = await transact(store, 'readonly', (os) => request(os.get(recordKey.comparison(id))));
  return restoreComparison(raw);
}

/**
 * Stores a comparison for the first time (at rev 1), or applies `change` to the stored one. The
 * change runs on the record as stored inside the same transaction, so a change made in another
 * tab meanwhile is kept, never overwritten. Resolves with the stored record once written.
 */
export async function saveComparison(store: UseStore, draft: Comparison, change: ComparisonChange, now: number): Promise<Comparison> {
  return transact(store, 'readwrite', async (os) => {
    await assertSchemaCurrent(os);
    const stored = restoreComparison(await request(os.get(recordKey.comparison(draft.id))));
    const base = stored ?? draft;
    const next: Comparison = { ...change(base), id: base.id, createdAt: base.createdAt, updatedAt: now, rev: (stored?.rev ?? 0) + 1 };
    os.put(next, recordKey.comparison(next.id));
    return next;
  });
}

export async function deleteComparison(store: UseStore, id: string): Promise<void> {
  await transact(store, 'readwrite', async (os) => {
    await assertSchemaCurrent(os);
    os.delete(recordKey.comparison(id));
  });
}

/**
 * Makes the comparison's winner the parent of its variant group (see planPromotion) and records
 * when, all in one transaction. Resolves with the comparison and the prompts that changed.
 */
export async function promoteWinner(store: UseStore, comparisonId: string, now: number): Promise<{ comparison: Comparison; changed: Prompt[] }> {
  return transact(store, 'readwrite', async (os) => {
    await assertSchemaCurrent(os);
    const comparison = restoreComparison(await request(os.get(recordKey.comparison(comparisonId))));
    const winner = comparison?.winner;
    if (!comparison || !winner) throw new StorageError('failed', new Error('no winner to promote'));
    const prompts = (await request(os.getAll(prefixRange('prompt')))) as Prompt[];
    const prompt = prompts.find((p) => p.id === winner.promptId);
    const plan: ParentChange[] = prompt ? planPromotion(prompt, prompts) : [];
    const changed: Prompt[] = [];
    for (const { id, parentId } of plan) {
      const stored = prompts.find((p) => p.id === id);
      if (!stored) continue;
      const next = applyParentChange(stored, parentId, now);
      os.put(next, recordKey.prompt(id));
      changed.push(next);
    }
    if (changed.length) stampPrompts(os);
    const next: Comparison = { ...comparison, winner: { ...winner, promotedAt: now }, updatedAt: now, rev: comparison.rev + 1 };
    os.put(next, recordKey.comparison(next.id));
    return { comparison: next, changed };
  });
}
