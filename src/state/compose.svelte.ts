import { defaultParams, type GenerationParams } from '../domain/params';
import { titleFromText, type Prompt, type PromptDraft } from '../domain/prompt';
import type { BlockKey, Blocks } from '../domain/compose';
import type { Shot } from '../domain/shot';
import type { StorageErrorKind } from '../storage/db';
import * as prompts from '../storage/prompts';
import { library } from './library.svelte';
import { appStorage } from './storage.svelte';

export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'error';

const draftName = 'compose';

interface Content {
  title: string;
  text: string;
  shot: Shot | undefined;
  params: GenerationParams;
  templateId?: string | undefined;
}

/**
 * The prompt open in Compose: its editable content, where it came from (id + rev), and whether
 * it is saved. Unsaved work is mirrored to a draft record as it is typed (coalesced writes), so
 * closing the tab never loses typing.
 */
class ComposeSession {
  promptId = $state<string | undefined>(undefined);
  baseRev = $state(0);
  title = $state('');
  text = $state('');
  shot = $state.raw<Shot | undefined>(undefined);
  params = $state.raw<GenerationParams>(defaultParams());
  saveState = $state<SaveState>('clean');
  error = $state<StorageErrorKind | undefined>(undefined);
  /** The template a new prompt was started from (kept on its first save). */
  templateId = $state<string | undefined>(undefined);
  /**
   * What the composer last wrote for each block (undefined: what the Shot composes to). A block
   * still reading like this in the text is untouched and follows the chips; one that does not was
   * edited by hand and is never overwritten. The composing itself lives in compose-shot.ts, loaded
   * with the composer, so the first page stays light.
   */
  generated = $state.raw<Blocks | undefined>(undefined);
  /** Blocks whose chips changed while the person's hand edit was kept (they are asked what to do). */
  held = $state.raw<BlockKey[]>([]);
  /** Set after a save lost a race with another tab: the copy that holds this tab's text. */
  conflictCopy = $state.raw<Prompt | undefined>(undefined);
  /** Set when another tab saved the open prompt while this tab had unsaved edits. */
  changedElsewhere = $state(false);
  restoredDraft = $state(false);
  /** The content as last saved (or opened): what "unsaved" is measured against. */
  #saved = $state.raw<Content>({ title: '', text: '', shot: undefined, params: defaultParams() });
  /** The draft write in flight, if any; edits made meanwhile are written right after it. */
  #draftWriting: Promise<void> | undefined;
  #draftPending = false;
  #listening = false;

  /** Counts prompts started in this tab, so each new one gets its own editor history. */
  #started = $state(0);
  /** Names the open prompt for the editor (its undo history is kept per prompt). */
  readonly editorKey: string = $derived(this.promptId ?? `new:${this.#started}`);

  /** Unsaved changes to what a version holds as prompt (title, text, Shot); parameters aside. */
  readonly textDirty: boolean = $derived(this.title !== this.#saved.title || this.text !== this.#saved.text || this.shot !== this.#saved.shot);

  readonly dirty: boolean = $derived(
    this.title !== this.#saved.title || this.text !== this.#saved.text || this.shot !== this.#saved.shot || this.params !== this.#saved.params,
  );

  /** Restores unsaved work from the last session, if any. */
  async restoreDraft(): Promise<void> {
    this.#listen();
    const draft = await prompts.loadDraft(appStorage.library, draftName).catch(() => undefined);
    if (!draft) return;
    const stored = draft.promptId ? library.get(draft.promptId) : undefined;
    this.promptId = stored?.id;
    this.baseRev = stored ? draft.baseRev : 0;
    this.#setSaved(stored ? contentOf(stored) : { title: '', text: '', shot: undefined, params: defaultParams() });
    this.#applyContent({ title: draft.title, text: draft.text, shot: draft.shot, params: draft.params ?? defaultParams() });
    this.restoredDraft = this.dirty;
    this.saveState = this.dirty ? 'dirty' : 'clean';
  }

  /** Opens a stored prompt (unsaved edits to another prompt stay in the library as they were saved). */
  open(prompt: Prompt): void {
    this.#listen();
    this.promptId = prompt.id;
    this.baseRev = prompt.rev;
    this.#setSaved(contentOf(prompt));
    this.#applyContent(contentOf(prompt));
    this.#resetFlags();
    void this.#writeDraft();
  }

  /** Starts an empty prompt, optionally pre-filled (a template, a variant). */
  startNew(content: Partial<Content> = {}): void {
    this.#listen();
    this.promptId = undefined;
    this.baseRev = 0;
    this.#started++;
    this.#setSaved({ title: '', text: '', shot: undefined, params: defaultParams() });
    this.#applyContent({ title: '', text: '', shot: undefined, params: defaultParams(), ...content });
    this.#resetFlags();
    this.edited();
  }

  /** Takes a composer change (worked out by compose-shot.ts): the Shot, the text and what was written. */
  applyComposition(change: { shot: Shot; text: string; generated: Blocks; held: BlockKey[] }): void {
    this.shot = change.shot;
    this.text = change.text;
    this.generated = change.generated;
    this.held = change.held;
    this.edited();
  }

  /** The text as typed in the editor. */
  setText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.edited();
  }

