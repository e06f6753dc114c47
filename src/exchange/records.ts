import { emptyShot, type Shot } from '../domain/shot';
import { normaliseTags, type Prompt, type PromptVersion } from '../domain/prompt';
import { defaultParams, type GenerationParams } from '../domain/params';
import { isValidModelId } from '../domain/model-id';
import type { Run, RunError, RunMedia, RunStatus } from '../domain/run';
import { comparisonLimits, type Comparison, type ComparisonColumn, type ComparisonWinner, type ResultJudgement } from '../domain/comparison';
import type { UserTemplate } from '../domain/template';
import type { RecordKind } from './errors';
import { fileLimits, recordLists, type RecordList } from './limits';
import { bool, Check, id, isObject, num, object, objectList, optionalId, optionalNum, optionalText, optionalTimestamp, ordered, recordList, text, textList, timestamp, type Obj } from './check';

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

function tags(c: Check, raw: Obj, field: string, required: boolean, path = field): string[] | undefined {
  if (raw[field] === undefined) return required ? c.report(path, { code: 'missing' }) : undefined;
  const list = textList(c, raw[field], path, fileLimits.tagCount, fileLimits.tagLength);
  return list && normaliseTags(list);
}

// Shapes

function modelId(c: Check, raw: Obj): string | undefined {
  const model = text(c, raw, 'model', fileLimits.shortText);
  if (model !== undefined && !isValidModelId(model)) return c.report('model', { code: 'wrongType', expected: 'modelId' });
  return model;
}

const paramsFields = ['provider', 'model', 'seconds', 'aspectRatio', 'resolution', 'negativePrompt', 'audio', 'rawInput', 'seed'] as const;

function cleanParams(c: Check, owner: Obj): GenerationParams | undefined {
  const raw = object(c, owner, 'params');
  if (!raw) return undefined;
  c.dropUnknown(raw, paramsFields, 'params.');
  const provider = raw.provider;
  if (typeof provider !== 'string' || !providerPattern.test(provider)) return c.report('params.provider', { code: 'wrongType', expected: 'id' });
  const model = text(c, raw, 'model', fileLimits.shortText, 'params.model');
  const seconds = num(c, raw, 'seconds', 0, 600, false, 'params.seconds');
  const aspectRatio = text(c, raw, 'aspectRatio', 16, 'params.aspectRatio');
  const resolution = text(c, raw, 'resolution', 16, 'params.resolution');
  const negativePrompt = optionalText(c, raw, 'negativePrompt', fileLimits.textLength, 'params.negativePrompt');
  const audio = raw.audio;
  if (audio !== undefined && typeof audio !== 'boolean') return c.report('params.audio', { code: 'wrongType', expected: 'yesNo' });
  const rawInput = optionalText(c, raw, 'rawInput', fileLimits.textLength, 'params.rawInput');
  const seed = optionalNum(c, raw, 'seed', 0, 2 ** 32 - 1, true, 'params.seed');
  if (model === undefined || seconds === undefined || aspectRatio === undefined || resolution === undefined || c.itemFailed) return undefined;
  if (!isValidModelId(model)) {
    // A run records what was sent; Laqta never sent such an id, so a run carrying one is forged.
    if (c.item === 'run') return c.report('params.model', { code: 'wrongType', expected: 'modelId' });
    // A prompt keeps its text and gets the default settings; the id is named in the preview.
    c.refuseModel(model);
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
  ]);
}

/** The Shot's fields and their kinds come from emptyShot(), so a new Shot field is allowed here too. */
function cleanShot(c: Check, owner: Obj): Shot | undefined {
  const raw = object(c, owner, 'shot');
  if (!raw) return undefined;
  const base = emptyShot() as unknown as Obj;
  const keys = Object.keys(base);
  c.dropUnknown(raw, keys, 'shot.');
  const out: Obj = {};
  for (const key of keys) {
    const v = raw[key];
    const path = `shot.${key}`;
    if (v === undefined) out[key] = base[key];
    else if (typeof base[key] === 'string') out[key] = text(c, raw, key, fileLimits.textLength, path);
    else if (key === 'beats') out[key] = objectList(c, v, path, (item) => ({ from: num(c, item, 'from', 0, 3600, false, `${path}.from`), to: num(c, item, 'to', 0, 3600, false, `${path}.to`), action: text(c, item, 'action', fileLimits.textLength, `${path}.action`) }));
    else if (key === 'dialogue') out[key] = objectList(c, v, path, (item) => ({ speaker: text(c, item, 'speaker', fileLimits.shortText, `${path}.speaker`), line: text(c, item, 'line', fileLimits.textLength, `${path}.line`) }));
    else out[key] = textList(c, v, path, fileLimits.listItems, fileLimits.shortText);
    if (out[key] === undefined) return undefined;
  }
  return out as unknown as Shot;
}

