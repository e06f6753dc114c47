import { limits, titleFromText, type Prompt, type PromptDraft } from './prompt';
import type { GenerationParams } from './params';
import type { Variant } from './template';

/**
 * The variants of each parent among `prompts`: a variant counts only when its parent is among
 * them too, and each group keeps the order of `prompts`. The one way the app groups variants
 * (the library's groups, the Generate panel's batch, "compare variants", the list's counts).
 */
export function groupVariants(prompts: Iterable<Prompt>): Map<string, Prompt[]> {
  const list = [...prompts];
  const ids = new Set(list.map((p) => p.id));
  const groups = new Map<string, Prompt[]>();
  for (const p of list) {
    if (!p.parentId || !ids.has(p.parentId)) continue;
    const group = groups.get(p.parentId) ?? [];
    group.push(p);
    groups.set(p.parentId, group);
  }
  return groups;
}

/** A library list with variants placed under their parent. */
export interface VariantLayout {
  rows: Prompt[];
  /** How many listed variants each parent has. */
  counts: Map<string, number>;
}

/**
 * Groups variants under their parent, keeping the list's order otherwise: a parent's variants
 * follow it (oldest first) when it is expanded and are hidden when it is not. A variant whose
 * parent is not in the list (filtered out or deleted) stays where it was.
 */
export function arrangeVariants(list: readonly Prompt[], expanded: ReadonlySet<string>): VariantLayout {
  const children = groupVariants(list);
  const rows: Prompt[] = [];
  for (const p of list) {
    if (p.parentId && children.has(p.parentId)) continue;
    rows.push(p);
    const group = children.get(p.id);
    if (group && expanded.has(p.id)) rows.push(...[...group].sort((a, b) => a.createdAt - b.createdAt));
  }
  const counts = new Map([...children].map(([id, group]) => [id, group.length]));
  return { rows, counts };
}

/** What variants take from the prompt they are made from. */
export interface VariantParent {
  id: string;
  title: string;
  text: string;
  params: GenerationParams;
  templateId?: string | undefined;
}

/**
 * One new prompt per combination: titled "<parent> · <values>" (within the title limit), with the
 * combination's text and slot values, the parent's parameters and template, and no tags.
 */
export function variantDrafts(parent: VariantParent, variants: readonly Variant[]): PromptDraft[] {
  const parentTitle = variantParentTitle(parent);
  return variants.map((v) => ({
    title: `${parentTitle} · ${Object.values(v.slotValues).join(' / ')}`.slice(0, limits.titleLength),
    text: v.text,
    tags: [],
    params: parent.params,
    parentId: parent.id,
    slotValues: v.slotValues,
    ...(parent.templateId ? { templateId: parent.templateId } : {}),
  }));
}

/** The parent's title as its variants (and the toast announcing them) name it. */
export function variantParentTitle(parent: Pick<VariantParent, 'title' | 'text'>): string {
  return parent.title.trim() || titleFromText(parent.text);
}
