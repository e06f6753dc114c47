import { firstLine, versionFromPrompt, type Prompt, type PromptVersion } from '../domain/prompt';
import type { Comparison } from '../domain/comparison';
import type { Run } from '../domain/run';
import { cleanForExport, type LibraryRecords, type PlainRecord, type StoredRecords } from './records';
import { importedRunErrorKind } from './schema';
import type { RunMediaBlobs } from './zip';
import { imageIdsOf } from './image-records';

/** The things an import preview lists one by one (versions travel with their prompt). */
export type PlanKind = 'prompt' | 'template' | 'collection' | 'comparison' | 'run';
export const planKinds: readonly PlanKind[] = ['prompt', 'template', 'collection', 'comparison', 'run'];

/** new: no record with this id here; differs: same id, other content; identical: nothing to do. */
export type ItemState = 'new' | 'differs' | 'identical';

/** What to do with an item whose id exists here with other content. */
export type Resolution = 'keepBoth' | 'replace' | 'skip';

export interface PlanItem {
  /** `kind/id`: the key choices are stored under. */
  key: string;
  kind: PlanKind;
  id: string;
  /** A title to show (user text: render as text). */
  label: string;
  state: ItemState;
}

export interface KindCount {
  total: number;
  new: number;
  differs: number;
  identical: number;
}

/** Everything the preview shows, plus what resolveImport needs. Pure data; nothing written. */
export interface ImportPlan {
  items: PlanItem[];
  conflicts: PlanItem[];
  counts: Record<PlanKind, KindCount>;
  versions: number;
  videos: number;
  /** Runs that mention a video neither the file nor this device has: they arrive without one. */
  missingVideos: number;
  /** Runs that were unfinished in the file and arrive cancelled. */
  unfinishedRuns: number;
  incoming: LibraryRecords;
  media: ReadonlyMap<string, RunMediaBlobs>;
  /** Image inputs that came with the file, by id (already checked). */
  images: ReadonlyMap<string, Blob>;
  /** Stored records (as read) of every id the file also has, by `kind/id`. */
  existing: ReadonlyMap<string, unknown>;
}

type Listed = { prompt: Prompt; template: PlainRecord; collection: PlainRecord; comparison: PlainRecord; run: Run };
const listOf = { prompt: 'prompts', template: 'templates', collection: 'collections', comparison: 'comparisons', run: 'runs' } as const;

/**
 * Compares a file's records with this library's: every item is new, identical, or differs
 * (same id, other content). A prompt's identity includes its versions; a run compared without
 * bytes keeps the video this device already has.
 */
export function planImport(incoming: LibraryRecords, media: ReadonlyMap<string, RunMediaBlobs>, stored: StoredRecords, images: ReadonlyMap<string, Blob> = new Map()): ImportPlan {
  const clean = cleanForExport(stored).records;
  const existing = new Map<string, unknown>();
  const cleanByKey = new Map<string, unknown>();
  for (const kind of planKinds) {
    const raw = stored[listOf[kind]] as readonly { id: string }[];
    for (const r of raw) existing.set(`${kind}/${r.id}`, r);
    for (const r of clean[listOf[kind]] as { id: string }[]) cleanByKey.set(`${kind}/${r.id}`, r);
  }
  const versionsOf = groupVersions(clean.versions);
  const incomingVersions = groupVersions(incoming.versions);

  const items: PlanItem[] = [];
  const counts = {} as Record<PlanKind, KindCount>;
  const relevant = new Map<string, unknown>();
  let missingVideos = 0;
  let unfinishedRuns = 0;
  for (const kind of planKinds) {
    counts[kind] = { total: 0, new: 0, differs: 0, identical: 0 };
    for (const record of incoming[listOf[kind]] as Listed[typeof kind][]) {
      const key = `${kind}/${record.id}`;
      const here = cleanByKey.get(key);
      let state: ItemState = 'new';
      if (here !== undefined) {
        relevant.set(key, existing.get(key));
        const mine = kind === 'prompt' ? { record, versions: incomingVersions.get(record.id) ?? [] } : kind === 'run' ? effectiveRun(record as Run, media, here as Run) : record;
        const theirs = kind === 'prompt' ? { record: here, versions: versionsOf.get(record.id) ?? [] } : here;
        state = JSON.stringify(mine) === JSON.stringify(theirs) ? 'identical' : 'differs';
      }
      if (kind === 'run') {
        const run = record as Run;
        if (run.media && !media.has(run.id) && !(here as Run | undefined)?.media) missingVideos++;
        if (run.status === 'cancelled' && run.error?.kind === importedRunErrorKind) unfinishedRuns++;
      }
      counts[kind].total++;
      counts[kind][state]++;
      items.push({ key, kind, id: record.id, label: labelOf(kind, record), state });
    }
  }
  let videos = 0;
  for (const blobs of media.values()) if (blobs.video) videos++;
  return {
    items,
    conflicts: items.filter((i) => i.state === 'differs'),
    counts,
    versions: incoming.versions.length,
    videos,
    missingVideos,
    unfinishedRuns,
    incoming,
    media,
    images,
    existing: relevant,
  };
}