function cleanSlotValues(c: Check, raw: Obj): Record<string, string> | undefined {
  const v = raw.slotValues;
  if (!isObject(v)) return c.report('slotValues', { code: 'wrongType', expected: 'object' });
  const entries = Object.entries(v);
  if (entries.length > fileLimits.slotCount) return c.report('slotValues', { code: 'tooMany', max: fileLimits.slotCount });
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (!plainKeyPattern.test(key)) {
      c.drop(`slotValues.${key}`);
      continue;
    }
    if (typeof value !== 'string') return c.report(`slotValues.${key}`, { code: 'wrongType', expected: 'text' });
    if (value.length > fileLimits.textLength) return c.report(`slotValues.${key}`, { code: 'tooLong', max: fileLimits.textLength });
    out[key] = value;
  }
  return out;
}

const promptFields = ['id', 'title', 'text', 'tags', 'favorite', 'collection', 'parentId', 'templateId', 'slotValues', 'conflictOf', 'params', 'shot', 'createdAt', 'updatedAt', 'rev'] as const;

function cleanPrompt(c: Check, raw: Obj): Prompt | undefined {
  c.dropUnknown(raw, [...promptFields, 'deletedAt']);
  const entries: [string, unknown][] = [
    ['id', id(c, raw, 'id')],
    ['title', text(c, raw, 'title', fileLimits.titleLength)],
    ['text', text(c, raw, 'text', fileLimits.textLength)],
    ['tags', tags(c, raw, 'tags', true)],
    ['favorite', bool(c, raw, 'favorite')],
    ['collection', optionalText(c, raw, 'collection', fileLimits.shortText)],
    ['parentId', optionalId(c, raw, 'parentId')],
    ['templateId', optionalId(c, raw, 'templateId')],
    ['slotValues', raw.slotValues === undefined ? undefined : cleanSlotValues(c, raw)],
    ['conflictOf', optionalId(c, raw, 'conflictOf')],
    ['params', cleanParams(c, raw)],
    ['shot', raw.shot === undefined ? undefined : cleanShot(c, raw)],
    ['createdAt', timestamp(c, raw, 'createdAt')],
    ['updatedAt', timestamp(c, raw, 'updatedAt')],
    ['rev', num(c, raw, 'rev', 1, 1e9, true)],
  ];
  return c.itemFailed ? undefined : ordered<Prompt>(entries);
}

const versionFields = ['promptId', 'rev', 'title', 'text', 'note', 'params', 'shot', 'savedAt'] as const;

function cleanVersion(c: Check, raw: Obj): PromptVersion | undefined {
  c.dropUnknown(raw, versionFields);
  const entries: [string, unknown][] = [
    ['promptId', id(c, raw, 'promptId')],
    ['rev', num(c, raw, 'rev', 1, 1e9, true)],
    ['title', text(c, raw, 'title', fileLimits.titleLength)],
    ['text', text(c, raw, 'text', fileLimits.textLength)],
    ['note', optionalText(c, raw, 'note', fileLimits.noteLength)],
    ['params', cleanParams(c, raw)],
    ['shot', raw.shot === undefined ? undefined : cleanShot(c, raw)],
    ['savedAt', timestamp(c, raw, 'savedAt')],
  ];
  return c.itemFailed ? undefined : ordered<PromptVersion>(entries);
}

// `remote` (where a job lives at the provider, with URLs the queue would poll with the key) is
// deliberately absent: an imported run must never make the app contact a host named by a file.
const runFields = ['id', 'promptId', 'rev', 'provider', 'model', 'status', 'text', 'params', 'remoteId', 'remixOf', 'retryOf', 'progress', 'queuePosition', 'error', 'createdAt', 'startedAt', 'finishedAt', 'costEstimate', 'media', 'rating', 'tags', 'notes'] as const;

function cleanRunError(c: Check, raw: Obj): RunError | undefined {
  const e = object(c, raw, 'error');
  if (!e) return undefined;
  c.dropUnknown(e, ['kind', 'raw', 'reason', 'status'], 'error.');
  const kind = text(c, e, 'kind', 64, 'error.kind');
  const rawText = optionalText(c, e, 'raw', fileLimits.textLength, 'error.raw');
  const reason = optionalText(c, e, 'reason', fileLimits.textLength, 'error.reason');
  const status = e.status === undefined ? undefined : num(c, e, 'status', 0, 999, true, 'error.status');
  return kind === undefined || c.itemFailed ? undefined : ordered<RunError>([['kind', kind], ['raw', rawText], ['reason', reason], ['status', status]]);
}

