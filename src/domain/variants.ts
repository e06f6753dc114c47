import type { Prompt } from './prompt';

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
  const listed = new Set(list.map((p) => p.id));
  const children = new Map<string, Prompt[]>();
  for (const p of list) {
    if (!p.parentId || !listed.has(p.parentId)) continue;
    const group = children.get(p.parentId) ?? [];
    group.push(p);
    children.set(p.parentId, group);
  }
  const rows: Prompt[] = [];
  for (const p of list) {
    if (p.parentId && listed.has(p.parentId)) continue;
    rows.push(p);
    const group = children.get(p.id);
    if (group && expanded.has(p.id)) rows.push(...[...group].sort((a, b) => a.createdAt - b.createdAt));
  }
  const counts = new Map([...children].map(([id, group]) => [id, group.length]));
  return { rows, counts };
}
