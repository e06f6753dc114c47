import { defaultParams, type GenerationParams } from '../domain/params';
import { titleFromText, type Prompt, type PromptDraft } from '../domain/prompt';
import type { BlockKey, Blocks } from '../domain/compose';
import type { Shot } from '../domain/shot';
import type { CastSheet, Storyboard, Transition } from '../domain/storyboard';
import { storyboards } from './storyboard-writer';
import { recordKey, type StorageErrorKind } from '../storage/db';
import * as prompts from '../storage/prompts';
import { library as sharedLibrary, type Library } from './library.svelte';
import { appStorage, type AppStorage } from './storage.svelte';
import { imageCleanup, type ImageCleanup } from './image-cleanup.svelte';

export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'error';

const draftName = 'compose';

interface Content {
  title: string;
  text: string;
  shot: Shot | undefined;
  /** Set for a storyboard prompt: its text is then the whole sequence, written from it. */
  storyboard?: Storyboard | undefined;
  params: GenerationParams;
  templateId?: string | undefined;
}

const emptyContent = (): Content => ({ title: '', text: '', shot: undefined, storyboard: undefined, params: defaultParams() });

/**
 * The prompt open in Compose: its editable content, where it came from (id + rev), and whether
 * it is saved. Every field is private: the content changes only through the methods below, and
 * each of them marks the prompt unsaved. Unsaved work is mirrored to a draft record as it is
 * typed (coalesced writes), so closing the tab never loses typing.
 */
export class ComposeSession {
  readonly #storage: AppStorage;
  readonly #library: Library;
  #promptId = $state<string | undefined>(undefined);
  #baseRev = $state(0);
  #title = $state('');
  #text = $state('');
  #shot = $state.raw<Shot | undefined>(undefined);
  #storyboard = $state.raw<Storyboard | undefined>(undefined);
  #params = $state.raw<GenerationParams>(defaultParams());
  #saveState = $state<SaveState>('clean');
  #error = $state<StorageErrorKind | undefined>(undefined);
  #templateId = $state<string | undefined>(undefined);
  #generated = $state.raw<Blocks | undefined>(undefined);
  #held = $state.raw<BlockKey[]>([]);
  #conflictCopy = $state.raw<Prompt | undefined>(undefined);
  #changedElsewhere = $state(false);
  #restoredDraft = $state(false);
  /** The content as last saved (or opened): what "unsaved" is measured against. */
  #saved = $state.raw<Content>(emptyContent());
  /** The draft write in flight, if any; edits made meanwhile are written right after it. */
  #draftWriting: Promise<void> | undefined;
  #draftPending = false;
  #listening = false;
  /** Counts prompts started in this tab, so each new one gets its own editor history. */
  #started = $state(0);

