// @vitest-environment node
/**
 * Model-based test of the library across two tabs: random sequences of add, edit, delete,
 * undo-delete, restore, import, export and reload, run against the real storage (fake-indexeddb)
 * and against a plain in-memory model. Each tab knows only what it last read or wrote, as a real
 * tab does, so one tab's save is based on a rev the other tab may have moved on from.
 *
 * After every step: the live prompts in storage are the model's (id, text, rev), and no text that
 * was ever confirmed saved has disappeared from the versions (RELIABILITY R6, R7, R13, R15).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportLibraryJson, parseLibraryText } from '../../../src/exchange/json';
import { planImport, resolveImport } from '../../../src/exchange/plan';
import { emptyRecords } from '../../../src/exchange/records';
import { prefixRange, request, transact, type UseStore } from '../../../src/storage/db';
import { readExportable, writeImport } from '../../../src/storage/exchange';
import { getVersion, listPrompts, markDeleted, savePrompt, unmarkDeleted } from '../../../src/storage/prompts';
import type { Prompt, PromptVersion } from '../../../src/domain/prompt';
import { freshStores, prompt as promptRecord, versionOf } from '../exchange/helpers';

interface ModelPrompt {
  text: string;
  rev: number;
  deleted: boolean;
}

/** The plain model: prompts by id, plus every text a save or import confirmed. */
interface Model {
  prompts: Map<string, ModelPrompt>;
  saved: Set<string>;
  lastExport?: string;
}

/** The real system: one library shared by two tabs, each with its own idea of each prompt's rev. */
interface World {
  library: UseStore;
  media: UseStore;
  tabs: [Map<string, number>, Map<string, number>];
  clock: number;
  ids: number;
}

const newId = (w: World) => `lq${String(++w.ids).padStart(6, '0')}`;
const tick = (w: World) => (w.clock += 1000);
const draft = (text: string) => ({ title: text.slice(0, 20) || 'Untitled', text, tags: [] });
const pick = <T>(items: T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);

async function livePrompts(w: World): Promise<Prompt[]> {
  return (await listPrompts(w.library)).filter((p) => p.deletedAt === undefined);
}

async function allVersionTexts(w: World): Promise<Set<string>> {
  const versions = await transact(w.library, 'readonly', (os) => request(os.getAll(prefixRange('version'))) as Promise<PromptVersion[]>);
  return new Set(versions.map((v) => v.text));
}

/** The invariant checked after every command. */
async function agree(m: Model, w: World): Promise<void> {
  const real = (await livePrompts(w)).map((p) => [p.id, p.text, p.rev]).sort();
  const expected = [...m.prompts].filter(([, p]) => !p.deleted).map(([id, p]) => [id, p.text, p.rev]).sort();
  expect(real).toEqual(expected);
  const kept = await allVersionTexts(w);
  for (const text of m.saved) expect(kept.has(text), `a saved text was lost: ${JSON.stringify(text)}`).toBe(true);
}

/** A save from a tab, based on the rev that tab knows: saved, or kept as a conflict copy. */
async function saveFrom(m: Model, w: World, tab: 0 | 1, id: string, text: string): Promise<void> {
  const known = w.tabs[tab];
  const baseRev = known.get(id) ?? 0;
  const copyId = newId(w);
  const result = await savePrompt(w.library, { id, baseRev, draft: draft(text), now: tick(w), conflictCopyId: copyId });
  const stored = m.prompts.get(id);
  if (!stored || stored.rev === baseRev) {
    expect(result.status).toBe('saved');
    const next = { text, rev: (stored?.rev ?? 0) + 1, deleted: false };
    m.prompts.set(id, next);
    known.set(id, next.rev);
  } else {
    expect(result.status).toBe('conflict');
    m.prompts.set(copyId, { text, rev: 1, deleted: false });
    known.set(copyId, 1);
  }
  m.saved.add(text);
}

