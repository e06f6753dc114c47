import type { ImportError, Result } from './errors';
import { currentFileVersion } from './migrations';
import { fileLimits, recordLists } from './limits';
import { Check, isObject, type Obj } from './check';
import { cleaners, emptyRecords, kindOfList, type LibraryRecords } from './records';

/**
 * The Laqta library file, version 1 (documented in docs/library-format.md and
 * docs/laqta-library.schema.json): its envelope, and validateLibrary, which checks a whole file
 * with the record cleaners of records.ts and then the references between records.
 */
export const fileFormat = 'laqta-library';

export interface LibraryFile extends LibraryRecords {
  format: typeof fileFormat;
  version: number;
  exportedAt: string;
  app: { name: string; version: string };
}

/** The error kind given to runs that were unfinished in the file: an import never resumes a run. */
export const importedRunErrorKind = 'imported';

/** What validation hands on: clean records, and the names of fields it left out. */
export interface ValidatedLibrary {
  records: LibraryRecords;
  /** `kind.field` of fields that were dropped (at most 10 distinct), e.g. `file.settings`. */
  dropped: string[];
  /** Model ids refused because they are not plain data; the prompts carrying them got default settings. */
  refusedModels: string[];
}

const envelopeFields = ['format', 'version', 'exportedAt', 'app', ...recordLists];

/**
 * Validates and normalises a parsed, migrated file of the current version: counts first (fast
 * refusal), then every item, then references across items. All or nothing: any problem refuses
 * the file, naming the items ("prompt #600: text is longer than 20,000 characters").
 */
export function validateLibrary(file: Obj): Result<ValidatedLibrary> {
  const c = new Check();
  for (const key of Object.keys(file)) if (!envelopeFields.includes(key)) c.dropFromFile(key);
  for (const list of recordLists) {
    const v = file[list];
    if (v === undefined) continue;
    if (!Array.isArray(v)) return { ok: false, error: { kind: 'invalidData', problems: [{ item: 'file', index: 0, field: list, problem: { code: 'wrongType', expected: 'list' } }], more: 0 } };
    if (v.length > fileLimits.counts[list]) return { ok: false, error: { kind: 'tooLarge', limit: 'count', max: fileLimits.counts[list], what: kindOfList[list] } };
  }
  const records = emptyRecords();
  for (const list of recordLists) {
    const raw = (file[list] as unknown[] | undefined) ?? [];
    const out = records[list] as unknown[];
    const clean = cleaners[list] as (c: Check, raw: Obj) => unknown;
    for (let i = 0; i < raw.length; i++) {
      c.begin(kindOfList[list], i + 1);
      const item = raw[i];
      if (!isObject(item)) {
        c.report('', { code: 'wrongType', expected: 'object' });
        continue;
      }
      const value = clean(c, item);
      if (value !== undefined) out.push(value);
      // Enough to act on: stop early so a million bad items cost nothing more.
      if (c.full) break;
    }
  }
  if (!c.problems.length) checkReferences(c, records);
  if (c.problems.length) return { ok: false, error: { kind: 'invalidData', problems: c.problems, more: c.more } };
  return { ok: true, value: { records: normaliseRuns(records), dropped: [...c.dropped], refusedModels: [...c.refusedModels] } };
}

function checkReferences(c: Check, records: LibraryRecords): void {
  for (const list of ['prompts', 'templates', 'collections', 'comparisons', 'runs'] as const) {
    const seen = new Set<string>();
    records[list].forEach((r, i) => {
      if (seen.has(r.id)) {
        // Validation found no problem, so every item was kept: list position i is file item i + 1.
        c.begin(kindOfList[list], i + 1);
        c.report('id', { code: 'duplicateId' });
      }
      seen.add(r.id);
    });
  }
  const promptIds = new Set(records.prompts.map((p) => p.id));
  const seenVersions = new Set<string>();
  records.versions.forEach((v, i) => {
    c.begin('version', i + 1);
    const key = `${v.promptId}/${v.rev}`;
    if (!promptIds.has(v.promptId)) c.report('promptId', { code: 'unknownPrompt' });
    else if (seenVersions.has(key)) c.report('rev', { code: 'duplicateId' });
    seenVersions.add(key);
  });
}

/** An imported run never resumes: anything unfinished arrives as cancelled, with a kind that says why. */
function normaliseRuns(records: LibraryRecords): LibraryRecords {
  return {
    ...records,
    runs: records.runs.map((run) => {
      if (run.status === 'succeeded' || run.status === 'failed' || run.status === 'cancelled') return run;
      const { remoteId: _r, progress: _p, queuePosition: _q, ...rest } = run;
      return { ...rest, status: 'cancelled', error: { kind: importedRunErrorKind } };
    }),
  };
}

/** The envelope's first fields: a file is ours when `format` says so and `version` is a whole number ≥ 1. */
export function readEnvelope(value: unknown): Result<{ file: Obj; version: number }> {
  if (!isObject(value) || value.format !== fileFormat) return { ok: false, error: { kind: 'notLaqtaFile' } };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: { kind: 'notLaqtaFile' } };
  if (version > currentFileVersion) return { ok: false, error: { kind: 'versionTooNew', version } };
  return { ok: true, value: { file: value, version } };
}

export type { ImportError };
