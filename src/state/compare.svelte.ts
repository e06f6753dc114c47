import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import {
  chooseRun,
  chooseVersion,
  comparisonLimits,
  defaultRun,
  newComparison,
  type Comparison,
  type ComparisonChange,
} from '../domain/comparison';
import type { Prompt, PromptVersion } from '../domain/prompt';
import { isFinished, type Run } from '../domain/run';
import { columnGroup, takeGroupKey, type TakeGroup } from '../domain/takes';
import type { Shot } from '../domain/shot';
import type { GenerationParams } from '../domain/params';
import { recordKey } from '../storage/db';
import * as comparisons from '../storage/comparisons';
import * as runsStore from '../storage/runs';
import { getVersion } from '../storage/prompts';
import type { Change } from '../storage/sync';
import { library as sharedLibrary, type Library } from './library.svelte';
import { appStorage, type AppStorage } from './storage.svelte';
import { newId } from './ids';

/** A prompt to put in a column: its current version, or a given one (`rev`). */
export interface ColumnRef {
  promptId: string;
  rev?: number;
}

/** What a column shows of its prompt version; `missing` when that version is no longer stored. */
export type ColumnContent =
  | { missing: false; promptId: string; rev: number; title: string; text: string; shot?: Shot; params: GenerationParams; isLatest: boolean }
  | { missing: true; promptId: string; rev: number };

export type OpenProblem = 'notFound' | 'tooFew';

/** Parses the ids of `#/compare/new/<id>,<id>@<rev>,…`. */
export function parseColumnRefs(list: string): ColumnRef[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [promptId = '', rev] = part.split('@');
      const n = Number(rev);
      return rev !== undefined && Number.isInteger(n) && n > 0 ? { promptId, rev: n } : { promptId };
    });
}

/** The reverse of parseColumnRefs. */
export function formatColumnRefs(refs: readonly ColumnRef[]): string {
  return refs.map((r) => (r.rev ? `${r.promptId}@${r.rev}` : r.promptId)).join(',');
}

/**
 * The Compare section's live state: saved comparisons, the one open (stored or not yet), what
 * each column shows, the runs of the compared prompts and their video URLs, and the prompts a
 * person picked (in the library or the picker) to compare next.
 */
export class CompareState {
  #list = $state.raw<Comparison[]>([]);
  #listLoaded = $state(false);
  #current = $state.raw<Comparison | undefined>(undefined);
  /** True once the open comparison has been written to storage. */
  #stored = $state(false);
  #contents = $state.raw<ColumnContent[]>([]);
  #runs = $state.raw<Run[]>([]);
  versions = new SvelteMap<string, PromptVersion[]>();
  #problem = $state<OpenProblem | undefined>(undefined);
  /** Prompt ids picked for the next comparison, in the order picked. */
  readonly selection = new SvelteSet<string>();
  readonly #storage: AppStorage;
  readonly #library: Library;
  #videoUrls = new SvelteMap<string, string>();
  #loadingVideos = new Set<string>();
  #unsubscribe: (() => void) | undefined;

  constructor(storage: AppStorage, library: Library) {
    this.#storage = storage;
    this.#library = library;
  }

  get list(): Comparison[] {
    return this.#list;
  }

  get listLoaded(): boolean {
    return this.#listLoaded;
  }

  get current(): Comparison | undefined {
    return this.#current;
  }

  get stored(): boolean {
    return this.#stored;
  }

  get contents(): ColumnContent[] {
    return this.#contents;
  }

  get runs(): Run[] {
    return this.#runs;
  }

  get problem(): OpenProblem | undefined {
    return this.#problem;
  }

  /** Starts listening to changes (this tab's and others'); returns the function that stops. */
  start(): () => void {
    this.#unsubscribe ??= this.#storage.subscribe((change, origin) => void this.#onChange(change, origin));
    return () => {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
    };
  }

  async loadList(): Promise<void> {
    this.#list = await comparisons.listComparisons(this.#storage.library);
    this.#listLoaded = true;
  }

  /** Picks or unpicks a prompt for the next comparison (at most four). Returns false when full. */
  toggle(id: string): boolean {
    if (this.selection.has(id)) this.selection.delete(id);
    else if (this.selection.size >= comparisonLimits.maxColumns) return false;
    else this.selection.add(id);
    return true;
  }