function groupVersions(versions: PromptVersion[]): Map<string, PromptVersion[]> {
  const out = new Map<string, PromptVersion[]>();
  for (const v of versions) {
    const list = out.get(v.promptId) ?? [];
    list.push(v);
    out.set(v.promptId, list);
  }
  return out;
}

/** The run as it would be stored: bytes from the file, else the video already here, else none. */
function effectiveRun(run: Run, media: ReadonlyMap<string, RunMediaBlobs>, here: Run | undefined): Run {
  if (media.get(run.id)?.video) return run;
  const { media: _m, ...rest } = run;
  return here?.media ? { ...rest, media: here.media } : rest;
}

function labelOf(kind: PlanKind, record: Listed[PlanKind]): string {
  if (kind === 'prompt') return (record as Prompt).title;
  if (kind === 'run') return firstLine((record as Run).text).slice(0, 80);
  const r = record as PlainRecord;
  for (const field of ['title', 'name', 'label']) if (typeof r[field] === 'string' && r[field]) return (r[field] as string).slice(0, 200);
  return r.id;
}

/** The records and blobs one import writes, and the stored records it expects to find unchanged. */
export interface ImportWrites extends LibraryRecords {
  media: { runId: string; video: Blob; thumb?: Blob }[];
  /** Image inputs the written records name and the file brought. */
  images: { id: string; blob: Blob }[];
  /** JSON of each stored record being replaced, as read for the preview. */
  guards: { kind: PlanKind; id: string; expected: string }[];
}

export interface ResolveContext {
  now: number;
  newId: () => string;
  /** The note of the version a replacement adds ("Replaced by an import"). */
  replaceNote: string;
}

/**
 * Turns a plan and the person's choices into writes. New items are written as they are;
 * identical ones are left alone; for those that differ: `skip` leaves this library's, `keepBoth`
 * gives the file's a new id (re-pointing the file's own references to it), and `replace` makes
 * the file's content the newest version on top of this library's history, so an open editor or
 * another tab sees a newer rev rather than an older one.
 */