type Cmd = fc.AsyncCommand<Model, World>;
const tabArb = fc.constantFrom<0 | 1>(0, 1);
// Texts are unique per step (a counter is appended), so "still kept" can be checked by text.
let textSerial = 0;
const textArb = fc.constantFrom('A lighthouse at dusk.', 'الرياض عند الغروب', '🎬 slow dolly-in', 'rain, neon, close-up').map((t) => `${t} #${++textSerial}`);

class Add implements Cmd {
  constructor(readonly tab: 0 | 1, readonly text: string) {}
  check = () => true;
  async run(m: Model, w: World) {
    await saveFrom(m, w, this.tab, newId(w), this.text);
    await agree(m, w);
  }
  toString = () => `add(tab ${this.tab})`;
}

class Edit implements Cmd {
  constructor(readonly tab: 0 | 1, readonly which: number, readonly text: string) {}
  check = () => true;
  async run(m: Model, w: World) {
    const id = pick([...w.tabs[this.tab].keys()], this.which);
    if (id) await saveFrom(m, w, this.tab, id, this.text);
    await agree(m, w);
  }
  toString = () => `edit(tab ${this.tab}, #${this.which})`;
}

class Delete implements Cmd {
  constructor(readonly tab: 0 | 1, readonly which: number, readonly undo: boolean) {}
  check = () => true;
  async run(m: Model, w: World) {
    const id = pick([...w.tabs[this.tab].keys()], this.which);
    const stored = id ? m.prompts.get(id) : undefined;
    if (id && stored) {
      if (this.undo) await unmarkDeleted(w.library, id);
      else await markDeleted(w.library, id, tick(w));
      stored.deleted = !this.undo;
    }
    await agree(m, w);
  }
  toString = () => `${this.undo ? 'undoDelete' : 'delete'}(tab ${this.tab}, #${this.which})`;
}

class Restore implements Cmd {
  constructor(readonly tab: 0 | 1, readonly which: number, readonly rev: number) {}
  check = () => true;
  async run(m: Model, w: World) {
    const id = pick([...w.tabs[this.tab].keys()], this.which);
    const known = id ? w.tabs[this.tab].get(id) : undefined;
    if (id && known) {
      const version = await getVersion(w.library, id, 1 + (this.rev % known));
      // A restore is a new save of the old text, so the model sees one more save of it.
      if (version) await saveFrom(m, w, this.tab, id, version.text);
    }
    await agree(m, w);
  }
  toString = () => `restore(tab ${this.tab}, #${this.which}, rev ${this.rev})`;
}

class Export implements Cmd {
  constructor(readonly tab: 0 | 1) {}
  check = () => true;
  async run(m: Model, w: World) {
    const text = exportLibraryJson(await readExportable(w.library), tick(w)).text;
    const parsed = parseLibraryText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const exported = parsed.value.records.prompts.map((p) => [p.id, p.text, p.rev]).sort();
    const expected = [...m.prompts].filter(([, p]) => !p.deleted).map(([id, p]) => [id, p.text, p.rev]).sort();
    expect(exported).toEqual(expected);
    m.lastExport = text;
    await agree(m, w);
  }
  toString = () => `export(tab ${this.tab})`;
}

