// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseTags, type Prompt, type PromptVersion } from '../../../src/domain/prompt';
import { emptyShot } from '../../../src/domain/shot';
import { isValidModelId } from '../../../src/domain/model-id';
import type { Run } from '../../../src/domain/run';
import { exportLibraryJson, parseLibraryText } from '../../../src/exchange/json';
import { planImport, resolveImport } from '../../../src/exchange/plan';
import { sortRecords, type LibraryRecords, type PlainRecord } from '../../../src/exchange/records';
import type { Comparison } from '../../../src/domain/comparison';
import type { UserTemplate } from '../../../src/domain/template';
import { readExportable, writeImport } from '../../../src/storage/exchange';
import { freshStores, sampleLibrary } from './helpers';

const samples = ['الرياض عند الغروب', 'مرحبا بالعالم', '🌇🏜️🎬', 'שלום', 'e\u0301 café', '', '  spaced  ', '`code` **bold** <b>x</b>', '"quotes" and \\ backslash', 'line one\nline two\r\nthree'];
const words = (max: number) =>
  fc
    .oneof(fc.string({ unit: 'grapheme', maxLength: Math.min(max, 60) }), fc.constantFrom(...samples), fc.string({ unit: 'binary', maxLength: Math.min(max, 40) }))
    .filter((s) => s.length <= max);
const longText = fc.oneof(words(2000), fc.constant('長'.repeat(20_000)), fc.constant('🎬'.repeat(10_000)));
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
// Model ids are plain data (domain/model-id): only such ids travel; hostile ones have their own tests.
const modelId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,30}(\/[A-Za-z0-9._-]{1,20}){0,3}$/).filter(isValidModelId);
const params = fc.record({
  provider: fc.constantFrom('gemini', 'openai', 'fal', 'previz'),
  model: modelId,
  seconds: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constantFrom(4.5, 0)),
  aspectRatio: fc.constantFrom('16:9', '9:16', '1:1'),
  resolution: fc.constantFrom('720p', '1080p'),
  negativePrompt: words(200),
  audio: fc.boolean(),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
}, { requiredKeys: ['provider', 'model', 'seconds', 'aspectRatio', 'resolution'] });
const tags = fc.array(words(40), { maxLength: 35 }).map((t) => normaliseTags(normaliseTags(t)));
const shot = fc.record({ subject: words(300), mood: words(50), movement: fc.array(words(60), { maxLength: 3 }), beats: fc.array(fc.record({ from: fc.integer({ min: 0, max: 10 }), to: fc.integer({ min: 0, max: 10 }), action: words(100) }), { maxLength: 2 }) }).map((s) => ({ ...emptyShot(), ...s }));
const storyboard = fc.record({
  cast: fc.record({ characters: fc.oneof(words(2000), fc.constant('ش'.repeat(2000))), wardrobe: words(200), setting: words(200), style: words(200) }),
  shots: fc.array(fc.record({ shot, seconds: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constant(2.5)), transition: fc.constantFrom('cut' as const, 'matchCut' as const, 'dissolve' as const) }), { minLength: 1, maxLength: 12 }),
});

const promptArb = (pid: string) =>
  fc
    .record({
      title: words(200),
      text: longText,
      tags,
      favorite: fc.boolean(),
      collection: fc.option(words(100), { nil: undefined }),
      params,
      shot: fc.option(shot, { nil: undefined }),
      storyboard: fc.option(storyboard, { nil: undefined }),
      slotValues: fc.option(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), words(50), { maxKeys: 3 }), { nil: undefined }),
      createdAt: time,
      updatedAt: time,
      rev: fc.integer({ min: 1, max: 3 }),
      note: fc.option(words(100), { nil: undefined }),
    })
    .map(({ note, ...p }) => {
      const prompt = Object.fromEntries(Object.entries({ id: pid, ...p }).filter(([, v]) => v !== undefined)) as unknown as Prompt;
      const versions: PromptVersion[] = Array.from({ length: p.rev }, (_, i) => ({ promptId: pid, rev: i + 1, title: p.title, text: i + 1 === p.rev ? p.text : `${p.text.slice(0, 100)} (${i + 1})`, params: p.params, ...(p.storyboard && i + 1 === p.rev ? { storyboard: p.storyboard } : {}), savedAt: p.createdAt + i, ...(note ? { note } : {}) }));
      return { prompt, versions };
    });

const runArb = (rid: string, promptIds: string[]) =>
  fc
    .record({
      promptId: promptIds.length ? fc.constantFrom(...promptIds) : id,
      rev: fc.integer({ min: 0, max: 3 }),
      text: longText,
      shot: fc.option(shot, { nil: undefined }),
      model: modelId,
      params,
      status: fc.constantFrom('succeeded', 'failed', 'cancelled'),
      createdAt: time,
      retryOf: fc.option(id, { nil: undefined }),
      sequence: fc.option(
        fc.integer({ min: 1, max: 12 }).chain((count) =>
          fc.record({ id, index: fc.integer({ min: 0, max: count - 1 }), count: fc.constant(count), seconds: fc.integer({ min: 1, max: 60 }), transition: fc.constantFrom('cut', 'matchCut', 'dissolve') }),
        ),
        { nil: undefined },
      ),
      rating: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      notes: fc.option(longText, { nil: undefined }),
      tags: fc.option(tags, { nil: undefined }),
    })
    // A run is sent to the provider its parameters name, so the two are always the same.
    .map((r) => Object.fromEntries(Object.entries({ id: rid, ...r, provider: r.params.provider }).filter(([, v]) => v !== undefined)) as unknown as Run);