export function resolveImport(plan: ImportPlan, choices: ReadonlyMap<string, Resolution>, ctx: ResolveContext): ImportWrites {
  // A prompt deleted here but still in its undo window, that the file holds unchanged, comes back:
  // leaving it would let the purge remove what the person just imported.
  const inUndoWindow = (item: PlanItem) => item.kind === 'prompt' && (plan.existing.get(item.key) as Prompt | undefined)?.deletedAt !== undefined;
  const decide = (item: PlanItem): Resolution | 'write' | 'leave' =>
    item.state === 'new' ? 'write' : item.state === 'identical' ? (inUndoWindow(item) ? 'write' : 'leave') : (choices.get(item.key) ?? 'keepBoth');
  const decisions = new Map(plan.items.map((i) => [i.key, decide(i)]));
  const renamed: Record<PlanKind, Map<string, string>> = { prompt: new Map(), template: new Map(), collection: new Map(), comparison: new Map(), run: new Map() };
  for (const item of plan.items) if (decisions.get(item.key) === 'keepBoth') renamed[item.kind].set(item.id, ctx.newId());
  const remap = (kind: PlanKind, id: string | undefined) => (id === undefined ? undefined : (renamed[kind].get(id) ?? id));

  const out: ImportWrites = { prompts: [], versions: [], templates: [], collections: [], comparisons: [], runs: [], media: [], images: [], guards: [] };
  const guard = (kind: PlanKind, id: string) => out.guards.push({ kind, id, expected: JSON.stringify(plan.existing.get(`${kind}/${id}`)) });
  const incomingVersions = groupVersions(plan.incoming.versions);

  for (const p of plan.incoming.prompts) {
    const decision = decisions.get(`prompt/${p.id}`);
    if (decision === 'leave' || decision === 'skip') continue;
    const refs = withRefs(p, remap);
    if (decision === 'replace') {
      const here = plan.existing.get(`prompt/${p.id}`) as Prompt;
      const next: Prompt = { ...refs, createdAt: here.createdAt, updatedAt: ctx.now, rev: here.rev + 1 };
      out.prompts.push(next);
      out.versions.push(versionFromPrompt(next, ctx.now, ctx.replaceNote));
      guard('prompt', p.id);
      continue;
    }
    const id = remap('prompt', p.id) as string;
    if (decision === 'write' && plan.existing.has(`prompt/${p.id}`)) guard('prompt', p.id);
    out.prompts.push({ ...refs, id });
    for (const v of incomingVersions.get(p.id) ?? []) out.versions.push({ ...v, promptId: id });
  }

  for (const kind of ['template', 'collection', 'comparison'] as const) {
    for (const r of plan.incoming[listOf[kind]]) {
      const decision = decisions.get(`${kind}/${r.id}`);
      if (decision === 'leave' || decision === 'skip') continue;
      if (decision === 'replace') guard(kind, r.id);
      const record = { ...r, id: remap(kind, r.id) as string };
      out[listOf[kind]].push(kind === 'comparison' ? comparisonWithRefs(record as unknown as Comparison, remap) : record);
    }
  }

  for (const run of plan.incoming.runs) {
    const decision = decisions.get(`run/${run.id}`);
    if (decision === 'leave' || decision === 'skip') continue;
    const id = remap('run', run.id) as string;
    const here = decision === 'replace' ? (plan.existing.get(`run/${run.id}`) as Run) : undefined;
    if (here) guard('run', run.id);
    const blobs = plan.media.get(run.id);
    const { media: _m, ...rest } = run;
    const next: Run = { ...rest, id, promptId: remap('prompt', run.promptId) as string };
    if (run.remixOf) next.remixOf = { ...run.remixOf, runId: remap('run', run.remixOf.runId) as string };
    if (run.retryOf) next.retryOf = remap('run', run.retryOf) as string;
    if (run.sequence) next.sequence = { ...run.sequence };
    if (run.parentRunId) next.parentRunId = remap('run', run.parentRunId) as string;
    if (blobs?.video && run.media) {
      next.media = { ...run.media };
      out.media.push({ runId: id, video: blobs.video, ...(blobs.thumb ? { thumb: blobs.thumb } : {}) });
    } else if (here?.media) next.media = here.media;
    out.runs.push(next);
  }
  for (const id of imageIdsOf(out)) {
    const blob = plan.images.get(id);
    if (blob) out.images.push({ id, blob });
  }
  return out;
}

type Remap = (kind: PlanKind, id: string | undefined) => string | undefined;

/** A prompt pointing at the ids its parent, conflict original and template got in this import. (`collection` is a name, not an id.) */
function withRefs(p: Prompt, remap: Remap): Prompt {
  const out: Prompt = { ...p };
  for (const [field, kind] of [['parentId', 'prompt'], ['conflictOf', 'prompt'], ['templateId', 'template']] as const) {
    const value = remap(kind, p[field]);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** A comparison pointing at the ids its prompts and runs got in this import ("keep both" renames them). */
function comparisonWithRefs(c: Comparison, remap: Remap): PlainRecord {
  const prompt = (id: string) => remap('prompt', id) as string;
  const run = (id: string | undefined) => remap('run', id);
  const next: Comparison = {
    ...c,
    columns: c.columns.map((col) => ({ ...col, promptId: prompt(col.promptId), ...(col.runId !== undefined ? { runId: run(col.runId) } : {}) })),
    results: c.results.map((r) => ({ ...r, promptId: prompt(r.promptId), runId: run(r.runId) as string })),
    ...(c.winner ? { winner: { ...c.winner, promptId: prompt(c.winner.promptId), ...(c.winner.runId !== undefined ? { runId: run(c.winner.runId) } : {}) } } : {}),
  };
  return next as unknown as PlainRecord;
}
