import type { Shot } from './shot';
import type { Storyboard } from './storyboard';
import { defaultParams, type GenerationParams } from './params';

/**
 * A prompt in the library. The text is the source of truth; the Shot is the structured form it
 * was composed from, kept so the composer can reopen it. `rev` counts saves: every save makes
 * one PromptVersion, and a save based on an old rev is a conflict, never a silent overwrite.
 */
export interface Prompt {
  id: string;
  title: string;
  text: string;
  shot?: Shot;
  /** Set when the prompt is a storyboard: ordered shots sharing a cast sheet (see storyboard.ts). */
  storyboard?: Storyboard;
  params: GenerationParams;
  tags: string[];
  collection?: string;
  favorite: boolean;
  parentId?: string;
  templateId?: string;
  slotValues?: Record<string, string>;
  /** Set when this prompt holds the text of a save that lost a race with another tab. */
  conflictOf?: string;
  createdAt: number;
  updatedAt: number;
  rev: number;
  /** Set while a deletion can still be undone; such prompts are hidden and purged later. */
  deletedAt?: number;
}

export interface PromptVersion {
  promptId: string;
  rev: number;
  title: string;
  text: string;
  shot?: Shot;
  storyboard?: Storyboard;
  params: GenerationParams;
  savedAt: number;
  note?: string;
}

/** What an editor hands to storage: the content of a prompt, without its bookkeeping. */
export type PromptDraft = Pick<Prompt, 'title' | 'text' | 'tags'> &
  Partial<Pick<Prompt, 'shot' | 'storyboard' | 'params' | 'collection' | 'favorite' | 'parentId' | 'templateId' | 'slotValues'>>;

export const limits = {
  titleLength: 200,
  textLength: 20_000,
  tagLength: 40,
  tagCount: 30,
} as const;

/** Builds a brand-new prompt record at rev 0 (the first save makes it rev 1). */
export function newPrompt(id: string, draft: PromptDraft, now: number): Prompt {
  return {
    id,
    title: draft.title,
    text: draft.text,
    ...(draft.shot ? { shot: draft.shot } : {}),
    ...(draft.storyboard ? { storyboard: draft.storyboard } : {}),
    params: draft.params ?? defaultParams(),
    tags: normaliseTags(draft.tags),
    ...(draft.collection ? { collection: draft.collection } : {}),
    favorite: draft.favorite ?? false,
    ...(draft.parentId ? { parentId: draft.parentId } : {}),
    ...(draft.templateId ? { templateId: draft.templateId } : {}),
    ...(draft.slotValues ? { slotValues: draft.slotValues } : {}),
    createdAt: now,
    updatedAt: now,
    rev: 0,
  };
}

/** Tags are trimmed, lower-cased for comparison, de-duplicated, and kept in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, limits.tagLength);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, limits.tagCount);
}

/** Splits what a person typed into a tag field ("dusk, drone; Riyadh") into tags. */
export function parseTagInput(input: string): string[] {
  return normaliseTags(input.split(/[,،;\n]/));
}

/** The first non-empty line of the text, for list rows. */
export function firstLine(text: string): string {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) return trimmed;
  }
  return '';
}

/** A short title from the text, for prompts saved without one. */
export function titleFromText(text: string): string {
  const line = firstLine(text);
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return (space > 30 ? cut.slice(0, space) : cut) + '…';
}

export function versionFromPrompt(prompt: Prompt, savedAt: number, note?: string): PromptVersion {
  return {
    promptId: prompt.id,
    rev: prompt.rev,
    title: prompt.title,
    text: prompt.text,
    ...(prompt.shot ? { shot: prompt.shot } : {}),
    ...(prompt.storyboard ? { storyboard: prompt.storyboard } : {}),
    params: prompt.params,
    savedAt,
    ...(note ? { note } : {}),
  };
}
