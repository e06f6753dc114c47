// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportLibraryJson, parseLibraryText } from '../../../src/exchange/json';
import { planImport, resolveImport, type Resolution } from '../../../src/exchange/plan';
import { emptyRecords, type LibraryRecords, type PlainRecord } from '../../../src/exchange/records';
import type { RunMediaBlobs } from '../../../src/exchange/zip';
import { recordKey } from '../../../src/storage/db';
import { ChangedSincePreviewError, putSlice, readExportable, writeImport } from '../../../src/storage/exchange';
import { comparison, dump, fixtureBytes, freshStores, libraryHash, prompt, run, seed, versionOf } from './helpers';

let n = 0;
const ctx = { now: 9_000_000_000_000, newId: () => `new${++n}`, replaceNote: 'Replaced by an import' };
const mp4 = fixtureBytes('media/sample-a.mp4');

async function libraryWith(records: Partial<LibraryRecords>) {
  const stores = await freshStores();
  const entries: Record<string, unknown> = {};
  for (const p of records.prompts ?? []) entries[recordKey.prompt(p.id)] = p;
  for (const v of records.versions ?? []) entries[recordKey.version(v.promptId, v.rev)] = v;
  for (const r of records.runs ?? []) entries[recordKey.run(r.id)] = r;
  for (const t of records.templates ?? []) entries[recordKey.template(t.id)] = t;
  entries['settings/provider'] = { baseUrl: 'https://api.example', provider: 'openai' };
  await seed(stores.library, entries);
  return stores;
}

async function planFor(stores: Awaited<ReturnType<typeof freshStores>>, incoming: Partial<LibraryRecords>, media: Map<string, RunMediaBlobs> = new Map()) {
  const text = exportLibraryJson({ ...emptyRecords(), ...incoming }, 0).text;
  const parsed = parseLibraryText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return planImport(parsed.value.records, media, await readExportable(stores.library));
}

describe('the import preview', () => {
  it('sorts every item into new, identical, or existing-and-different', async () => {
    const same = prompt('same');
    const changed = prompt('changed');
    const stores = await libraryWith({ prompts: [same, changed], versions: [versionOf(same), versionOf(changed)] });
    const plan = await planFor(stores, { prompts: [same, { ...changed, text: 'other text' }, prompt('fresh')], versions: [versionOf(same), versionOf({ ...changed, text: 'other text' }), versionOf(prompt('fresh'))] });
    expect(plan.counts.prompt).toEqual({ total: 3, new: 1, differs: 1, identical: 1 });
    expect(plan.conflicts.map((c) => c.id)).toEqual(['changed']);
    expect(plan.versions).toBe(3);
  });

  it('a run imported without its video, where this device has it, is identical and keeps the video', async () => {
    const r = run('r1', 'p1', { media: { video: 'video/r1', mimeType: 'video/mp4', bytes: 10 } });
    const stores = await libraryWith({ runs: [r] });
    const plan = await planFor(stores, { runs: [r] });
    expect(plan.counts.run).toEqual({ total: 1, new: 0, differs: 0, identical: 1 });
    expect(plan.missingVideos).toBe(0);
  });

  it('planning writes nothing', async () => {
    const stores = await libraryWith({ prompts: [prompt('a')] });
    const before = await libraryHash(stores.library);
    await planFor(stores, { prompts: [{ ...prompt('a'), text: 'changed' }, prompt('b')] });
    expect(await libraryHash(stores.library)).toBe(before);
  });
});

