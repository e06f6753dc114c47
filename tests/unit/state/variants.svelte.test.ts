import { describe, expect, it } from 'vitest';
import { Library } from '../../../src/state/library.svelte';
import { VariantGroups } from '../../../src/state/variants.svelte';
import { openStorage } from './fakes';

describe('variant groups in the library list', () => {
  it('a parent hides its variants until opened, and counts them', async () => {
    const library = new Library(await openStorage());
    await library.load();
    const parent = await library.save(undefined, 0, { title: 'Parent', text: 'A {{x}}.', tags: [] });
    if (parent.status !== 'saved') throw new Error('no conflict expected');
    await library.createVariants({ id: parent.prompt.id, title: 'Parent', text: 'A {{x}}.', params: parent.prompt.params }, [
      { text: 'A cat.', slotValues: { x: 'cat' } },
      { text: 'A dog.', slotValues: { x: 'dog' } },
    ]);
    const groups = new VariantGroups(library);
    expect(groups.rows.map((p) => p.title)).toEqual(['Parent']);
    expect(groups.countOf(parent.prompt.id)).toBe(2);
    groups.toggle(parent.prompt.id);
    expect(groups.isOpen(parent.prompt.id)).toBe(true);
    expect(groups.rows.map((p) => p.title)).toEqual(['Parent', 'Parent · cat', 'Parent · dog']);
    groups.toggle(parent.prompt.id);
    expect(groups.rows).toHaveLength(1);
    groups.expand(parent.prompt.id);
    expect(groups.rows).toHaveLength(3);
  });
});