function cleanRunMedia(c: Check, raw: Obj): RunMedia | undefined {
  const m = object(c, raw, 'media');
  if (!m) return undefined;
  c.dropUnknown(m, ['video', 'thumb', 'mimeType', 'bytes'], 'media.');
  const video = text(c, m, 'video', fileLimits.shortText, 'media.video');
  const thumb = optionalText(c, m, 'thumb', fileLimits.shortText, 'media.thumb');
  const mimeType = m.mimeType;
  if (typeof mimeType !== 'string' || !(videoTypes as readonly string[]).includes(mimeType)) return c.report('media.mimeType', { code: 'notVideo' });
  const bytes = num(c, m, 'bytes', 0, Number.MAX_SAFE_INTEGER, true, 'media.bytes');
  if (video === undefined || bytes === undefined) return undefined;
  return ordered<RunMedia>([['video', video], ['thumb', thumb], ['mimeType', mimeType], ['bytes', bytes]]);
}

function cleanRemixOf(c: Check, raw: Obj): Run['remixOf'] {
  const r = object(c, raw, 'remixOf');
  if (!r) return undefined;
  c.dropUnknown(r, ['runId', 'remoteId'], 'remixOf.');
  const runId = id(c, r, 'runId', 'remixOf.runId');
  const remoteId = text(c, r, 'remoteId', 500, 'remixOf.remoteId');
  return runId === undefined || remoteId === undefined ? undefined : { runId, remoteId };
}

function cleanRun(c: Check, raw: Obj): Run | undefined {
  c.dropUnknown(raw, runFields);
  const status = raw.status;
  if (typeof status !== 'string' || !(runStatuses as readonly string[]).includes(status)) c.report('status', { code: 'wrongType', expected: 'status' });
  const provider = raw.provider;
  if (typeof provider !== 'string' || !providerPattern.test(provider)) c.report('provider', { code: 'wrongType', expected: 'id' });
  const params = cleanParams(c, raw);
  if (params && typeof provider === 'string' && params.provider !== provider) c.report('params.provider', { code: 'providerMismatch', provider, paramsProvider: params.provider });
  const entries: [string, unknown][] = [
    ['id', id(c, raw, 'id')],
    ['promptId', id(c, raw, 'promptId')],
    ['rev', num(c, raw, 'rev', 0, 1e9, true)],
    ['provider', provider],
    ['model', modelId(c, raw)],
    ['status', status],
    ['text', text(c, raw, 'text', fileLimits.textLength)],
    ['params', params],
    ['remoteId', optionalText(c, raw, 'remoteId', 500)],
    ['remixOf', raw.remixOf === undefined ? undefined : cleanRemixOf(c, raw)],
    ['retryOf', optionalId(c, raw, 'retryOf')],
    ['progress', optionalNum(c, raw, 'progress', 0, 100)],
    ['queuePosition', optionalNum(c, raw, 'queuePosition', 0, 1e6, true)],
    ['error', raw.error === undefined ? undefined : cleanRunError(c, raw)],
    ['createdAt', timestamp(c, raw, 'createdAt')],
    ['startedAt', raw.startedAt === undefined ? undefined : timestamp(c, raw, 'startedAt')],
    ['finishedAt', raw.finishedAt === undefined ? undefined : timestamp(c, raw, 'finishedAt')],
    ['costEstimate', optionalNum(c, raw, 'costEstimate', 0, 1e6)],
    ['media', raw.media === undefined ? undefined : cleanRunMedia(c, raw)],
    ['rating', optionalNum(c, raw, 'rating', 0, 5)],
    ['tags', tags(c, raw, 'tags', false)],
    ['notes', optionalText(c, raw, 'notes', fileLimits.textLength)],
  ];
  return c.itemFailed ? undefined : ordered<Run>(entries);
}

const templateFields = ['id', 'name', 'text', 'whenToUse', 'createdAt', 'updatedAt'] as const;