  /** Opens a new, not yet stored comparison of the given prompts (current versions unless a rev is given). */
  async openNew(refs: readonly ColumnRef[]): Promise<void> {
    this.#reset();
    const columns = refs
      .map((r) => ({ promptId: r.promptId, rev: r.rev ?? this.#library.get(r.promptId)?.rev ?? 0 }))
      .filter((c) => c.rev > 0)
      .slice(0, comparisonLimits.maxColumns);
    if (columns.length < comparisonLimits.minColumns) {
      this.#problem = 'tooFew';
      return;
    }
    this.#runs = await runsStore.listRunsForPrompts(this.#storage.library, columns.map((c) => c.promptId));
    const withRuns = columns.map((c) => {
      const run = defaultRun(this.#runs, c.promptId, c.rev);
      return run ? { ...c, runId: run.id } : c;
    });
    this.#current = newComparison(newId(), withRuns, Date.now());
    this.#stored = false;
    await this.#loadContents();
  }

  /** Opens a saved comparison. */
  async open(id: string): Promise<void> {
    if (this.#current?.id === id && this.#stored) return;
    this.#reset();
    const found = await comparisons.getComparison(this.#storage.library, id);
    if (!found) {
      this.#problem = 'notFound';
      return;
    }
    this.#current = found;
    this.#stored = true;
    this.#runs = await runsStore.listRunsForPrompts(this.#storage.library, found.columns.map((c) => c.promptId));
    await this.#loadContents();
  }

  /** Stores the open comparison (if not yet) and applies a change to it. Resolves once written. */
  async record(change: ComparisonChange = (c) => c): Promise<Comparison | undefined> {
    const c = this.#current;
    if (!c) return undefined;
    const saved = await comparisons.saveComparison(this.#storage.library, c, change, Date.now());
    const firstSave = !this.#stored;
    this.#current = saved;
    this.#stored = true;
    this.#list = [saved, ...this.#list.filter((x) => x.id !== saved.id)];
    this.#storage.requestPersistence();
    this.#storage.publish([recordKey.comparison(saved.id)]);
    if (firstSave) await this.#loadContents();
    return saved;
  }

  /** A change of view (which run, which version, which baseline): kept if the comparison is stored. */
  async view(change: ComparisonChange): Promise<void> {
    if (!this.#current) return;
    if (this.#stored) await this.record(change);
    else this.#current = change(this.#current);
    await this.#loadContents();
  }

  /** Runs started by "generate all", per column; the first to succeed is shown if the column shows another group. */
  pending = new SvelteMap<number, string[]>();

  /** Remembers that `runId` was started for `column`; it becomes the column's result when it succeeds. */
  awaitRun(column: number, runId: string): void {
    this.pending.set(column, [...(this.pending.get(column) ?? []), runId]);
  }

  /** The takes column `column` shows: the group of its shown run, or the newest of its version. */
  takesOf(column: number): TakeGroup | undefined {
    const col = this.#current?.columns[column];
    return col ? columnGroup(this.#runs, col.promptId, col.rev, col.runId) : undefined;
  }

  async #adoptFinished(): Promise<void> {
    for (const [column, ids] of [...this.pending]) {
      const runs = ids.map((id) => this.#runs.find((r) => r.id === id));
      const done = runs.find((r) => r?.status === 'succeeded' && r.media);
      const shown = this.run(this.#current?.columns[column]?.runId);
      // A finished take is shown when the column shows nothing, or a run of other settings.
      if (done && (!shown || takeGroupKey(shown) !== takeGroupKey(done))) await this.showRun(column, done.id);
      const left = ids.filter((_, i) => {
        const run = runs[i];
        return !run || !isFinished(run);
      });
      if (left.length) this.pending.set(column, left);
      else this.pending.delete(column);
    }
  }

  showRun(column: number, runId: string | undefined): Promise<void> {
    return this.view(chooseRun(column, runId));
  }

  showVersion(column: number, rev: number): Promise<void> {
    const col = this.#current?.columns[column];
    if (!col) return Promise.resolve();
    return this.view(chooseVersion(column, rev, defaultRun(this.#runs, col.promptId, rev)?.id));
  }

  /** Makes the winner the parent of its variant group; returns the prompts that changed. */
  async promoteWinner(): Promise<Prompt[]> {
    const c = this.#current;
    if (!c?.winner || !this.#stored) return [];
    const { comparison, changed } = await comparisons.promoteWinner(this.#storage.library, c.id, Date.now());
    this.#current = comparison;
    this.#list = [comparison, ...this.#list.filter((x) => x.id !== comparison.id)];
    this.#storage.publish([recordKey.comparison(c.id), ...changed.map((p) => recordKey.prompt(p.id))]);
    await this.#library.refresh(changed.map((p) => p.id));
    return changed;
  }

  async remove(id: string): Promise<void> {
    await comparisons.deleteComparison(this.#storage.library, id);
    this.#list = this.#list.filter((c) => c.id !== id);
    if (this.#current?.id === id) this.#reset();
    this.#storage.publish([recordKey.comparison(id)]);
  }

  /** Runs of one prompt, newest first (for a column's result picker). */
  runsOf(promptId: string): Run[] {
    return this.#runs.filter((r) => r.promptId === promptId);
  }

  run(id: string | undefined): Run | undefined {
    return id ? this.#runs.find((r) => r.id === id) : undefined;
  }

  /** The object URL of a run's video once read from the media store (undefined until then, or if none). */
  videoUrl(run: Run): string | undefined {
    const url = this.#videoUrls.get(run.id);
    if (url === undefined && !this.#loadingVideos.has(run.id)) void this.#loadVideo(run);
    return url;
  }

  /** Lists the versions of every compared prompt (for the version pickers). */
  async loadVersions(): Promise<void> {
    for (const col of this.#current?.columns ?? []) {
      if (!this.versions.has(col.promptId)) this.versions.set(col.promptId, await this.#library.versions(col.promptId));
    }
  }

  /** Closes the open comparison and releases its video URLs. */
  close(): void {
    this.#reset();
  }

  async #loadVideo(run: Run): Promise<void> {
    this.#loadingVideos.add(run.id);
    try {
      const blob = await runsStore.getVideo(this.#storage.media, run.id);
      if (blob && this.#runs.some((r) => r.id === run.id)) this.#videoUrls.set(run.id, URL.createObjectURL(blob));
    } finally {
      this.#loadingVideos.delete(run.id);
    }
  }

  async #loadContents(): Promise<void> {
    const c = this.#current;
    if (!c) return;
    const contents = await Promise.all(c.columns.map((col) => this.#contentOf(col.promptId, col.rev)));
    if (this.#current?.id === c.id) this.#contents = contents;
  }

  #reset(): void {
    for (const url of this.#videoUrls.values()) URL.revokeObjectURL(url);
    this.#videoUrls.clear();
    this.#current = undefined;
    this.#stored = false;
    this.#contents = [];
    this.#runs = [];
    this.versions.clear();
    this.pending.clear();
    this.#problem = undefined;
  }

  async #onChange(change: Change, origin: 'local' | 'remote'): Promise<void> {
    if (change.type !== 'changed') return;
    const c = this.#current;
    if (origin === 'remote' && change.keys.some((k) => k.startsWith('comparison/'))) {
      await this.loadList();
      if (c && this.#stored && change.keys.includes(recordKey.comparison(c.id))) {
        const fresh = await comparisons.getComparison(this.#storage.library, c.id);
        if (fresh && this.#current?.id === c.id) this.#current = fresh;
      }
    }
    // Runs finish in this tab (the run queue) or in another: either way, show them.
    if (c && change.keys.some((k) => k.startsWith('run/'))) {
      const runs = await runsStore.listRunsForPrompts(this.#storage.library, c.columns.map((col) => col.promptId));
      if (this.#current?.id === c.id) {
        this.#runs = runs;
        await this.#adoptFinished();
      }
    }
  }

  async #contentOf(promptId: string, rev: number): Promise<ColumnContent> {
    const prompt = this.#library.get(promptId);
    const source = prompt && prompt.rev === rev ? prompt : await getVersion(this.#storage.library, promptId, rev);
    if (!source) return { missing: true, promptId, rev };
    return {
      missing: false,
      promptId,
      rev,
      title: source.title,
      text: source.text,
      ...(source.shot ? { shot: source.shot } : {}),
      params: source.params,
      isLatest: prompt?.rev === rev,
    };
  }
}

export const compare = new CompareState(appStorage, sharedLibrary);
