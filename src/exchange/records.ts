import { normaliseTags, type Prompt, type PromptVersion } from '../domain/prompt';
import { defaultParams, type GenerationParams } from '../domain/params';
import { isValidModelId } from '../domain/model-id';
import type { Run, RunError, RunMedia, RunSequence, RunStatus } from '../domain/run';
import { storyboardLimits, transitions, type Transition } from '../domain/storyboard';
import { comparisonLimits, type Comparison, type ComparisonColumn, type ComparisonWinner, type ResultJudgement } from '../domain/comparison';
import type { UserTemplate } from '../domain/template';
import type { RecordKind } from './errors';
import { fileLimits, recordLists, type RecordList } from './limits';
import { Check, isObject, ordered, type Fields, type Obj, type Presence } from './check';
import { cleanShot, cleanStoryboard } from './shot-records';
import { cleanImages } from './image-records';

/**
 * The record cleaners. Together they are the one table that decides which fields of which record
 * travel in a library file: everything not named here is dropped on the way out AND on the way
 * in, so settings, keys, base URLs and vault entries can never ride along.
 */

/**
 * Records a file may carry. Every kind is checked field by field; templates, collections and
 * comparisons are typed as PlainRecord here because the import plan moves them as wholes, by id.
 */
export interface LibraryRecords {
  prompts: Prompt[];
  versions: PromptVersion[];
  templates: PlainRecord[];
  collections: PlainRecord[];
  comparisons: PlainRecord[];
  runs: Run[];
}

/** Records as read from storage, not yet checked. */
export type StoredRecords = { readonly [L in RecordList]: readonly unknown[] };

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A template, collection or comparison as the import plan sees it: an id plus JSON fields. */
export type PlainRecord = { id: string } & { [key: string]: JsonValue };

/**
 * A collection as a file carries it. Laqta keeps no collection records of its own (a prompt's
 * `collection` is the name it is filed under); a file may still name collections, and they are
 * kept as they are.
 */
export interface CollectionRecord {
  id: string;
  name: string;
  createdAt?: number;
  updatedAt?: number;
}

export const kindOfList: Record<RecordList, RecordKind> = {
  prompts: 'prompt',
  versions: 'version',
  templates: 'template',
  collections: 'collection',
  comparisons: 'comparison',
  runs: 'run',
};

const providerPattern = /^[a-z0-9][a-z0-9-]{0,39}$/;
const plainKeyPattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const runStatuses: readonly RunStatus[] = ['pending', 'queued', 'running', 'downloading', 'succeeded', 'failed', 'cancelled'];
const videoTypes = ['video/mp4', 'video/webm'] as const;

function tags(f: Fields, field: string, presence: Presence = {}): string[] | undefined {
  const list = f.textList(field, fileLimits.tagCount, fileLimits.tagLength, presence);
  return list && normaliseTags(list);
}

// Shapes

function modelId(f: Fields): string | undefined {
  const model = f.text('model', fileLimits.shortText);
  if (model !== undefined && !isValidModelId(model)) return f.report('model', { code: 'wrongType', expected: 'modelId' });
  return model;
}

const paramsFields = ['provider', 'model', 'seconds', 'aspectRatio', 'resolution', 'negativePrompt', 'audio', 'rawInput', 'seed', 'images'] as const;

