import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as PromptStore from '../../../src/storage/prompts';

const libraryModule = '../../../src/state/library.svelte';
const promptStore = '../../../src/storage/prompts';
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => {
  vi.doUnmock(promptStore);
  vi.resetModules();
});

describe('two tabs and one library', () => {
  it('a tab that starts loading while another saves shows the newer save, not the copy it read first', async () => {
    // Tab A: its own module instances, loaded and holding one prompt.
    vi.resetModules();
    const tabA = (await import(libraryModule)).library;
    await tabA.load();
    const first = await tabA.save(undefined, 0, { title: 'Dunes', text: 'First text.', tags: [] });
    if (first.status !== 'saved') throw new Error('the first save should not conflict');

    // Tab B: fresh instances whose first read of the library is held until tab A has saved again.
    vi.resetModules();
    let readDone!: () => void;
    const read = new Promise<void>((resolve) => (readDone = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.doMock(promptStore, async (importOriginal) => {
      const real = await importOriginal<typeof PromptStore>();
      return {
        ...real,
        listPrompts: async (store: Parameters<typeof real.listPrompts>[0]) => {
          const list = await real.listPrompts(store);
          readDone();
          await held;
          return list;
        },
      };
    });
    const tabB = (await import(libraryModule)).library;
    const loading = tabB.load();
    await read;
    await tabA.save(first.prompt.id, first.prompt.rev, { title: 'Dunes', text: 'Second text, saved while tab B loaded.', tags: [] });
    await settle();
    release();
    await loading;
    await settle();

    expect(tabB.get(first.prompt.id)?.text).toBe('Second text, saved while tab B loaded.');
    expect(tabB.get(first.prompt.id)?.rev).toBe(2);
  });
});
