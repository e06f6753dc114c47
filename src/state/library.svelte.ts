import { SvelteSet } from 'svelte/reactivity';
import type { Prompt, PromptDraft, PromptVersion } from '../domain/prompt';
import { SearchIndex } from '../domain/search';
import type { Variant } from '../domain/template';
import { groupVariants, variantDrafts, type VariantParent } from '../domain/variants';
import { recordKey } from '../storage/db';
import * as prompts from '../storage/prompts';
import { catalogFrom, refreshCatalogSoon } from '../storage/catalog';
import { appStorage, type AppStorage } from './storage.svelte';
import { newId } from './ids';
import { imageCleanup, type ImageCleanup } from './image-cleanup.svelte';

/** How long a deleted prompt can be brought back before it is removed for good. */
export const undoWindowMs = 8000;

export type LibraryFilter = { favoritesOnly: boolean; tag: string | undefined };

export type SaveOutcome =
  | { status: 'saved'; prompt: Prompt }
  | { status: 'conflict'; stored: Prompt; copy: Prompt };

/**
 * The prompt library as the app sees it: every prompt in memory (loaded once), an in-memory
 * search index, and verbs that write one record at a time and tell other tabs about it.
 */
export class Library {
  readonly #storage: AppStorage;
  #byId = new Map<string, Prompt>();
  #index = new SearchIndex();
  /** Bumped on every change to #byId: the one reactive signal the derived views read. */
  #revision = $state(0);
  #purgeTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #loaded = $state(false);
  #query = $state('');
  #filter = $state.raw<LibraryFilter>({ favoritesOnly: false, tag: undefined });
  /** Ids changed by another tab since they were last seen here (for a gentle highlight). */
  readonly remoteChanged = new SvelteSet<string>();

  /** Told when images may have become unused, and which images a save is about to name. */
  readonly #images: Pick<ImageCleanup, 'afterStart' | 'soon' | 'keepFresh'> | undefined;