/** Drops undefined fields, as storage and JSON do. */
const defined = <T>(o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const templateArb = (tid: string) =>
  fc.record({ name: words(200), text: fc.oneof(words(500).map((w) => `${w} {{city}} {{camera.movement}}`), longText), whenToUse: words(300), createdAt: time, updatedAt: time }).map((t) => ({ id: tid, ...t }) satisfies UserTemplate as PlainRecord);

const collectionArb = (cid: string) =>
  fc.record({ name: words(200), createdAt: fc.option(time, { nil: undefined }), updatedAt: fc.option(time, { nil: undefined }) }).map((r) => defined<PlainRecord>({ id: cid, ...r }));

const rev = fc.integer({ min: 0, max: 5 });
const comparisonArb = (cid: string, promptIds: string[], runIds: string[]) => {
  const promptId = promptIds.length ? fc.oneof(fc.constantFrom(...promptIds), id) : id;
  const runId = runIds.length ? fc.oneof(fc.constantFrom(...runIds), id) : id;
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  return fc
    .record({
      columns: fc.array(fc.record({ promptId, rev, runId: maybe(runId) }).map((c) => defined(c)), { minLength: 2, maxLength: 4 }),
      results: fc.array(fc.record({ runId, promptId, rating: maybe(fc.integer({ min: 1, max: 5 })), tags, note: words(5000) }).map((r) => defined(r)), { maxLength: 3 }),
      winner: maybe(fc.record({ promptId, rev, runId: maybe(runId), promotedAt: maybe(time) }).map((w) => defined(w))),
      notes: fc.oneof(words(5000), fc.constant('ن'.repeat(5000))),
      createdAt: time,
      updatedAt: time,
      rev,
    })
    .map((c) => defined<Comparison>({ id: cid, ...c }) as unknown as PlainRecord);
};

const libraryArb: fc.Arbitrary<LibraryRecords> = fc
  .record({
    promptIds: fc.uniqueArray(id, { maxLength: 6 }),
    runIds: fc.uniqueArray(id, { maxLength: 4 }),
    templateIds: fc.uniqueArray(id, { maxLength: 2 }),
    collectionIds: fc.uniqueArray(id, { maxLength: 2 }),
    comparisonIds: fc.uniqueArray(id, { maxLength: 2 }),
  })
  .chain(({ promptIds, runIds, templateIds, collectionIds, comparisonIds }) =>
    fc.record({
      prompts: fc.tuple(...promptIds.map(promptArb)),
      runs: fc.tuple(...runIds.map((r) => runArb(r, promptIds))),
      templates: fc.tuple(...templateIds.map(templateArb)),
      collections: fc.tuple(...collectionIds.map(collectionArb)),
      comparisons: fc.tuple(...comparisonIds.map((c) => comparisonArb(c, promptIds, runIds))),
    }),
  )
  .map(({ prompts, runs, templates, collections, comparisons }) => ({
    prompts: prompts.map((p) => p.prompt),
    versions: prompts.flatMap((p) => p.versions),
    templates,
    collections,
    comparisons,
    runs,
  }));

async function importInto(text: string) {
  const stores = await freshStores();
  const parsed = parseLibraryText(text);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.error)}`);
  const plan = planImport(parsed.value.records, new Map(), await readExportable(stores.library));
  await writeImport(stores.library, stores.media, resolveImport(plan, new Map(), { now: 0, newId: () => 'unused', replaceNote: '' }));
  return readExportable(stores.library);
}

/** 40 libraries, each through a fresh IndexedDB: seconds alone, more on a machine shared with other runs. */
const propertyTimeout = 30_000;

describe('export → import round trips (random libraries: emoji, RTL, long fields, empty values)', () => {
  it('R13: export → import gives back deep-equal records', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, async (library) => {
        const imported = await importInto(exportLibraryJson(library, 0).text);
        expect(sortRecords(imported as LibraryRecords)).toEqual(sortRecords(library));
      }),
      { numRuns: 40 },
    );
  }, propertyTimeout);

  it('R13: export → import → export is byte-identical except exportedAt', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, fc.integer({ min: 0, max: 4_102_444_800_000 }), async (library, later) => {
        const first = exportLibraryJson(library, 0).text;
        const second = exportLibraryJson(await importInto(first), later).text;
        const strip = (s: string) => s.replace(/"exportedAt": "[^"]*"/, '');
        expect(strip(second)).toBe(strip(first));
      }),
      { numRuns: 40 },
    );
  }, propertyTimeout);

  it('the sample library, with a template, a collection and a judged comparison, exports back to the same bytes', async () => {
    const first = exportLibraryJson(sampleLibrary(), 0).text;
    expect(JSON.parse(first)).toMatchObject({ templates: [{ name: 'City at dusk' }], collections: [{ name: 'Cities' }], comparisons: [{ results: [{ rating: 4 }], winner: { runId: 'lq1run000001' } }] });
    expect(exportLibraryJson(await importInto(first), 0).text).toBe(first);
  });
});