function cleanParams(owner: Fields): GenerationParams | undefined {
  const p = owner.object('params');
  if (!p) return undefined;
  p.dropUnknown(paramsFields);
  const provider = p.raw.provider;
  if (typeof provider !== 'string' || !providerPattern.test(provider)) return p.report('provider', { code: 'wrongType', expected: 'id' });
  const model = p.text('model', fileLimits.shortText);
  const seconds = p.num('seconds', { min: 0, max: 600 });
  const aspectRatio = p.text('aspectRatio', 16);
  const resolution = p.text('resolution', 16);
  const negativePrompt = p.text('negativePrompt', fileLimits.textLength, { optional: true });
  const audio = p.raw.audio;
  if (audio !== undefined && typeof audio !== 'boolean') return p.report('audio', { code: 'wrongType', expected: 'yesNo' });
  const rawInput = p.text('rawInput', fileLimits.textLength, { optional: true });
  const seed = p.num('seed', { min: 0, max: 2 ** 32 - 1, whole: true, optional: true });
  const images = cleanImages(p);
  if (model === undefined || seconds === undefined || aspectRatio === undefined || resolution === undefined || p.c.itemFailed) return undefined;
  if (!isValidModelId(model)) {
    // A run records what was sent; Laqta never sent such an id, so a run carrying one is forged.
    if (p.c.item === 'run') return p.report('model', { code: 'wrongType', expected: 'modelId' });
    // A prompt keeps its text and gets the default settings; the id is named in the preview.
    p.c.refuseModel(model);
    return defaultParams();
  }
  return ordered<GenerationParams>([
    ['provider', provider],
    ['model', model],
    ['seconds', seconds],
    ['aspectRatio', aspectRatio],
    ['resolution', resolution],
    ['negativePrompt', negativePrompt],
    ['audio', audio],
    ['rawInput', rawInput],
    ['seed', seed],
    ['images', images],
  ]);
}

function cleanSlotValues(owner: Fields): Record<string, string> | undefined {
  const slots = owner.object('slotValues');
  if (!slots) return undefined;
  const entries = Object.entries(slots.raw);
  if (entries.length > fileLimits.slotCount) return owner.report('slotValues', { code: 'tooMany', max: fileLimits.slotCount });
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (!plainKeyPattern.test(key)) {
      slots.drop(key);
      continue;
    }
    if (typeof value !== 'string') return slots.report(key, { code: 'wrongType', expected: 'text' });
    if (value.length > fileLimits.textLength) return slots.report(key, { code: 'tooLong', max: fileLimits.textLength });
    out[key] = value;
  }
  return out;
}

const promptFields = ['id', 'title', 'text', 'tags', 'favorite', 'collection', 'parentId', 'templateId', 'slotValues', 'conflictOf', 'params', 'shot', 'storyboard', 'createdAt', 'updatedAt', 'rev'] as const;

function cleanPrompt(c: Check, raw: Obj): Prompt | undefined {
  const f = c.fields(raw);
  f.dropUnknown([...promptFields, 'deletedAt']);
  const entries: [string, unknown][] = [
    ['id', f.id('id')],
    ['title', f.text('title', fileLimits.titleLength)],
    ['text', f.text('text', fileLimits.textLength)],
    ['tags', tags(f, 'tags')],
    ['favorite', f.bool('favorite')],
    ['collection', f.text('collection', fileLimits.shortText, { optional: true })],
    ['parentId', f.id('parentId', { optional: true })],
    ['templateId', f.id('templateId', { optional: true })],
    ['slotValues', f.has('slotValues') ? cleanSlotValues(f) : undefined],
    ['conflictOf', f.id('conflictOf', { optional: true })],
    ['params', cleanParams(f)],
    ['shot', f.has('shot') ? cleanShot(f) : undefined],
    ['storyboard', f.has('storyboard') ? cleanStoryboard(f) : undefined],
    ['createdAt', f.timestamp('createdAt')],
    ['updatedAt', f.timestamp('updatedAt')],
    ['rev', f.num('rev', { min: 1, max: 1e9, whole: true })],
  ];
  return c.itemFailed ? undefined : ordered<Prompt>(entries);
}

const versionFields = ['promptId', 'rev', 'title', 'text', 'note', 'params', 'shot', 'storyboard', 'savedAt'] as const;

function cleanVersion(c: Check, raw: Obj): PromptVersion | undefined {
  const f = c.fields(raw);
  f.dropUnknown(versionFields);
  const entries: [string, unknown][] = [
    ['promptId', f.id('promptId')],
    ['rev', f.num('rev', { min: 1, max: 1e9, whole: true })],
    ['title', f.text('title', fileLimits.titleLength)],
    ['text', f.text('text', fileLimits.textLength)],
    ['note', f.text('note', fileLimits.noteLength, { optional: true })],
    ['params', cleanParams(f)],
    ['shot', f.has('shot') ? cleanShot(f) : undefined],
    ['storyboard', f.has('storyboard') ? cleanStoryboard(f) : undefined],
    ['savedAt', f.timestamp('savedAt')],
  ];
  return c.itemFailed ? undefined : ordered<PromptVersion>(entries);
}