  constructor(storage: AppStorage, images?: Pick<ImageCleanup, 'afterStart' | 'soon' | 'keepFresh'>) {
    this.#storage = storage;
    this.#images = images;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** The search typed in the library. */
  get query(): string {
    return this.#query;
  }

  get filter(): LibraryFilter {
    return this.#filter;
  }

  search(query: string): void {
    this.#query = query;
  }

  filterBy(filter: Partial<LibraryFilter>): void {
    this.#filter = { ...this.#filter, ...filter };
  }

  clearFilters(): void {
    this.#query = '';
    this.#filter = { favoritesOnly: false, tag: undefined };
  }

  /** Prompts matching the search and filters, best match first. */
  readonly visible: Prompt[] = $derived.by(() => {
    void this.#revision;
    const { favoritesOnly, tag } = this.#filter;
    const tagKey = tag?.toLocaleLowerCase();
    const out: Prompt[] = [];
    for (const id of this.#index.search(this.#query)) {
      const p = this.#byId.get(id);
      if (!p || p.deletedAt !== undefined) continue;
      if (favoritesOnly && !p.favorite) continue;
      if (tagKey && !p.tags.some((t) => t.toLocaleLowerCase() === tagKey)) continue;
      out.push(p);
    }
    return out;
  });

  /** Every tag in use, with how many prompts carry it, most used first. */
  readonly tags: { tag: string; count: number }[] = $derived.by(() => {
    void this.#revision;
    const counts = new Map<string, { tag: string; count: number }>();
    for (const p of this.#byId.values()) {
      if (p.deletedAt !== undefined) continue;
      for (const tag of p.tags) {
        const key = tag.toLocaleLowerCase();
        const entry = counts.get(key) ?? { tag, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  });

  readonly count: number = $derived.by(() => {
    void this.#revision;
    let n = 0;
    for (const p of this.#byId.values()) if (p.deletedAt === undefined) n++;
    return n;
  });

  /** Loads the whole library once, builds the index, finishes old deletions, listens to other tabs. */
  async load(): Promise<void> {
    await this.#storage.open();
    // A change another tab makes while this one reads is applied after the read (the read may
    // already hold the older copy).
    let copyStale = false;
    const all = await this.#storage.follow(
      'prompt',
      async () => {
        const all = await prompts.listPrompts(this.#storage.library, () => (copyStale = true));
        for (const p of all) this.#remember(p);
        return all;
      },
      (ids) => this.refresh(ids, true),
    );
    this.#touch();
    this.#loaded = true;
    this.#prepareIndexWhenIdle();
    // The start-up copy could not be used: rebuild it once this start-up is over, not during it.
    if (copyStale) this.#keepCopy(3000);
    const stale = all.filter((p) => p.deletedAt !== undefined);
    if (stale.length) void this.#purge(Date.now() - undoWindowMs);
    this.#images?.afterStart();
  }

  /** Folds the search index in idle slices after loading, so neither the first paint nor the first search waits on it. */
  #prepareIndexWhenIdle(): void {
    const later = (step: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 1000 }) : setTimeout(step, 20));
    const step = () => {
      if (this.#index.prepare(400) > 0) later(step);
    };
    later(step);
  }

  get(id: string): Prompt | undefined {
    void this.#revision;
    const p = this.#byId.get(id);
    return p && p.deletedAt === undefined ? p : undefined;
  }

  /** All live prompts (for exports and pickers), newest first. */
  all(): Prompt[] {
    return this.#live().sort(newestFirst);
  }

  /**
   * The variants of each live parent, newest first: one grouping, made once per change. Grouped
   * before sorting: only the groups are sorted, not 10,000 prompts.
   */
  readonly #variants: Map<string, Prompt[]> = $derived.by(() => {
    const groups = groupVariants(this.#live());
    for (const group of groups.values()) group.sort(newestFirst);
    return groups;
  });

  /** The variants of a parent, newest first (none when the parent is gone). */
  variantsOf(parentId: string): Prompt[] {
    return this.#variants.get(parentId) ?? [];
  }

  #live(): Prompt[] {
    void this.#revision;
    return [...this.#byId.values()].filter((p) => p.deletedAt === undefined);
  }

  /** Saves content; resolves only after the write completed. A stale `baseRev` yields a conflict copy. */
  async save(id: string | undefined, baseRev: number, draft: PromptDraft, note?: string): Promise<SaveOutcome> {
    const now = Date.now();
    await this.#images?.keepFresh([draft.params, draft.storyboard]);
    const result = await prompts.savePrompt(this.#storage.library, {
      id: id ?? newId(now),
      baseRev,
      draft,
      now,
      conflictCopyId: newId(now),
      ...(note ? { note } : {}),
    });
    this.#storage.requestPersistence();
    this.#keepCopy();
    if (result.status === 'saved') {
      this.#remember(result.prompt);
      this.#touch();
      this.#storage.publish([recordKey.prompt(result.prompt.id)]);
      return { status: 'saved', prompt: result.prompt };
    }
    this.#remember(result.stored);
    this.#remember(result.copy);
    this.#touch();
    this.#storage.publish([recordKey.prompt(result.copy.id)]);
    return { status: 'conflict', stored: result.stored, copy: result.copy };
  }

  /** Creates one variant of a saved prompt per combination (see variantDrafts); each is its own record. */
  createVariants(parent: VariantParent, variants: readonly Variant[]): Promise<Prompt[]> {
    return this.createMany(variantDrafts(parent, variants));
  }

  /** Creates several new prompts; each is its own record and version. */
  async createMany(drafts: PromptDraft[]): Promise<Prompt[]> {
    const created: Prompt[] = [];
    for (const draft of drafts) {
      const outcome = await this.save(undefined, 0, draft);
      if (outcome.status === 'saved') created.push(outcome.prompt);
    }
    return created;
  }

  async rename(id: string, title: string): Promise<void> {
    await this.#patch(id, { title });
  }

  async setTags(id: string, tags: string[]): Promise<void> {
    await this.#patch(id, { tags });
  }

  async toggleFavorite(id: string): Promise<void> {
    const p = this.#byId.get(id);
    if (p) await this.#patch(id, { favorite: !p.favorite });
  }

  /** A new prompt with the same content and tags, titled by the caller (e.g. "X (copy)"). */
  async duplicate(id: string, title: string): Promise<Prompt | undefined> {
    const p = this.#byId.get(id);
    if (!p) return undefined;
    const outcome = await this.save(undefined, 0, {
      title,
      text: p.text,
      tags: p.tags,
      params: p.params,
      ...(p.shot ? { shot: p.shot } : {}),
    });
    return outcome.status === 'saved' ? outcome.prompt : undefined;
  }

  /** Hides the prompt now and removes it for good after the undo window. */
  async remove(id: string): Promise<void> {
    const now = Date.now();
    await prompts.markDeleted(this.#storage.library, id, now);
    this.#keepCopy();
    const p = this.#byId.get(id);
    if (p) this.#byId.set(id, { ...p, deletedAt: now });
    this.#touch();
    this.#storage.publish([recordKey.prompt(id)]);
    this.#purgeTimers.set(
      id,
      setTimeout(() => void this.#purge(Date.now() - undoWindowMs + 1), undoWindowMs),
    );
  }

  async undoRemove(id: string): Promise<void> {
    clearTimeout(this.#purgeTimers.get(id));
    this.#purgeTimers.delete(id);
    await prompts.unmarkDeleted(this.#storage.library, id);
    this.#keepCopy();
    const p = this.#byId.get(id);
    if (p) {
      const { deletedAt: _gone, ...alive } = p;
      this.#byId.set(id, alive);
    }
    this.#touch();
    this.#storage.publish([recordKey.prompt(id)]);
  }

  versions(id: string): Promise<PromptVersion[]> {
    return prompts.listVersions(this.#storage.library, id);
  }

  /** Restoring makes a new version with the old content; history is never rewritten. */
  async restore(id: string, version: PromptVersion, note: string): Promise<SaveOutcome> {
    const current = this.#byId.get(id);
    return this.save(
      id,
      current?.rev ?? 0,
      {
        title: version.title,
        text: version.text,
        tags: current?.tags ?? [],
        params: version.params,
        ...(version.shot ? { shot: version.shot } : {}),
      },
      note,
    );
  }

  /** Shows and indexes prompts another module wrote in this tab (an import); it publishes the keys. */
  absorb(written: readonly Prompt[]): void {
    for (const p of written) this.#remember(p);
    this.#keepCopy();
    this.#touch();
  }

  async #patch(id: string, patch: prompts.PromptPatch): Promise<void> {
    const next = await prompts.patchPrompt(this.#storage.library, id, patch, Date.now());
    if (!next) return;
    this.#keepCopy();
    this.#remember(next);
    this.#touch();
    this.#storage.publish([recordKey.prompt(id)]);
  }

  async #purge(before: number): Promise<void> {
    try {
      const gone = await prompts.purgeDeleted(this.#storage.library, before);
      for (const id of gone) {
        this.#byId.delete(id);
        this.#index.remove(id);
      }
      if (gone.length) {
        this.#keepCopy();
        this.#touch();
        this.#storage.publish(gone.map((id) => recordKey.prompt(id)));
        this.#images?.soon();
      }
    } catch {
      // A failed purge keeps the hidden records; the next start tries again.
    }
  }

  /** Re-reads these prompts from storage (after another module or tab wrote them). */
  async refresh(ids: readonly string[], fromOtherTab = false): Promise<void> {
    if (!ids.length) return;
    for (const id of ids) {
      const fresh = await prompts.getPrompt(this.#storage.library, id);
      if (fresh) {
        this.#remember(fresh);
        if (fromOtherTab) this.remoteChanged.add(id);
      } else {
        this.#byId.delete(id);
        this.#index.remove(id);
      }
    }
    this.#touch();
  }

  #remember(p: Prompt): void {
    const known = this.#byId.get(p.id);
    // Never let an older copy (a late message) replace a newer one.
    if (known && known.rev > p.rev) return;
    this.#byId.set(p.id, p);
    if (p.deletedAt === undefined) this.#index.put(p);
    else this.#index.remove(p.id);
  }

  /** After this tab changed prompt records: the start-up copy of a large library is rebuilt, off the main thread, once writes pause. */
  #keepCopy(delayMs?: number): void {
    if (this.#storage.mode === 'persistent' && this.#byId.size >= catalogFrom) refreshCatalogSoon(delayMs);
  }

  #touch(): void {
    this.#revision++;
  }
}

const newestFirst = (a: Prompt, b: Prompt) => b.updatedAt - a.updatedAt;

export const library = new Library(appStorage, imageCleanup);
