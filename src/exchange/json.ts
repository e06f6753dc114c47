import { version as appVersion } from '../../package.json';
import type { ImportError, Result } from './errors';
import { currentFileVersion, migrateFile } from './migrations';
import { fileLimits } from './limits';
import { cleanForExport, type LibraryRecords, type StoredRecords } from './records';
import { fileFormat, readEnvelope, validateLibrary, type LibraryFile, type ValidatedLibrary } from './schema';

/** Who wrote a file: stored in every export, shown in the import preview. */
export const appInfo = { name: 'laqta', version: appVersion } as const;

/** An export: the file's text, and how many damaged records had to be left out. */
export interface JsonExport {
  text: string;
  skipped: number;
}

/** How much of a run's failure a file keeps. */
export interface ExportOptions {
  /**
   * Keep the provider's raw answer and its own words in each run's error (for a bug report).
   * Off by default: they can carry project numbers, request ids and account details, and a
   * shared library file needs only what kind of failure it was.
   */
  diagnostics: boolean;
}

/** Runs whose errors keep only their kind and HTTP status. */
export function withoutDiagnostics(records: LibraryRecords): LibraryRecords {
  const runs = records.runs.map((run) => {
    if (!run.error) return run;
    const { raw: _raw, reason: _reason, ...error } = run.error;
    return { ...run, error };
  });
  return { ...records, runs };
}

/**
 * Writes records as a Laqta library file. Records pass the import allow-list and are sorted, keys
 * come in one fixed order, two-space indent, a final newline: the same library always gives the
 * same bytes except `exportedAt`, and a diff between two exports reads record by record.
 */
export function exportLibraryJson(records: StoredRecords, exportedAt: number, options: ExportOptions = { diagnostics: false }): JsonExport {
  const cleaned = cleanForExport(records);
  const skipped = cleaned.skipped;
  const clean = options.diagnostics ? cleaned.records : withoutDiagnostics(cleaned.records);
  const file: LibraryFile = {
    format: fileFormat,
    version: currentFileVersion,
    exportedAt: new Date(exportedAt).toISOString(),
    app: { ...appInfo },
    ...clean,
  };
  return { text: `${JSON.stringify(file, null, 2)}\n`, skipped };
}

/** A file that passed every stage, with what the preview tells the person about it. */
export interface ParsedLibrary extends ValidatedLibrary {
  /** The format version the file was written in (before migration). */
  fileVersion: number;
  exportedAt?: string;
  appVersion?: string;
}

/**
 * The import pipeline for library files: parse → envelope → version → migrate → validate and
 * normalise. Each stage fails with exactly one kind of ImportError; nothing is written here.
 */
export function parseLibraryText(text: string): Result<ParsedLibrary> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestsDeeperThan(body, fileLimits.depth)) return fail({ kind: 'tooLarge', limit: 'depth', max: fileLimits.depth });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return fail({ kind: 'notJson' });
  }
  const envelope = readEnvelope(parsed);
  if (!envelope.ok) return envelope;
  const migrated = migrateFile(envelope.value.file, envelope.value.version);
  if (!migrated.ok) return fail({ kind: 'migrationFailed', from: envelope.value.version, step: migrated.step });
  const validated = validateLibrary(migrated.file);
  if (!validated.ok) return validated;
  const { exportedAt, app } = migrated.file;
  const appVer = typeof app === 'object' && app !== null ? (app as Record<string, unknown>).version : undefined;
  return {
    ok: true,
    value: {
      ...validated.value,
      fileVersion: envelope.value.version,
      ...(typeof exportedAt === 'string' && exportedAt.length <= 40 && !Number.isNaN(Date.parse(exportedAt)) ? { exportedAt } : {}),
      ...(typeof appVer === 'string' && appVer.length <= 40 ? { appVersion: appVer } : {}),
    },
  };
}

function fail(error: ImportError): Result<never> {
  return { ok: false, error };
}

/**
 * True when arrays/objects nest deeper than `limit` anywhere in the JSON text. Checked before
 * JSON.parse so a 10,000-deep file is refused in one linear pass, without recursion.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > limit) return true;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return false;
}