// `remote` (where a job lives at the provider, with URLs the queue would poll with the key) is
// deliberately absent: an imported run must never make the app contact a host named by a file.
const runFields = ['id', 'promptId', 'rev', 'provider', 'model', 'status', 'text', 'shot', 'params', 'remoteId', 'remixOf', 'retryOf', 'sequence', 'parentRunId', 'continuation', 'progress', 'queuePosition', 'error', 'createdAt', 'startedAt', 'finishedAt', 'costEstimate', 'media', 'rating', 'tags', 'notes'] as const;

function cleanRunError(owner: Fields): RunError | undefined {
  const e = owner.object('error');
  if (!e) return undefined;
  e.dropUnknown(['kind', 'raw', 'reason', 'status']);
  const kind = e.text('kind', 64);
  const rawText = e.text('raw', fileLimits.textLength, { optional: true });
  const reason = e.text('reason', fileLimits.textLength, { optional: true });
  const status = e.num('status', { min: 0, max: 999, whole: true, optional: true });
  return kind === undefined || e.c.itemFailed ? undefined : ordered<RunError>([['kind', kind], ['raw', rawText], ['reason', reason], ['status', status]]);
}

function cleanRunMedia(owner: Fields): RunMedia | undefined {
  const m = owner.object('media');
  if (!m) return undefined;
  m.dropUnknown(['video', 'thumb', 'mimeType', 'bytes']);
  const video = m.text('video', fileLimits.shortText);
  const thumb = m.text('thumb', fileLimits.shortText, { optional: true });
  const mimeType = m.raw.mimeType;
  if (typeof mimeType !== 'string' || !(videoTypes as readonly string[]).includes(mimeType)) return m.report('mimeType', { code: 'notVideo' });
  const bytes = m.num('bytes', { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true });
  if (video === undefined || bytes === undefined) return undefined;
  return ordered<RunMedia>([['video', video], ['thumb', thumb], ['mimeType', mimeType], ['bytes', bytes]]);
}

function cleanRemixOf(owner: Fields): Run['remixOf'] {
  const r = owner.object('remixOf');
  if (!r) return undefined;
  r.dropUnknown(['runId', 'remoteId']);
  const runId = r.id('runId');
  const remoteId = r.text('remoteId', 500);
  return runId === undefined || remoteId === undefined ? undefined : { runId, remoteId };
}

/** Where a run sits in a storyboard generation: its sequence id, shot index of count, length and transition. */
function cleanSequence(owner: Fields): RunSequence | undefined {
  const q = owner.object('sequence');
  if (!q) return undefined;
  q.dropUnknown(['id', 'index', 'count', 'seconds', 'transition']);
  const id = q.id('id');
  const count = q.num('count', { min: 1, max: storyboardLimits.maxShots, whole: true });
  const index = q.num('index', { min: 0, max: storyboardLimits.maxShots - 1, whole: true });
  const seconds = q.num('seconds', { min: 0, max: 3600 });
  const transition = q.raw.transition;
  if (typeof transition !== 'string' || !(transitions as readonly string[]).includes(transition)) return q.report('transition', { code: 'wrongType', expected: 'transition' });
  if (id === undefined || count === undefined || index === undefined || seconds === undefined) return undefined;
  if (index >= count) return q.report('index', { code: 'outOfRange', min: 0, max: count - 1 });
  return { id, index, count, seconds, transition: transition as Transition };
}

/** How a run continues its parent. The parent's file link is not imported: a file must not choose what is sent. */
function cleanContinuation(owner: Fields): Run['continuation'] {
  const r = owner.object('continuation');
  if (!r) return undefined;
  r.dropUnknown(['kind', 'remoteId', 'totalSeconds', 'videoUri']);
  const kind = r.raw.kind;
  if (kind !== 'extend' && kind !== 'edit') return r.report('kind', { code: 'wrongType', expected: 'text' });
  const remoteId = r.text('remoteId', 500);
  const totalSeconds = r.num('totalSeconds', { min: 0, max: 600 });
  return remoteId === undefined || totalSeconds === undefined ? undefined : { kind, remoteId, totalSeconds };
}