  /** `images` hears which images this unsaved work names, so their clean-up never removes them. */
  constructor(storage: AppStorage, library: Library, images?: Pick<ImageCleanup, 'hold'>) {
    this.#storage = storage;
    this.#library = library;
    images?.hold(() => [this.#params, this.#storyboard, this.#shot]);
  }

  /** The stored prompt this is (undefined until a new prompt's first save). */
  get promptId(): string | undefined {
    return this.#promptId;
  }

  /** The rev this content was opened at or last saved as. */
  get baseRev(): number {
    return this.#baseRev;
  }

  get title(): string {
    return this.#title;
  }

  get text(): string {
    return this.#text;
  }

  get shot(): Shot | undefined {
    return this.#shot;
  }

  /** The storyboard, when the open prompt is one (undefined for a single-shot prompt). */
  get storyboard(): Storyboard | undefined {
    return this.#storyboard;
  }

  get params(): GenerationParams {
    return this.#params;
  }

  get saveState(): SaveState {
    return this.#saveState;
  }

  /** Why the last save failed, if it did. */
  get error(): StorageErrorKind | undefined {
    return this.#error;
  }

  /** The template a new prompt was started from (kept on its first save). */
  get templateId(): string | undefined {
    return this.#templateId;
  }

  /**
   * What the composer last wrote for each block (undefined: what the Shot composes to). A block
   * still reading like this in the text is untouched and follows the chips; one that does not was
   * edited by hand and is never overwritten. The composing itself lives in compose-shot.ts, loaded
   * with the composer, so the first page stays light.
   */
  get generated(): Blocks | undefined {
    return this.#generated;
  }

  /** Blocks whose chips changed while the person's hand edit was kept (they are asked what to do). */
  get held(): BlockKey[] {
    return this.#held;
  }

  /** Set after a save lost a race with another tab: the copy that holds this tab's text. */
  get conflictCopy(): Prompt | undefined {
    return this.#conflictCopy;
  }

  /** Set when another tab saved the open prompt while this tab had unsaved edits. */
  get changedElsewhere(): boolean {
    return this.#changedElsewhere;
  }

  /** True while the content shown is unsaved work restored from the last session. */
  get restoredDraft(): boolean {
    return this.#restoredDraft;
  }

  /** Names the open prompt for the editor (its undo history is kept per prompt). */
  readonly editorKey: string = $derived(this.#promptId ?? `new:${this.#started}`);

  /** Unsaved changes to what a version holds as prompt (title, text, Shot); parameters aside. */
  readonly textDirty: boolean = $derived(this.#title !== this.#saved.title || this.#text !== this.#saved.text || this.#shot !== this.#saved.shot || this.#storyboard !== this.#saved.storyboard);

  readonly dirty: boolean = $derived(this.textDirty || this.#params !== this.#saved.params);

  /** Restores unsaved work from the last session, if any. */
  async restoreDraft(): Promise<void> {
    this.#listen();
    const draft = await prompts.loadDraft(this.#storage.library, draftName).catch(() => undefined);
    if (!draft) return;
    const stored = draft.promptId ? this.#library.get(draft.promptId) : undefined;
    this.#promptId = stored?.id;
    this.#baseRev = stored ? draft.baseRev : 0;
    this.#saved = stored ? contentOf(stored) : emptyContent();
    this.#applyContent({ title: draft.title, text: draft.text, shot: draft.shot, storyboard: draft.storyboard, params: draft.params ?? defaultParams() });
    this.#restoredDraft = this.dirty;
    this.#saveState = this.dirty ? 'dirty' : 'clean';
  }

  /** Opens a stored prompt (unsaved edits to another prompt stay in the library as they were saved). */
  open(prompt: Prompt): void {
    this.#listen();
    this.#promptId = prompt.id;
    this.#baseRev = prompt.rev;
    this.#saved = contentOf(prompt);
    this.#applyContent(contentOf(prompt));
    this.#resetFlags();
    void this.#writeDraft();
  }

  /** Starts an empty prompt, optionally pre-filled (a template, a variant). */
  startNew(content: Partial<Content> = {}): void {
    this.#listen();
    this.#promptId = undefined;
    this.#baseRev = 0;
    this.#started++;
    this.#saved = emptyContent();
    this.#applyContent({ ...emptyContent(), ...content });
    this.#resetFlags();
    this.#edited();
  }

  /** Starts a new storyboard prompt: an empty cast sheet and three empty shots joined by cuts. */
  startStoryboard(): void {
    const board = storyboards().newStoryboard();
    this.startNew({ storyboard: board, text: storyboards().sequenceText(board) });
  }

  /** One field of the storyboard's cast sheet, as typed. */
  setCast(field: keyof CastSheet, value: string): void {
    this.#changeBoard((b) => storyboards().withCast(b, field, value));
  }

  /** Adds an empty shot after shot `after` (at the end by default). */
  addShot(after?: number): void {
    this.#changeBoard((b) => storyboards().withShotAdded(b, after));
  }

  removeShot(index: number): void {
    this.#changeBoard((b) => storyboards().withShotRemoved(b, index));
  }

  /** Moves a shot one place earlier (-1) or later (+1). */
  moveShot(index: number, by: -1 | 1): void {
    this.#changeBoard((b) => storyboards().withShotMoved(b, index, by));
  }

  /** A storyboard shot's Shot, as its composer changed it. */
  setStoryboardShot(index: number, shot: Shot): void {
    this.#changeBoard((b) => storyboards().withShot(b, index, shot));
  }

  setShotSeconds(index: number, seconds: number): void {
    this.#changeBoard((b) => storyboards().withShotSeconds(b, index, seconds));
  }

  setShotTransition(index: number, transition: Transition): void {
    this.#changeBoard((b) => storyboards().withShotTransition(b, index, transition));
  }

  /** A storyboard edit: the text is the whole sequence, rewritten from the storyboard. */
  #changeBoard(edit: (board: Storyboard) => Storyboard): void {
    const board = this.#storyboard;
    if (!board) return;
    const next = edit(board);
    if (next === board) return;
    this.#storyboard = next;
    this.#text = storyboards().sequenceText(next);
    this.#edited();
  }

  /** The title as typed. */
  setTitle(title: string): void {
    if (title === this.#title) return;
    this.#title = title;
    this.#edited();
  }

  /** The text as typed in the editor. */
  setText(text: string): void {
    if (text === this.#text) return;
    this.#text = text;
    this.#edited();
  }

  /** The generation parameters chosen for this prompt (saved with it). */
  setParams(params: GenerationParams): void {
    this.#params = params;
    this.#edited();
  }

  /** Takes a composer change (worked out by compose-shot.ts): the Shot, the text and what was written. */
  applyComposition(change: { shot: Shot; text: string; generated: Blocks; held: BlockKey[] }): void {
    this.#shot = change.shot;
    this.#text = change.text;
    this.#generated = change.generated;
    this.#held = change.held;
    this.#edited();
  }

  /** Saves the open prompt; the state says "saved" only after the transaction completed. Its tags stay as stored. */
  async save(): Promise<void> {
    if (this.#saveState === 'saving' || this.#storage.mode === 'blocked') return;
    this.#saveState = 'saving';
    this.#error = undefined;
    const content: Content = { title: this.#title, text: this.#text, shot: this.#shot, storyboard: this.#storyboard, params: this.#params };
    const draft: PromptDraft = {
      title: content.title.trim() || titleFromText(content.text),
      text: content.text,
      // A saved prompt keeps its stored tags (they are the library's to change); a conflict copy takes them along.
      tags: (this.#promptId && this.#library.get(this.#promptId)?.tags) || [],
      params: content.params,
      ...(content.shot ? { shot: content.shot } : {}),
      ...(content.storyboard ? { storyboard: $state.snapshot(content.storyboard) as Storyboard } : {}),
      ...(!this.#promptId && this.#templateId ? { templateId: this.#templateId } : {}),
    };
    try {
      const outcome = await this.#library.save(this.#promptId, this.#baseRev, draft);
      const saved = outcome.status === 'saved' ? outcome.prompt : outcome.copy;
      this.#conflictCopy = outcome.status === 'conflict' ? outcome.copy : undefined;
      this.#promptId = saved.id;
      this.#baseRev = saved.rev;
      if (this.#title.trim() === '') this.#title = saved.title;
      this.#saved = { ...content, title: saved.title };
      this.#changedElsewhere = false;
      this.#restoredDraft = false;
      // Typing during the save keeps the state dirty.
      this.#saveState = this.dirty ? 'dirty' : 'saved';
      await this.#writeDraft();
    } catch (error) {
      this.#error = this.#storage.classify(error);
      this.#saveState = 'error';
    }
  }

  /** Writes the draft now (used when the tab is hidden or closing). */
  flush(): void {
    this.#queueDraft();
  }

  /** Reloads the stored version of the open prompt, dropping this tab's unsaved edits. */
  discardAndReload(): void {
    const fresh = this.#promptId ? this.#library.get(this.#promptId) : undefined;
    if (fresh) this.open(fresh);
    else this.#applyContent(this.#saved);
  }

  /** After any change to the content: marks it unsaved and schedules the draft write. */
  #edited(): void {
    this.#saveState = this.dirty ? 'dirty' : this.#saveState === 'saved' ? 'saved' : 'clean';
    this.#queueDraft();
  }

  /**
   * Writes the draft at once, or right after the write in flight: at most one write runs and one
   * waits, so typing fast costs little, and a tab closed 100 ms after a keystroke loses nothing.
   */
  #queueDraft(): void {
    if (this.#draftWriting) {
      this.#draftPending = true;
      return;
    }
    this.#draftWriting = this.#writeDraft().finally(() => {
      this.#draftWriting = undefined;
      if (this.#draftPending) {
        this.#draftPending = false;
        this.#queueDraft();
      }
    });
  }

  async #writeDraft(): Promise<void> {
    if (this.#storage.mode !== 'persistent' && this.#storage.mode !== 'memory') return;
    try {
      if (!this.dirty) {
        await prompts.clearDraft(this.#storage.library, draftName);
        return;
      }
      await prompts.saveDraft(this.#storage.library, draftName, {
        ...(this.#promptId ? { promptId: this.#promptId } : {}),
        baseRev: this.#baseRev,
        title: this.#title,
        text: this.#text,
        ...(this.#shot ? { shot: $state.snapshot(this.#shot) as Shot } : {}),
        ...(this.#storyboard ? { storyboard: $state.snapshot(this.#storyboard) as Storyboard } : {}),
        params: $state.snapshot(this.#params) as GenerationParams,
        tags: [],
        updatedAt: Date.now(),
      });
    } catch {
      // The draft is a safety net; a failed write must not disturb typing. Saving reports errors.
    }
  }

  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    this.#storage.subscribe((change) => {
      const id = this.#promptId;
      if (change.type !== 'changed' || !id || this.#saveState === 'saving') return;
      if (!change.keys.includes(recordKey.prompt(id))) return;
      void prompts.getPrompt(this.#storage.library, id).then((fresh) => this.#onStoredChange(fresh), () => undefined);
    });
  }

  /** The open prompt was saved elsewhere (another tab, or a restore): follow it if nothing is unsaved here, else say so. */
  #onStoredChange(fresh: Prompt | undefined): void {
    if (!fresh || fresh.id !== this.#promptId || fresh.deletedAt !== undefined) return;
    if (fresh.rev <= this.#baseRev) {
      // A rename elsewhere is adopted unless the title was edited here.
      if (this.#title === this.#saved.title && fresh.title !== this.#saved.title) {
        this.#title = fresh.title;
        this.#saved = { ...this.#saved, title: fresh.title };
      }
      return;
    }
    if (this.dirty) {
      this.#changedElsewhere = true;
      return;
    }
    this.open(fresh);
  }

  #applyContent(content: Content): void {
    this.#title = content.title;
    this.#text = content.text;
    this.#shot = content.shot;
    this.#storyboard = content.storyboard;
    this.#params = content.params;
    this.#templateId = content.templateId;
    this.#generated = undefined;
    this.#held = [];
  }

  #resetFlags(): void {
    this.#saveState = 'clean';
    this.#error = undefined;
    this.#conflictCopy = undefined;
    this.#changedElsewhere = false;
    this.#restoredDraft = false;
  }
}

function contentOf(p: Prompt): Content {
  return { title: p.title, text: p.text, shot: p.shot, storyboard: p.storyboard, params: p.params, templateId: p.templateId };
}

export const compose = new ComposeSession(appStorage, sharedLibrary, imageCleanup);
