import { newPrompt, versionFromPrompt, normaliseTags, type Prompt, type PromptDraft, type PromptVersion } from '../domain/prompt';
import { readPrompts, stampPrompts } from './catalog';
import { assertSchemaCurrent, prefixRange, recordKey, request, transact, type UseStore } from './db';

/** A save of a prompt's content. `baseRev` is the rev the editor started from (0 for a new prompt). */
export interface SaveRequest {
  id: string;
  baseRev: number;
  draft: PromptDraft;
  now: number;
  /** The id to give a conflict copy if the stored rev has moved on. */
  conflictCopyId: string;
  note?: string;
}

export type SaveResult =
  | { status: 'saved'; prompt: Prompt; version: PromptVersion }
  | { status: 'conflict'; stored: Prompt; copy: Prompt; version: PromptVersion };

/** Metadata that changes without making a new version: rename, tags, favourite, collection. */
export type PromptPatch = Partial<Pick<Prompt, 'title' | 'tags' | 'favorite' | 'collection'>>;

/**
 * Every prompt record, deleted-but-undoable ones included (the caller decides what to show): from
 * the start-up copy while it is current (catalog.ts), else from the records; `onStale` hears when
 * the copy could not be used, so the caller can have it rebuilt.
 */
export async function listPrompts(store: UseStore, onStale?: () => void): Promise<Prompt[]> {
  const { prompts, fromCopy } = await readPrompts(store);
  if (!fromCopy) onStale?.();
  return prompts;
}

export async function getPrompt(store: UseStore, id: string): Promise<Prompt | undefined> {
  return transact(store, 'readonly', (os) => request(os.get(recordKey.prompt(id))) as Promise<Prompt | undefined>);
}

/**
 * Saves one prompt and its new version in one transaction (read-check-write inside it). If the
 * stored rev is not the one the editor started from, another tab saved first: the stored prompt
 * is left as it is and this text is kept as a conflict copy, so neither text is lost.
 */
export async function savePrompt(store: UseStore, req: SaveRequest): Promise<SaveResult> {
  return transact(store, 'readwrite', async (os) => {
    // Both reads at once: a save costs one round trip to the database before its writes, not two.
    const [, stored] = (await Promise.all([assertSchemaCurrent(os), request(os.get(recordKey.prompt(req.id)))])) as [void, Prompt | undefined];
    if (stored && stored.rev !== req.baseRev) {
      const copy = { ...newPrompt(req.conflictCopyId, { ...req.draft, title: req.draft.title || stored.title }, req.now), conflictOf: stored.id, rev: 1 };
      const version = versionFromPrompt(copy, req.now, req.note);
      os.put(copy, recordKey.prompt(copy.id));
      os.put(version, recordKey.version(copy.id, copy.rev));
      stampPrompts(os);
      return { status: 'conflict' as const, stored, copy, version };
    }
    const base = stored ?? newPrompt(req.id, req.draft, req.now);
    const { deletedAt: _revived, ...alive } = base;
    const prompt: Prompt = {
      ...alive,
      title: req.draft.title,
      text: req.draft.text,
      // Tags and favourite are metadata owned by patchPrompt: an editor's save never reverts them.
      tags: stored ? stored.tags : normaliseTags(req.draft.tags),
      ...(req.draft.shot ? { shot: req.draft.shot } : {}),
      ...(req.draft.storyboard ? { storyboard: req.draft.storyboard } : {}),
      params: req.draft.params ?? base.params,
      updatedAt: req.now,
      rev: (stored?.rev ?? 0) + 1,
    };
    const version = versionFromPrompt(prompt, req.now, req.note);
    os.put(prompt, recordKey.prompt(prompt.id));
    os.put(version, recordKey.version(prompt.id, prompt.rev));
    stampPrompts(os);
    return { status: 'saved' as const, prompt, version };
  });
}

/** Applies a metadata patch atomically to the stored record; resolves with the new record. */
export async function patchPrompt(store: UseStore, id: string, patch: PromptPatch, now: number): Promise<Prompt | undefined> {
  return transact(store, 'readwrite', async (os) => {
    await assertSchemaCurrent(os);
    const stored = (await request(os.get(recordKey.prompt(id)))) as Prompt | undefined;
    if (!stored) return undefined;
    const next: Prompt = { ...stored, ...patch, ...(patch.tags ? { tags: normaliseTags(patch.tags) } : {}), updatedAt: now };
    os.put(next, recordKey.prompt(id));
    stampPrompts(os);
    return next;
  });
}

/** Every version of one prompt, oldest first. */
export async function listVersions(store: UseStore, id: string): Promise<PromptVersion[]> {
  return transact(store, 'readonly', (os) => request(os.getAll(prefixRange(`version/${id}`))) as Promise<PromptVersion[]>);
}

export async function getVersion(store: UseStore, id: string, rev: number): Promise<PromptVersion | undefined> {
  return transact(store, 'readonly', (os) => request(os.get(recordKey.version(id, rev))) as Promise<PromptVersion | undefined>);
}

/** Hides a prompt for the undo window; `purgeDeleted` removes it for good later. */
export async function markDeleted(store: UseStore, id: string, now: number): Promise<void> {
  await setDeletedAt(store, id, now);
}

export async function unmarkDeleted(store: UseStore, id: string): Promise<void> {
  await setDeletedAt(store, id, undefined);
}

async function setDeletedAt(store: UseStore, id: string, deletedAt: number | undefined): Promise<void> {
  await transact(store, 'readwrite', async (os) => {
    await assertSchemaCurrent(os);
    const stored = (await request(os.get(recordKey.prompt(id)))) as Prompt | undefined;
    if (!stored) return;
    const { deletedAt: _old, ...rest } = stored;
    os.put(deletedAt === undefined ? rest : { ...rest, deletedAt }, recordKey.prompt(id));
    stampPrompts(os);
  });
}

/** Removes, with their versions, the prompts whose deletion is older than `before`. Returns their ids. */
export async function purgeDeleted(store: UseStore, before: number): Promise<string[]> {
  return transact(store, 'readwrite', async (os) => {
    await assertSchemaCurrent(os);
    const all = (await request(os.getAll(prefixRange('prompt')))) as Prompt[];
    const doomed = all.filter((p) => p.deletedAt !== undefined && p.deletedAt < before).map((p) => p.id);
    for (const id of doomed) {
      os.delete(recordKey.prompt(id));
      os.delete(prefixRange(`version/${id}`));
    }
    if (doomed.length) stampPrompts(os);
    return doomed;
  });
}

/** The unsaved work of an editor, kept so that closing the tab loses nothing. */
export interface Draft {
  promptId?: string;
  baseRev: number;
  title: string;
  text: string;
  shot?: PromptDraft['shot'];
  storyboard?: PromptDraft['storyboard'];
  params?: PromptDraft['params'];
  tags: string[];
  updatedAt: number;
}

export async function saveDraft(store: UseStore, name: string, draft: Draft): Promise<void> {
  await transact(store, 'readwrite', (os) => void os.put(draft, recordKey.draft(name)));
}

export async function loadDraft(store: UseStore, name: string): Promise<Draft | undefined> {
  return transact(store, 'readonly', (os) => request(os.get(recordKey.draft(name))) as Promise<Draft | undefined>);
}

export async function clearDraft(store: UseStore, name: string): Promise<void> {
  await transact(store, 'readwrite', (os) => void os.delete(recordKey.draft(name)));
}
