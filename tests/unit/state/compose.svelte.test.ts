import { describe, expect, it } from 'vitest';
import { ComposeSession } from '../../../src/state/compose.svelte';
import { Library } from '../../../src/state/library.svelte';
import { fakeBrowser, settle } from './fakes';

async function openTab(browser = fakeBrowser()) {
  const storage = await browser.tab();
  const library = new Library(storage);
  await library.load();
  return { storage, library, compose: new ComposeSession(storage, library), browser };
}

describe('the prompt open in Compose', () => {
  it('every change marks it unsaved; saving says "saved" only once written, titled from the text when untitled', async () => {
    const { compose, library } = await openTab();
    compose.startNew();
    compose.setText('A fox runs through snow at dawn.');
    expect(compose.saveState).toBe('dirty');
    const saving = compose.save();
    expect(compose.saveState).toBe('saving');
    await saving;
    expect(compose.saveState).toBe('saved');
    expect(compose.promptId).toBeDefined();
    expect(compose.title).toBe(library.get(compose.promptId!)?.title);
    expect(compose.title).not.toBe('');

    compose.setTitle('Fox');
    expect(compose.saveState).toBe('dirty');
    compose.setParams({ ...compose.params, seconds: 4 });
    expect(compose.dirty).toBe(true);
    await compose.save();
    expect(library.get(compose.promptId!)).toMatchObject({ title: 'Fox', rev: 2, params: { seconds: 4 } });
  });

  it("a save keeps the tags the library gave the prompt", async () => {
    const { compose, library } = await openTab();
    compose.startNew({ title: 'Tagged', text: 'Rain on a window.' });
    await compose.save();
    const id = compose.promptId!;
    await library.setTags(id, ['rain', 'night']);
    compose.setText('Rain on a window, slow push-in.');
    await compose.save();
    expect(library.get(id)?.tags).toEqual(['rain', 'night']);
  });

  it('unsaved work comes back in a new session from the draft', async () => {
    const browser = fakeBrowser();
    const first = await openTab(browser);
    first.compose.startNew();
    first.compose.setTitle('Draft');
    first.compose.setText('Typed, never saved.');
    first.compose.flush();
    await settle();

    const second = await openTab(browser);
    await second.compose.restoreDraft();
    expect(second.compose).toMatchObject({ title: 'Draft', text: 'Typed, never saved.', restoredDraft: true, saveState: 'dirty' });
  });

  it('a save of the open prompt in another tab is followed when nothing is unsaved here, and announced when something is', async () => {
    const browser = fakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    a.compose.startNew({ title: 'Shared', text: 'First.' });
    await a.compose.save();
    await settle();
    b.compose.open(b.library.get(a.compose.promptId!)!);

    a.compose.setText('Second, from tab A.');
    await a.compose.save();
    await settle();
    expect(b.compose.text).toBe('Second, from tab A.');
    expect(b.compose.changedElsewhere).toBe(false);

    b.compose.setText('Tab B edits.');
    a.compose.setText('Third, from tab A.');
    await a.compose.save();
    await settle();
    expect(b.compose.text).toBe('Tab B edits.');
    expect(b.compose.changedElsewhere).toBe(true);
    b.compose.discardAndReload();
    expect(b.compose.text).toBe('Third, from tab A.');
    expect(b.compose.changedElsewhere).toBe(false);
  });

  it('a save based on an older version keeps both texts: this one becomes a conflict copy', async () => {
    const browser = fakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    a.compose.startNew({ title: 'Race', text: 'Original.' });
    await a.compose.save();
    await settle();
    b.compose.open(b.library.get(a.compose.promptId!)!);
    b.compose.setText('B wins?');
    a.compose.setText('A saves first.');
    await a.compose.save();
    await b.compose.save();
    expect(b.compose.conflictCopy?.text).toBe('B wins?');
    expect(b.library.get(a.compose.promptId!)?.text).toBe('A saves first.');
  });
});
