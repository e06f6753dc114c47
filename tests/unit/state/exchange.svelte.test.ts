import { describe, expect, it } from 'vitest';
import { Exchange } from '../../../src/state/exchange.svelte';
import { Library } from '../../../src/state/library.svelte';
import { fakeBrowser } from './fakes';
import { newStoryboard } from '../../../src/domain/storyboard';

describe('files in and out', () => {
  it('a whole-library JSON export holds the prompts and counts as a backup', async () => {
    const storage = await fakeBrowser().tab();
    const library = new Library(storage);
    await library.load();
    await library.save(undefined, 0, { title: 'Kept', text: 'A lighthouse at dusk.', tags: ['sea'] });
    const exchange = new Exchange(storage, library);
    await exchange.loadBackupInfo();
    expect(exchange).toMatchObject({ backupKnown: true, lastBackupAt: undefined });

    const built = await exchange.build({ kind: 'all' }, 'json');
    expect(built.prompts).toBe(1);
    expect(built.fileName).toMatch(/^laqta-library-\d{4}-\d{2}-\d{2}\.laqta\.json$/);
    const file = JSON.parse(await built.blob.text());
    expect(file.format).toBe('laqta-library');
    expect(file.prompts[0]).toMatchObject({ title: 'Kept', tags: ['sea'] });
    expect(exchange.lastBackupAt).toBeGreaterThan(0);

    const later = new Exchange(storage, library);
    await later.loadBackupInfo();
    expect(later.lastBackupAt).toBe(exchange.lastBackupAt);
  });

  it('a shot list export holds the storyboards among the chosen prompts, in the interface language, and is not a backup', async () => {
    const storage = await fakeBrowser().tab();
    const library = new Library(storage);
    await library.load();
    const storyboard = newStoryboard(2);
    storyboard.shots[1] = { ...storyboard.shots[1]!, seconds: 2.5, transition: 'dissolve' };
    await library.save(undefined, 0, { title: 'Tram stop', text: 'Mona waits.', tags: [], storyboard });
    await library.save(undefined, 0, { title: 'Plain', text: 'A lighthouse at dusk.', tags: [] });
    const exchange = new Exchange(storage, library);
    await exchange.loadBackupInfo();

    const built = await exchange.build({ kind: 'all' }, 'shotList');
    expect(built.prompts).toBe(1);
    expect(built.fileName).toMatch(/^laqta-shot-list-\d{4}-\d{2}-\d{2}\.md$/);
    const md = await built.blob.text();
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Tram stop', '## Shot 1 · 4 s', '## Shot 2 · 2.5 s']);
    expect(md).toContain('Storyboard · 2 shots · 6.5 s');
    expect(md).toContain('**Transition:** Dissolve');
    expect(md).toContain('**Time:** 4–6.5 s');
    expect(md).not.toContain('lighthouse');
    expect(exchange.lastBackupAt).toBeUndefined();
  });

  it('starts idle, and closing forgets any preview', async () => {
    const storage = await fakeBrowser().tab();
    const exchange = new Exchange(storage, new Library(storage));
    exchange.chooseAll('replace');
    exchange.close();
    expect(exchange).toMatchObject({ phase: 'idle', plan: undefined, failure: undefined });
    expect(exchange.choiceFor('prompt/x')).toBe('keepBoth');
  });
});