function cleanRun(c: Check, raw: Obj): Run | undefined {
  const f = c.fields(raw);
  f.dropUnknown(runFields);
  const status = raw.status;
  if (typeof status !== 'string' || !(runStatuses as readonly string[]).includes(status)) f.report('status', { code: 'wrongType', expected: 'status' });
  const provider = raw.provider;
  if (typeof provider !== 'string' || !providerPattern.test(provider)) f.report('provider', { code: 'wrongType', expected: 'id' });
  const params = cleanParams(f);
  if (params && typeof provider === 'string' && params.provider !== provider) f.report('params.provider', { code: 'providerMismatch', provider, paramsProvider: params.provider });
  const entries: [string, unknown][] = [
    ['id', f.id('id')],
    ['promptId', f.id('promptId')],
    ['rev', f.num('rev', { min: 0, max: 1e9, whole: true })],
    ['provider', provider],
    ['model', modelId(f)],
    ['status', status],
    ['text', f.text('text', fileLimits.textLength)],
    ['shot', f.has('shot') ? cleanShot(f) : undefined],
    ['params', params],
    ['remoteId', f.text('remoteId', 500, { optional: true })],
    ['remixOf', f.has('remixOf') ? cleanRemixOf(f) : undefined],
    ['retryOf', f.id('retryOf', { optional: true })],
    ['sequence', f.has('sequence') ? cleanSequence(f) : undefined],
    ['parentRunId', f.id('parentRunId', { optional: true })],
    ['continuation', f.has('continuation') ? cleanContinuation(f) : undefined],
    ['progress', f.num('progress', { min: 0, max: 100, optional: true })],
    ['queuePosition', f.num('queuePosition', { min: 0, max: 1e6, whole: true, optional: true })],
    ['error', f.has('error') ? cleanRunError(f) : undefined],
    ['createdAt', f.timestamp('createdAt')],
    ['startedAt', f.timestamp('startedAt', { optional: true })],
    ['finishedAt', f.timestamp('finishedAt', { optional: true })],
    ['costEstimate', f.num('costEstimate', { min: 0, max: 1e6, optional: true })],
    ['media', f.has('media') ? cleanRunMedia(f) : undefined],
    ['rating', f.num('rating', { min: 0, max: 5, optional: true })],
    ['tags', tags(f, 'tags', { optional: true })],
    ['notes', f.text('notes', fileLimits.textLength, { optional: true })],
  ];
  return c.itemFailed ? undefined : ordered<Run>(entries);
}

const templateFields = ['id', 'name', 'text', 'whenToUse', 'createdAt', 'updatedAt'] as const;

/** A template someone saved (UserTemplate): its text may hold `{{slot}}` placeholders, kept as written. */
function cleanTemplate(c: Check, raw: Obj): PlainRecord | undefined {
  const f = c.fields(raw);
  f.dropUnknown(templateFields);
  const entries: [string, unknown][] = [
    ['id', f.id('id')],
    ['name', f.text('name', fileLimits.templateNameLength)],
    ['text', f.text('text', fileLimits.textLength)],
    ['whenToUse', f.text('whenToUse', fileLimits.whenToUseLength)],
    ['createdAt', f.timestamp('createdAt')],
    ['updatedAt', f.timestamp('updatedAt')],
  ];
  return c.itemFailed ? undefined : ordered<UserTemplate & PlainRecord>(entries);
}

const collectionFields = ['id', 'name', 'createdAt', 'updatedAt'] as const;

function cleanCollection(c: Check, raw: Obj): PlainRecord | undefined {
  const f = c.fields(raw);
  f.dropUnknown(collectionFields);
  const entries: [string, unknown][] = [
    ['id', f.id('id')],
    ['name', f.text('name', fileLimits.shortText)],
    ['createdAt', f.timestamp('createdAt', { optional: true })],
    ['updatedAt', f.timestamp('updatedAt', { optional: true })],
  ];
  return c.itemFailed ? undefined : ordered<CollectionRecord & PlainRecord>(entries);
}

const comparisonFields = ['id', 'columns', 'results', 'winner', 'notes', 'createdAt', 'updatedAt', 'rev'] as const;
/** Revs inside a comparison may be 0, as restoreComparison allows (unlike a prompt's, which start at 1). */
const revRule = { min: 0, max: 1e9, whole: true };

