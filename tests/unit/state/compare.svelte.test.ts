import { describe, expect, it } from 'vitest';
import { pickWinner, setNotes } from '../../../src/domain/comparison';
import { CompareState, formatColumnRefs, parseColumnRefs } from '../../../src/state/compare.svelte';
import { Library } from '../../../src/state/library.svelte';
import { fakeBrowser, settle } from './fakes';
import { newRun, type Run } from '../../../src/domain/run';
import { defaultParams } from '../../../src/domain/params';
import { saveRun } from '../../../src/storage/runs';
import { recordKey } from '../../../src/storage/db';

async function openTab(browser = fakeBrowser()) {
  const storage = await browser.tab();
  const library = new Library(storage);
  await library.load();
  return { library, compare: new CompareState(storage, library) };
}

async function openTabWithStorage(browser = fakeBrowser()) {
  const storage = await browser.tab();
  const library = new Library(storage);
  await library.load();
  return { library, storage, compare: new CompareState(storage, library) };
}

async function twoPrompts(library: Library) {
  const a = await library.save(undefined, 0, { title: 'Golden', text: 'Dunes at golden hour.', tags: [] });
  const b = await library.save(undefined, 0, { title: 'Blue', text: 'Dunes at blue hour.', tags: [] });
  if (a.status !== 'saved' || b.status !== 'saved') throw new Error('no conflict expected');
  return [a.prompt, b.prompt] as const;
}

describe('the Compare state', () => {
  it('opens a new comparison of current versions, unsaved until recorded, with each column\'s text', async () => {
    const { library, compare } = await openTab();
    const [a, b] = await twoPrompts(library);
    await compare.openNew([{ promptId: a.id }, { promptId: b.id }]);
    expect(compare.stored).toBe(false);
    expect(compare.contents.map((c) => (c.missing ? '' : c.text))).toEqual(['Dunes at golden hour.', 'Dunes at blue hour.']);

    await compare.record(setNotes('blue reads colder'));
    expect(compare.stored).toBe(true);
    expect(compare.list.map((c) => c.notes)).toEqual(['blue reads colder']);
    await compare.record(pickWinner(1));
    expect(compare.current?.winner?.promptId).toBe(b.id);
  });

  it('says when there are too few prompts or the comparison is gone, and a removed comparison is closed', async () => {
    const { library, compare } = await openTab();
    const [a, b] = await twoPrompts(library);
    await compare.openNew([{ promptId: a.id }, { promptId: 'nope' }]);
    expect(compare.problem).toBe('tooFew');
    await compare.open('missing');
    expect(compare.problem).toBe('notFound');
    await compare.openNew([{ promptId: a.id }, { promptId: b.id }]);
    const saved = await compare.record();
    await compare.remove(saved!.id);
    expect(compare.current).toBeUndefined();
    expect(compare.list).toEqual([]);
  });

  it("another tab's saved comparisons appear in the list", async () => {
    const browser = fakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    const stop = b.compare.start();
    const [p, q] = await twoPrompts(a.library);
    await a.compare.openNew([{ promptId: p.id }, { promptId: q.id }]);
    await a.compare.record();
    await settle();
    expect(b.compare.list).toHaveLength(1);
    stop();
  });

  it('picks at most four prompts for the next comparison, and reads and writes column addresses', async () => {
    const { compare } = await openTab();
    for (const id of ['a', 'b', 'c', 'd']) expect(compare.toggle(id)).toBe(true);
    expect(compare.toggle('e')).toBe(false);
    expect(compare.toggle('a')).toBe(true);
    expect([...compare.selection]).toEqual(['b', 'c', 'd']);
    expect(parseColumnRefs('a, b@2,c@x')).toEqual([{ promptId: 'a' }, { promptId: 'b', rev: 2 }, { promptId: 'c' }]);
    expect(formatColumnRefs([{ promptId: 'a' }, { promptId: 'b', rev: 2 }])).toBe('a,b@2');
  });

  it("shows each column's takes, and a take from 'generate all' becomes the column's result when it succeeds", async () => {
    const { library, compare, storage } = await openTabWithStorage();
    const [a, b] = await twoPrompts(library);
    const params = { ...defaultParams(), provider: 'previz', seconds: 4 };
    const done = (id: string, promptId: string, at: number, seed: number): Run => ({
      ...newRun({ id, promptId, rev: 1, text: 'x', params: { ...params, seed }, now: at }),
      status: 'succeeded',
      media: { video: id, mimeType: 'video/webm', bytes: 10 },
    });
    for (const [i, seed] of [11, 22, 33].entries()) await saveRun(storage.library, done(`a${i}`, a.id, 100 + i, seed));
    const stop = compare.start();
    await compare.openNew([{ promptId: a.id }, { promptId: b.id }]);
    expect(compare.takesOf(0)?.takes.map((t) => [t.index, t.run.params.seed])).toEqual([
      [1, 11],
      [2, 22],
      [3, 33],
    ]);
    expect(compare.takesOf(1)).toBeUndefined();

    // Two takes started for B: the first to succeed is shown; the column waits for the other.
    const pending = (id: string, seed: number) => ({ ...done(id, b.id, 200, seed), status: 'pending' as const, media: undefined });
    await saveRun(storage.library, pending('b0', 11));
    await saveRun(storage.library, pending('b1', 22));
    compare.awaitRun(1, 'b0');
    compare.awaitRun(1, 'b1');
    await saveRun(storage.library, done('b0', b.id, 200, 11));
    storage.publish([recordKey.run('b0')]);
    await settle();
    expect(compare.current?.columns[1]?.runId).toBe('b0');
    expect(compare.pending.get(1)).toEqual(['b1']);
    expect(compare.takesOf(1)?.takes.map((t) => t.run.status)).toEqual(['succeeded', 'pending']);
    await saveRun(storage.library, { ...done('b1', b.id, 201, 22), status: 'failed', media: undefined });
    storage.publish([recordKey.run('b1')]);
    await settle();
    expect(compare.pending.has(1)).toBe(false);
    expect(compare.current?.columns[1]?.runId).toBe('b0');
    stop();
  });
});