/** A template someone saved (UserTemplate): its text may hold `{{slot}}` placeholders, kept as written. */
function cleanTemplate(c: Check, raw: Obj): PlainRecord | undefined {
  c.dropUnknown(raw, templateFields);
  const entries: [string, unknown][] = [
    ['id', id(c, raw, 'id')],
    ['name', text(c, raw, 'name', fileLimits.templateNameLength)],
    ['text', text(c, raw, 'text', fileLimits.textLength)],
    ['whenToUse', text(c, raw, 'whenToUse', fileLimits.whenToUseLength)],
    ['createdAt', timestamp(c, raw, 'createdAt')],
    ['updatedAt', timestamp(c, raw, 'updatedAt')],
  ];
  return c.itemFailed ? undefined : ordered<UserTemplate & PlainRecord>(entries);
}

const collectionFields = ['id', 'name', 'createdAt', 'updatedAt'] as const;

function cleanCollection(c: Check, raw: Obj): PlainRecord | undefined {
  c.dropUnknown(raw, collectionFields);
  const entries: [string, unknown][] = [
    ['id', id(c, raw, 'id')],
    ['name', text(c, raw, 'name', fileLimits.shortText)],
    ['createdAt', optionalTimestamp(c, raw, 'createdAt')],
    ['updatedAt', optionalTimestamp(c, raw, 'updatedAt')],
  ];
  return c.itemFailed ? undefined : ordered<CollectionRecord & PlainRecord>(entries);
}

const comparisonFields = ['id', 'columns', 'results', 'winner', 'notes', 'createdAt', 'updatedAt', 'rev'] as const;
/** Revs inside a comparison may be 0, as restoreComparison allows (unlike a prompt's, which start at 1). */
const maxRev = 1e9;

function cleanColumn(c: Check, raw: Obj, path: string): ComparisonColumn | undefined {
  c.dropUnknown(raw, ['promptId', 'rev', 'runId'], path);
  return ordered<ComparisonColumn>([
    ['promptId', id(c, raw, 'promptId', `${path}promptId`)],
    ['rev', num(c, raw, 'rev', 0, maxRev, true, `${path}rev`)],
    ['runId', optionalId(c, raw, 'runId', `${path}runId`)],
  ]);
}

function cleanJudgement(c: Check, raw: Obj, path: string): ResultJudgement | undefined {
  c.dropUnknown(raw, ['runId', 'promptId', 'rating', 'tags', 'note'], path);
  return ordered<ResultJudgement>([
    ['runId', id(c, raw, 'runId', `${path}runId`)],
    ['promptId', id(c, raw, 'promptId', `${path}promptId`)],
    ['rating', optionalNum(c, raw, 'rating', comparisonLimits.minRating, comparisonLimits.maxRating, true, `${path}rating`)],
    ['tags', tags(c, raw, 'tags', true, `${path}tags`)],
    ['note', text(c, raw, 'note', fileLimits.comparisonNoteLength, `${path}note`)],
  ]);
}

function cleanWinner(c: Check, raw: Obj): ComparisonWinner | undefined {
  const w = object(c, raw, 'winner');
  if (!w) return undefined;
  c.dropUnknown(w, ['promptId', 'rev', 'runId', 'promotedAt'], 'winner.');
  return ordered<ComparisonWinner>([
    ['promptId', id(c, w, 'promptId', 'winner.promptId')],
    ['rev', num(c, w, 'rev', 0, maxRev, true, 'winner.rev')],
    ['runId', optionalId(c, w, 'runId', 'winner.runId')],
    ['promotedAt', optionalTimestamp(c, w, 'promotedAt', 'winner.promotedAt')],
  ]);
}

/**
 * A comparison (src/domain/comparison.ts). Its prompts and runs need not be in the file: the
 * comparison view shows a column whose prompt version is gone as missing, like after a delete.
 */
function cleanComparison(c: Check, raw: Obj): PlainRecord | undefined {
  c.dropUnknown(raw, comparisonFields);
  const { min, max } = fileLimits.comparisonColumns;
  const entries: [string, unknown][] = [
    ['id', id(c, raw, 'id')],
    ['columns', recordList(c, raw, 'columns', min, max, (item, path) => cleanColumn(c, item, path))],
    ['results', recordList(c, raw, 'results', 0, fileLimits.comparisonResults, (item, path) => cleanJudgement(c, item, path))],
    ['winner', raw.winner === undefined ? undefined : cleanWinner(c, raw)],
    ['notes', text(c, raw, 'notes', fileLimits.comparisonNoteLength)],
    ['createdAt', timestamp(c, raw, 'createdAt')],
    ['updatedAt', timestamp(c, raw, 'updatedAt')],
    ['rev', num(c, raw, 'rev', 0, maxRev, true)],
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
