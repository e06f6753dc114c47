import { describe, expect, it } from 'vitest';
import { Library } from '../../../src/state/library.svelte';
import { AppStorage } from '../../../src/state/storage.svelte';
import type { KeyKind } from '../../../src/storage/db';
import { fakeBrowser, openStorage, settle } from './fakes';

/** A tab whose first read of a kind is held (after it read) until `release()`. */
class SlowFirstRead extends AppStorage {
  readDone!: () => void;
  readonly read = new Promise<void>((resolve) => (this.readDone = resolve));
  release!: () => void;
  readonly #held = new Promise<void>((resolve) => (this.release = resolve));

  override follow<T>(kind: KeyKind, read: () => Promise<T>, onIds: (ids: string[]) => unknown): Promise<T> {
    return super.follow(
      kind,
      async () => {
        const value = await read();
        this.readDone();
        await this.#held;
        return value;
      },
      onIds,
    );
  }
}

describe('two tabs and one library', () => {
  it('R8: a tab that starts loading while another saves shows the newer save, not the copy it read first', async () => {
    const browser = fakeBrowser();
    // Tab A: loaded and holding one prompt.
    const tabA = new Library(await browser.tab());
    await tabA.load();
    const first = await tabA.save(undefined, 0, { title: 'Dunes', text: 'First text.', tags: [] });
    if (first.status !== 'saved') throw new Error('the first save should not conflict');

    // Tab B: its first read of the library is held until tab A has saved again.
    const slow = new SlowFirstRead({ feedName: browser.feedName });
    const tabB = new Library(await browser.tab(slow));
    const loading = tabB.load();
    await slow.read;
    await tabA.save(first.prompt.id, first.prompt.rev, { title: 'Dunes', text: 'Second text, saved while tab B loaded.', tags: [] });
    await settle();
    slow.release();
    await loading;
    await settle();

    expect(tabB.get(first.prompt.id)?.text).toBe('Second text, saved while tab B loaded.');
    expect(tabB.get(first.prompt.id)?.rev).toBe(2);
  });

  it('a save in one tab shows in the other, marked as changed elsewhere', async () => {
    const browser = fakeBrowser();
    const tabA = new Library(await browser.tab());
    const tabB = new Library(await browser.tab());
    await Promise.all([tabA.load(), tabB.load()]);
    const saved = await tabA.save(undefined, 0, { title: 'Harbour', text: 'Boats at dawn.', tags: [] });
    if (saved.status !== 'saved') throw new Error('no conflict expected');
    await settle();
    expect(tabB.get(saved.prompt.id)?.title).toBe('Harbour');
    expect(tabB.remoteChanged.has(saved.prompt.id)).toBe(true);
    expect(tabA.remoteChanged.has(saved.prompt.id)).toBe(false);
  });
});

describe('the library of one tab', () => {
  it('search and filters narrow the visible list; clearing them shows everything again', async () => {
    const library = new Library(await openStorage());
    await library.load();
    await library.save(undefined, 0, { title: 'Dunes', text: 'A walker crosses the dunes.', tags: ['desert'] });
    const sea = await library.save(undefined, 0, { title: 'Sea', text: 'Waves at night.', tags: ['water'] });
    if (sea.status !== 'saved') throw new Error('no conflict expected');
    await library.toggleFavorite(sea.prompt.id);
    expect(library.count).toBe(2);

    library.search('dunes');
    expect(library.visible.map((p) => p.title)).toEqual(['Dunes']);
    library.search('');
    library.filterBy({ favoritesOnly: true });
    expect(library.visible.map((p) => p.title)).toEqual(['Sea']);
    library.filterBy({ favoritesOnly: false, tag: 'DESERT' });
    expect(library.visible.map((p) => p.title)).toEqual(['Dunes']);
    library.clearFilters();
    expect(library.visible).toHaveLength(2);
    expect(library.tags.map((t) => t.tag).sort()).toEqual(['desert', 'water']);
  });

  it('variants are made from a parent with its parameters and template, titled after it, and grouped under it', async () => {
    const library = new Library(await openStorage());
    await library.load();
    const parent = await library.save(undefined, 0, { title: 'City at {{lighting}}', text: 'A city at {{lighting}}.', tags: ['city'] });
    if (parent.status !== 'saved') throw new Error('no conflict expected');
    const params = { ...parent.prompt.params, seconds: 4 };
    const created = await library.createVariants({ id: parent.prompt.id, title: '  ', text: 'A city at {{lighting}}.', params, templateId: 'tpl1' }, [
      { text: 'A city at dusk.', slotValues: { lighting: 'dusk' } },
      { text: 'A city at noon.', slotValues: { lighting: 'noon' } },
    ]);
    expect(created.map((p) => p.title)).toEqual(['A city at {{lighting}}. · dusk', 'A city at {{lighting}}. · noon']);
    expect(created.every((p) => p.parentId === parent.prompt.id && p.templateId === 'tpl1' && p.params.seconds === 4 && p.tags.length === 0)).toBe(true);
    expect(library.variantsOf(parent.prompt.id).map((p) => p.id).sort()).toEqual(created.map((p) => p.id).sort());

    await library.remove(parent.prompt.id);
    expect(library.variantsOf(parent.prompt.id)).toEqual([]);
    await library.undoRemove(parent.prompt.id);
    expect(library.variantsOf(parent.prompt.id)).toHaveLength(2);
  });

  it('a deleted prompt is hidden at once and comes back with undo', async () => {
    const library = new Library(await openStorage());
    await library.load();
    const saved = await library.save(undefined, 0, { title: 'Gone', text: 'Soon gone.', tags: [] });
    if (saved.status !== 'saved') throw new Error('no conflict expected');
    await library.remove(saved.prompt.id);
    expect(library.get(saved.prompt.id)).toBeUndefined();
    expect(library.count).toBe(0);
    await library.undoRemove(saved.prompt.id);
    expect(library.get(saved.prompt.id)?.title).toBe('Gone');
  });
});