function cleanColumn(f: Fields): ComparisonColumn | undefined {
  f.dropUnknown(['promptId', 'rev', 'runId']);
  return ordered<ComparisonColumn>([
    ['promptId', f.id('promptId')],
    ['rev', f.num('rev', revRule)],
    ['runId', f.id('runId', { optional: true })],
  ]);
}

function cleanJudgement(f: Fields): ResultJudgement | undefined {
  f.dropUnknown(['runId', 'promptId', 'rating', 'tags', 'note']);
  return ordered<ResultJudgement>([
    ['runId', f.id('runId')],
    ['promptId', f.id('promptId')],
    ['rating', f.num('rating', { min: comparisonLimits.minRating, max: comparisonLimits.maxRating, whole: true, optional: true })],
    ['tags', tags(f, 'tags')],
    ['note', f.text('note', fileLimits.comparisonNoteLength)],
  ]);
}

function cleanWinner(owner: Fields): ComparisonWinner | undefined {
  const w = owner.object('winner');
  if (!w) return undefined;
  w.dropUnknown(['promptId', 'rev', 'runId', 'promotedAt']);
  return ordered<ComparisonWinner>([
    ['promptId', w.id('promptId')],
    ['rev', w.num('rev', revRule)],
    ['runId', w.id('runId', { optional: true })],
    ['promotedAt', w.timestamp('promotedAt', { optional: true })],
  ]);
}

/**
 * A comparison (src/domain/comparison.ts). Its prompts and runs need not be in the file: the
 * comparison view shows a column whose prompt version is gone as missing, like after a delete.
 */
function cleanComparison(c: Check, raw: Obj): PlainRecord | undefined {
  const f = c.fields(raw);
  f.dropUnknown(comparisonFields);
  const entries: [string, unknown][] = [
    ['id', f.id('id')],
    ['columns', f.recordList('columns', fileLimits.comparisonColumns, cleanColumn)],
    ['results', f.recordList('results', { min: 0, max: fileLimits.comparisonResults }, cleanJudgement)],
    ['winner', f.has('winner') ? cleanWinner(f) : undefined],
    ['notes', f.text('notes', fileLimits.comparisonNoteLength)],
    ['createdAt', f.timestamp('createdAt')],
    ['updatedAt', f.timestamp('updatedAt')],
    ['rev', f.num('rev', revRule)],
  ];
  return c.itemFailed ? undefined : ordered<Comparison & PlainRecord>(entries);
}

/** Compares by UTF-16 code units: the same order on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const cleaners: { [L in RecordList]: (c: Check, raw: Obj) => LibraryRecords[L][number] | undefined } = {
  prompts: cleanPrompt,
  versions: cleanVersion,
  templates: cleanTemplate,
  collections: cleanCollection,
  comparisons: cleanComparison,
  runs: cleanRun,
};

/** The records, sorted the one way every export uses. */
export function sortRecords(records: LibraryRecords): LibraryRecords {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => byCodeUnit(a.id, b.id));
  return {
    prompts: byId(records.prompts),
    versions: [...records.versions].sort((a, b) => byCodeUnit(a.promptId, b.promptId) || a.rev - b.rev),
    templates: byId(records.templates),
    collections: byId(records.collections),
    comparisons: byId(records.comparisons),
    runs: byId(records.runs),
  };
}

export function emptyRecords(): LibraryRecords {
  return { prompts: [], versions: [], templates: [], collections: [], comparisons: [], runs: [] };
}

/**
 * Cleans records read from this device for export through the same allow-list as imports, so a
 * file never carries a field an import would refuse. A damaged record is left out and counted.
 */
export function cleanForExport(records: StoredRecords): { records: LibraryRecords; skipped: number } {
  const out = emptyRecords();
  let skipped = 0;
  for (const list of recordLists) {
    const clean = cleaners[list] as (c: Check, raw: Obj) => unknown;
    for (const raw of records[list]) {
      const c = new Check();
      c.begin(kindOfList[list], 0);
      const value = isObject(raw) ? clean(c, raw) : undefined;
      if (value === undefined) skipped++;
      else (out[list] as unknown[]).push(value);
    }
  }
  return { records: sortRecords(out), skipped };
}