  setParams(params: GenerationParams): void {
    this.params = params;
    this.edited();
  }

  /** Call after any change to the content: marks it unsaved and schedules the draft write. */
  edited(): void {
    this.saveState = this.dirty ? 'dirty' : this.saveState === 'saved' ? 'saved' : 'clean';
    this.#queueDraft();
  }

  /** Saves the open prompt; the state says "saved" only after the transaction completed. */
  async save(tags: string[] = []): Promise<void> {
    if (this.saveState === 'saving' || appStorage.mode === 'blocked') return;
    this.saveState = 'saving';
    this.error = undefined;
    const content: Content = { title: this.title, text: this.text, shot: this.shot, params: this.params };
    const draft: PromptDraft = {
      title: content.title.trim() || titleFromText(content.text),
      text: content.text,
      tags,
      params: content.params,
      ...(content.shot ? { shot: content.shot } : {}),
      ...(!this.promptId && this.templateId ? { templateId: this.templateId } : {}),
    };
    try {
      const outcome = await library.save(this.promptId, this.baseRev, draft);
      const saved = outcome.status === 'saved' ? outcome.prompt : outcome.copy;
      this.conflictCopy = outcome.status === 'conflict' ? outcome.copy : undefined;
      this.promptId = saved.id;
      this.baseRev = saved.rev;
      if (this.title.trim() === '') this.title = saved.title;
      this.#setSaved({ ...content, title: saved.title });
      this.changedElsewhere = false;
      this.restoredDraft = false;
      // Typing during the save keeps the state dirty.
      this.saveState = this.dirty ? 'dirty' : 'saved';
      await this.#writeDraft();
    } catch (error) {
      this.error = appStorage.classify(error);
      this.saveState = 'error';
    }
  }

  /** Writes the draft now (used when the tab is hidden or closing). */
  flush(): void {
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
    if (appStorage.mode !== 'persistent' && appStorage.mode !== 'memory') return;
    try {
      if (!this.dirty) {
        await prompts.clearDraft(appStorage.library, draftName);
        return;
      }
      await prompts.saveDraft(appStorage.library, draftName, {
        ...(this.promptId ? { promptId: this.promptId } : {}),
        baseRev: this.baseRev,
        title: this.title,
        text: this.text,
        ...(this.shot ? { shot: $state.snapshot(this.shot) as Shot } : {}),
        params: $state.snapshot(this.params) as GenerationParams,
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
    appStorage.subscribe((change) => {
      if (change.type !== 'changed' || !this.promptId || this.saveState === 'saving') return;
      if (!change.keys.includes(`prompt/${this.promptId}`)) return;
      void prompts.getPrompt(appStorage.library, this.promptId).then((fresh) => this.#onStoredChange(fresh), () => undefined);
    });
  }

  /** The open prompt was saved elsewhere (another tab, or a restore): follow it if nothing is unsaved here, else say so. */
  #onStoredChange(fresh: Prompt | undefined): void {
    if (!fresh || fresh.id !== this.promptId || fresh.deletedAt !== undefined) return;
    if (fresh.rev <= this.baseRev) {
      // A rename elsewhere is adopted unless the title was edited here.
      if (fresh && this.title === this.#saved.title && fresh.title !== this.#saved.title) {
        this.title = fresh.title;
        this.#saved = { ...this.#saved, title: fresh.title };
      }
      return;
    }
    if (this.dirty) {
      this.changedElsewhere = true;
      return;
    }
    this.open(fresh);
  }

  #setSaved(content: Content): void {
    this.#saved = content;
  }

  #applyContent(content: Content): void {
    this.title = content.title;
    this.text = content.text;
    this.shot = content.shot;
    this.params = content.params;
    this.templateId = content.templateId;
    this.generated = undefined;
    this.held = [];
  }

  #resetFlags(): void {
    this.saveState = 'clean';
    this.error = undefined;
    this.conflictCopy = undefined;
    this.changedElsewhere = false;
    this.restoredDraft = false;
  }

  /** Reloads the stored version of the open prompt, dropping this tab's unsaved edits. */
  discardAndReload(): void {
    const fresh = this.promptId ? library.get(this.promptId) : undefined;
    if (fresh) this.open(fresh);
    else this.#applyContent(this.#saved);
  }
}

function contentOf(p: Prompt): Content {
  return { title: p.title, text: p.text, shot: p.shot, params: p.params, templateId: p.templateId };
}

export const compose = new ComposeSession();