/** Imports either the last export (a backup put back) or a file of new prompts; every conflict is "keep both". */
class Import implements Cmd {
  constructor(readonly tab: 0 | 1, readonly backup: boolean, readonly texts: string[]) {}
  check = () => true;
  async run(m: Model, w: World) {
    const file = this.backup && m.lastExport ? m.lastExport : freshFile(w, this.texts);
    const parsed = parseLibraryText(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const plan = planImport(parsed.value.records, new Map(), await readExportable(w.library, { withDeleted: true }));
    const writes = resolveImport(plan, new Map(), { now: tick(w), newId: () => newId(w), replaceNote: 'Replaced by an import' });
    // New prompts keep their ids; a prompt unchanged since the backup is left alone.
    if (file !== m.lastExport) expect(writes.prompts.map((p) => p.id).sort()).toEqual(parsed.value.records.prompts.map((p) => p.id).sort());
    else for (const p of writes.prompts) expect(m.prompts.get(p.id)?.rev === p.rev && !m.prompts.get(p.id)?.deleted).toBe(false);
    await writeImport(w.library, w.media, writes);
    // Every prompt written arrives live, and the importing tab shows it.
    for (const p of writes.prompts) {
      m.prompts.set(p.id, { text: p.text, rev: p.rev, deleted: false });
      w.tabs[this.tab].set(p.id, p.rev);
      m.saved.add(p.text);
    }
    await agree(m, w);
  }
  toString = () => `import(tab ${this.tab}, ${this.backup ? 'backup' : `${this.texts.length} new`})`;
}

function freshFile(w: World, texts: string[]): string {
  const prompts = texts.map((text) => promptRecord(newId(w), { title: text.slice(0, 20), text }));
  return exportLibraryJson({ ...emptyRecords(), prompts, versions: prompts.map((p) => versionOf(p)) }, tick(w)).text;
}

class Reload implements Cmd {
  constructor(readonly tab: 0 | 1) {}
  check = () => true;
  async run(m: Model, w: World) {
    w.tabs[this.tab] = new Map((await livePrompts(w)).map((p) => [p.id, p.rev]));
    await agree(m, w);
  }
  toString = () => `reload(tab ${this.tab})`;
}

const commands = [
  fc.tuple(tabArb, textArb).map(([tab, text]) => new Add(tab, text)),
  fc.tuple(tabArb, fc.nat(20), textArb).map(([tab, which, text]) => new Edit(tab, which, text)),
  fc.tuple(tabArb, fc.nat(20), fc.boolean()).map(([tab, which, undo]) => new Delete(tab, which, undo)),
  fc.tuple(tabArb, fc.nat(20), fc.nat(5)).map(([tab, which, rev]) => new Restore(tab, which, rev)),
  tabArb.map((tab) => new Export(tab)),
  fc.tuple(tabArb, fc.boolean(), fc.array(textArb, { minLength: 1, maxLength: 3 })).map(([tab, backup, texts]) => new Import(tab, backup, texts)),
  tabArb.map((tab) => new Reload(tab)),
];

async function setup(): Promise<{ model: Model; real: World }> {
  const { library, media } = await freshStores();
  return { model: { prompts: new Map(), saved: new Set() }, real: { library, media, tabs: [new Map(), new Map()], clock: 1_700_000_000_000, ids: 0 } };
}

const property = fc.asyncProperty(fc.commands(commands, { maxCommands: 20 }), async (cmds) => {
  await fc.asyncModelRun(setup, cmds);
});

describe('the library across two tabs, against a plain model', () => {
  it('R6, R7, R13: 1,000 random runs of add, edit, delete, restore, import, export and reload from two tabs agree with the model and lose no saved text', async () => {
    await fc.assert(property, { numRuns: 1_000 });
  }, 120_000);
});

describe('pinned regressions found by the model', () => {
  it('R13: a backup imported while a prompt waits out its undo window never overwrites that prompt\'s newer history', async () => {
    // Found by this model: the import wrote the backup's older copy over the deleted prompt as if
    // it were new, and the next save then overwrote the newer version ("two" was lost).
    const { model, real } = await setup();
    const steps: Cmd[] = [new Add(0, 'one #p1'), new Export(0), new Edit(0, 0, 'two #p1'), new Delete(0, 0, false), new Import(0, true, []), new Edit(0, 0, 'three #p1'), new Reload(1), new Edit(1, 0, 'four #p1')];
    for (const step of steps) await step.run(model, real);
  });

  it('R13: a backup holding a deleted prompt unchanged brings it back instead of leaving it to be purged', async () => {
    const { model, real } = await setup();
    for (const step of [new Add(0, 'one #p2'), new Export(0), new Delete(0, 0, false), new Import(0, true, [])]) await step.run(model, real);
    expect((await livePrompts(real)).map((p) => p.text)).toEqual(['one #p2']);
  });
});