describe('applying an import', () => {
  const conflict = async (choice: Resolution) => {
    const mine = prompt('p1', { title: 'Mine', text: 'my text', rev: 3 });
    const stores = await libraryWith({ prompts: [mine], versions: [1, 2, 3].map((rev) => versionOf(mine, rev)) });
    const theirs = prompt('p1', { title: 'Theirs', text: 'their text', rev: 1 });
    const plan = await planFor(stores, { prompts: [theirs], versions: [versionOf(theirs)], runs: [run('r1', 'p1')] });
    await writeImport(stores.library, stores.media, resolveImport(plan, new Map([['prompt/p1', choice]]), ctx));
    return readExportable(stores.library);
  };

  it('"keep both" keeps this library\'s prompt and adds the file\'s under a new id, with its runs re-pointed', async () => {
    const after = await conflict('keepBoth');
    expect(after.prompts.map((p) => p.title).sort()).toEqual(['Mine', 'Theirs']);
    const theirs = after.prompts.find((p) => p.title === 'Theirs');
    expect(theirs?.id).not.toBe('p1');
    expect(after.runs[0]?.promptId).toBe(theirs?.id);
    expect(after.versions.filter((v) => v.promptId === theirs?.id)).toHaveLength(1);
  });

  it('"keep both" re-points the file\'s comparisons at the renamed prompt and run, not at this library\'s', async () => {
    const mine = prompt('p1', { title: 'Mine', text: 'my text' });
    const myRun = run('r1', 'p1', { text: 'my text' });
    const stores = await libraryWith({ prompts: [mine], versions: [versionOf(mine)], runs: [myRun] });
    const theirs = prompt('p1', { title: 'Theirs', text: 'their text' });
    const other = prompt('p2');
    const judged = comparison('c1', 'p1', {
      columns: [{ promptId: 'p1', rev: 1, runId: 'r1' }, { promptId: 'p2', rev: 1 }],
      results: [{ runId: 'r1', promptId: 'p1', rating: 5, tags: [], note: '' }],
      winner: { promptId: 'p1', rev: 1, runId: 'r1' },
    });
    const plan = await planFor(stores, { prompts: [theirs, other], versions: [versionOf(theirs), versionOf(other)], runs: [run('r1', 'p1', { text: 'their text' })], comparisons: [judged as unknown as PlainRecord] });
    const writes = resolveImport(plan, new Map([['prompt/p1', 'keepBoth'], ['run/r1', 'keepBoth']]), ctx);
    const theirsId = writes.prompts.find((p) => p.title === 'Theirs')!.id;
    const theirRunId = writes.runs[0]!.id;
    expect(theirsId).not.toBe('p1');
    expect(theirRunId).not.toBe('r1');
    const written = writes.comparisons[0] as unknown as typeof judged;
    expect(written.columns).toEqual([{ promptId: theirsId, rev: 1, runId: theirRunId }, { promptId: 'p2', rev: 1 }]);
    expect(written.results[0]).toMatchObject({ promptId: theirsId, runId: theirRunId });
    expect(written.winner).toMatchObject({ promptId: theirsId, runId: theirRunId });
  });

  it('"replace" makes the file\'s text the newest version on top of the history', async () => {
    const after = await conflict('replace');
    expect(after.prompts).toHaveLength(1);
    expect(after.prompts[0]).toMatchObject({ id: 'p1', title: 'Theirs', text: 'their text', rev: 4 });
    expect(after.versions.map((v) => [v.rev, v.text])).toEqual([[1, 'my text'], [2, 'my text'], [3, 'my text'], [4, 'their text']]);
    expect(after.versions[3]?.note).toBe('Replaced by an import');
  });

  it('"skip" leaves this library\'s prompt alone', async () => {
    const after = await conflict('skip');
    expect(after.prompts).toEqual([expect.objectContaining({ id: 'p1', title: 'Mine', rev: 3 })]);
  });

  it('a record changed after the preview stops the whole import, and nothing is written', async () => {
    const mine = prompt('p1', { text: 'mine' });
    const stores = await libraryWith({ prompts: [mine] });
    const plan = await planFor(stores, { prompts: [{ ...mine, text: 'theirs' }, prompt('p2')] });
    await seed(stores.library, { [recordKey.prompt('p1')]: { ...mine, text: 'edited in another tab', rev: 2 } });
    const before = await libraryHash(stores.library);
    await expect(writeImport(stores.library, stores.media, resolveImport(plan, new Map([['prompt/p1', 'replace']]), ctx))).rejects.toBeInstanceOf(ChangedSincePreviewError);
    expect(await libraryHash(stores.library)).toBe(before);
  });

  it('video bytes land in the media store under the run\'s key', async () => {
    const stores = await freshStores();
    const r = run('r1', 'p1', { media: { video: 'video/r1', mimeType: 'video/mp4', bytes: mp4.length } });
    const plan = await planFor(stores, { runs: [r] }, new Map([['r1', { video: new Blob([mp4]) }]]));
    await writeImport(stores.library, stores.media, resolveImport(plan, new Map(), ctx));
    expect(await dump(stores.media)).toBe(JSON.stringify([['video/r1', `blob:${mp4.length}`]]));
  });

  it('a large import is written in slices of one transaction: all of it lands, or (a bad record in the last slice) none of it', async () => {
    const many = Array.from({ length: putSlice * 2 + 7 }, (_, i) => prompt(`bulk${String(i).padStart(4, '0')}`));
    const stores = await freshStores();
    const plan = await planFor(stores, { prompts: many, versions: many.map((p) => versionOf(p)) });
    await writeImport(stores.library, stores.media, resolveImport(plan, new Map(), ctx));
    const stored = await readExportable(stores.library);
    expect(stored.prompts).toHaveLength(many.length);
    expect(stored.versions).toHaveLength(many.length);

    const other = await libraryWith({ prompts: [prompt('a')] });
    const before = await libraryHash(other.library);
    const writes = resolveImport(await planFor(other, { prompts: many }), new Map(), ctx);
    // A value IndexedDB cannot store, in the last slice: the slices before it were already put.
    writes.prompts[writes.prompts.length - 1] = { ...writes.prompts.at(-1)!, title: (() => 'x') as unknown as string };
    await expect(writeImport(other.library, other.media, writes)).rejects.toThrow();
    expect(await libraryHash(other.library)).toBe(before);
  });

  it('if the media write fails, the library is unchanged', async () => {
    const stores = await libraryWith({ prompts: [prompt('a')] });
    const before = await libraryHash(stores.library);
    const plan = await planFor(stores, { prompts: [prompt('b')], runs: [run('r1', 'b', { media: { video: 'video/r1', mimeType: 'video/mp4', bytes: 1 } })] }, new Map([['r1', { video: new Blob([mp4]) }]]));
    const writes = resolveImport(plan, new Map(), ctx);
    // A value IndexedDB cannot store makes the media transaction fail.
    writes.media[0] = { runId: 'r1', video: (() => undefined) as unknown as Blob };
    await expect(writeImport(stores.library, stores.media, writes)).rejects.toThrow();
    expect(await libraryHash(stores.library)).toBe(before);
    expect(await dump(stores.media)).toBe('[]');
  });

  it('if the library write fails, the media written for it are removed and old ones put back', async () => {
    const stores = await libraryWith({ prompts: [prompt('a')] });
    await seed(stores.media, { 'video/old': new Blob(['old bytes']) });
    const mediaBefore = await dump(stores.media);
    const libraryBefore = await libraryHash(stores.library);
    const plan = await planFor(stores, { prompts: [prompt('b')], runs: [run('r1', 'b', { media: { video: 'video/r1', mimeType: 'video/mp4', bytes: 1 } })] }, new Map([['r1', { video: new Blob([mp4]) }]]));
    const writes = resolveImport(plan, new Map(), ctx);
    writes.media.push({ runId: 'old', video: new Blob([mp4]) });
    // A record IndexedDB cannot clone makes the library transaction fail after the media one.
    writes.prompts.push({ ...prompt('c'), title: (() => 'x') as unknown as string });
    await expect(writeImport(stores.library, stores.media, writes)).rejects.toThrow();
    expect(await libraryHash(stores.library)).toBe(libraryBefore);
    expect(await dump(stores.media)).toBe(mediaBefore);
  });
});
