import { beforeAll, describe, expect, it } from 'vitest';
import { ComposeSession } from '../../../src/state/compose.svelte';
import { Library } from '../../../src/state/library.svelte';
import { fakeBrowser, settle } from './fakes';
import { emptyShot } from '../../../src/domain/shot';
import { newStoryboard, sequenceText } from '../../../src/domain/storyboard';
import * as edits from '../../../src/domain/storyboard-edit';
import { bindStoryboards } from '../../../src/state/storyboard-writer';

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

describe('a storyboard open in Compose', () => {
  // The app binds the writer when its storyboard chunk loads (ui/compose/compose-storyboard.ts).
  beforeAll(() => bindStoryboards({ ...edits, newStoryboard: () => newStoryboard(), sequenceText }));
  it('starts with a cast sheet and three shots, and its text is the whole sequence', async () => {
    const { compose } = await openTab();
    compose.startStoryboard();
    expect(compose.storyboard?.shots).toHaveLength(3);
    compose.setCast('characters', 'Mona, a tall woman with short grey hair');
    expect(compose.text).toContain('Characters: Mona, a tall woman with short grey hair.');
    expect(compose.saveState).toBe('dirty');
  });

  it('adds, removes and reorders shots, each change marking it unsaved', async () => {
    const { compose } = await openTab();
    compose.startStoryboard();
    ['waits', 'looks up', 'boards'].forEach((subject, i) => compose.setStoryboardShot(i, { ...emptyShot(), subject }));
    compose.addShot();
    expect(compose.storyboard?.shots).toHaveLength(4);
    compose.removeShot(3);
    compose.moveShot(2, -1);
    expect(compose.storyboard?.shots.map((s) => s.shot.subject)).toEqual(['waits', 'boards', 'looks up']);
    compose.setShotSeconds(0, 6);
    compose.setShotTransition(1, 'dissolve');
    expect(compose.storyboard?.shots[0]!.seconds).toBe(6);
    expect(compose.text).toContain('Dissolve to shot 2 (6-10 s):');
  });

  it('saves the storyboard with the prompt; reopening it gives the same shots', async () => {
    const { compose, library } = await openTab();
    compose.startStoryboard();
    compose.setTitle('Tram stop');
    compose.setCast('style', '16 mm film');
    compose.setStoryboardShot(1, { ...emptyShot(), subject: 'Mona looks up' });
    await compose.save();
    expect(compose.saveState).toBe('saved');
    const stored = library.get(compose.promptId!)!;
    expect(stored.storyboard?.shots[1]!.shot.subject).toBe('Mona looks up');
    expect(stored.storyboard?.cast.style).toBe('16 mm film');
    compose.startNew();
    expect(compose.storyboard).toBeUndefined();
    compose.open(stored);
    expect(compose.storyboard?.shots).toHaveLength(3);
    expect(compose.dirty).toBe(false);
  });

  it('unsaved storyboard work comes back in a new session from the draft', async () => {
    const browser = fakeBrowser();
    const first = await openTab(browser);
    first.compose.startStoryboard();
    first.compose.setCast('characters', 'Mona');
    first.compose.addShot();
    first.compose.flush();
    await settle();

    const second = await openTab(browser);
    await second.compose.restoreDraft();
    expect(second.compose.storyboard?.shots).toHaveLength(4);
    expect(second.compose.storyboard?.cast.characters).toBe('Mona');
    expect(second.compose.restoredDraft).toBe(true);
  });

  it('storyboard edits do nothing to a single-shot prompt', async () => {
    const { compose } = await openTab();
    compose.startNew({ text: 'A fox.' });
    compose.addShot();
    compose.setCast('characters', 'x');
    expect(compose.storyboard).toBeUndefined();
    expect(compose.text).toBe('A fox.');
  });
});
