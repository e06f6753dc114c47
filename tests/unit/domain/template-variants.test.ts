import { describe, expect, it } from 'vitest';
import { arrangeVariants } from '../../../src/domain/variants';
import { newPrompt, type Prompt } from '../../../src/domain/prompt';

const p = (id: string, createdAt: number, parentId?: string): Prompt => newPrompt(id, { title: id, text: id, tags: [], ...(parentId ? { parentId } : {}) }, createdAt);

describe('arrangeVariants', () => {
  const list = [p('v2', 5, 'parent'), p('other', 4), p('v1', 3, 'parent'), p('parent', 1)];

  it('a collapsed parent hides its variants and counts them', () => {
    const { rows, counts } = arrangeVariants(list, new Set());
    expect(rows.map((r) => r.id)).toEqual(['other', 'parent']);
    expect(counts.get('parent')).toBe(2);
  });

  it('an expanded parent lists its variants right under it, oldest first', () => {
    expect(arrangeVariants(list, new Set(['parent'])).rows.map((r) => r.id)).toEqual(['other', 'parent', 'v1', 'v2']);
  });

  it('a variant whose parent is not listed stays in place', () => {
    expect(arrangeVariants([p('v1', 3, 'gone'), p('other', 2)], new Set()).rows.map((r) => r.id)).toEqual(['v1', 'other']);
  });
});
