import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/domain/params';
import { limits, type Prompt } from '../../../src/domain/prompt';
import { groupVariants, variantDrafts } from '../../../src/domain/variants';

const p = (id: string, parentId?: string): Prompt => ({ id, title: id, text: id, tags: [], favorite: false, params: defaultParams(), createdAt: 1, updatedAt: 1, rev: 1, ...(parentId ? { parentId } : {}) });

describe('groupVariants', () => {
  it('groups variants under parents that are present, in the given order', () => {
    const groups = groupVariants([p('v2', 'a'), p('a'), p('v1', 'a'), p('orphan', 'gone'), p('b')]);
    expect([...groups.keys()]).toEqual(['a']);
    expect(groups.get('a')?.map((x) => x.id)).toEqual(['v2', 'v1']);
  });
});

describe('variantDrafts', () => {
  const parent = { id: 'parent', title: 'Harbour', text: 'A harbour at {{lighting}}.', params: { ...defaultParams(), seconds: 6 }, templateId: 't1' };

  it('names each variant after its parent and values, and gives it the parent, its parameters and template, and no tags', () => {
    const [draft] = variantDrafts(parent, [{ text: 'A harbour at dusk.', slotValues: { lighting: 'dusk', subject: 'boats' } }]);
    expect(draft).toEqual({ title: 'Harbour · dusk / boats', text: 'A harbour at dusk.', tags: [], params: parent.params, parentId: 'parent', slotValues: { lighting: 'dusk', subject: 'boats' }, templateId: 't1' });
  });

  it('titles an untitled parent from its text, and keeps titles within the title limit', () => {
    const long = 'x'.repeat(limits.titleLength);
    const [untitled] = variantDrafts({ ...parent, title: ' ', templateId: undefined }, [{ text: 't', slotValues: { a: 'b' } }]);
    expect(untitled?.title.startsWith('A harbour at {{lighting}}.')).toBe(true);
    expect(untitled).not.toHaveProperty('templateId');
    const [capped] = variantDrafts({ ...parent, title: long }, [{ text: 't', slotValues: { a: 'b' } }]);
    expect(capped?.title).toHaveLength(limits.titleLength);
  });
});
