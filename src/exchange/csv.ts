import { defaultParams } from '../domain/params';
import { titleFromText, type Prompt, type PromptVersion } from '../domain/prompt';
import type { Result } from './errors';
import { currentFileVersion } from './migrations';
import { fileLimits, idPattern } from './limits';
import { byCodeUnit, cleanForExport, type StoredRecords } from './records';
import { fileFormat, validateLibrary, type ValidatedLibrary } from './schema';

/** Columns of an exported CSV, in order. Headers stay English so spreadsheets and scripts can rely on them. */
export const csvColumns = ['id', 'title', 'prompt', 'tags', 'favorite', 'collection', 'provider', 'model', 'seconds', 'aspect_ratio', 'resolution', 'created_at', 'updated_at'] as const;

// Spreadsheets skip spaces, control and invisible format characters before a formula, and some
// read the full-width and small forms of = + - @ as the ASCII ones.
const formulaStart = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/u;
const controlStart = /^[\t\r\n]/;

/**
 * Whether a cell needs the ' prefix: it would run as a formula (after any leading whitespace or
 * control characters), starts with a tab or line break, or is such a cell already prefixed with
 * quotes (so the importer's undo gives back exactly what was typed).
 */
function needsPrefix(value: string): boolean {
  let at = 0;
  while (value[at] === "'") at++;
  const rest = at ? value.slice(at) : value;
  return formulaStart.test(rest) || controlStart.test(rest);
}

/** A spreadsheet would run a cell that starts (after spaces or control characters) with = + - @ or their full-width forms: prefix it with ' so it stays text. */
export function neutraliseCell(value: string): string {
  return needsPrefix(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell for cells this exporter wrote. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && needsPrefix(value.slice(1)) ? value.slice(1) : value;
}

function quote(value: string): string {
  return /[",\r\n;\t]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row per prompt, UTF-8 with a BOM (so Excel shows Arabic), CRLF line ends, formula-safe cells. */
export function exportCsv(records: StoredRecords): string {
  const { prompts } = cleanForExport(records).records;
  const rows = [csvColumns.join(',')];
  for (const p of [...prompts].sort((a, b) => byCodeUnit(a.id, b.id))) {
    const cells = [
      p.id,
      p.title,
      p.text,
      p.tags.join(', '),
      p.favorite ? 'yes' : 'no',
      p.collection ?? '',
      p.params.provider,
      p.params.model,
      String(p.params.seconds),
      p.params.aspectRatio,
      p.params.resolution,
      new Date(p.createdAt).toISOString(),
      new Date(p.updatedAt).toISOString(),
    ];
    rows.push(cells.map((c) => quote(neutraliseCell(c))).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Splits CSV text into rows of cells: RFC 4180 quoting, embedded newlines, CRLF or LF, a chosen delimiter. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        // Copy the run up to the next quote in one go: long cells stay linear.
        const next = text.indexOf('"', i);
        const end = next === -1 ? text.length : next;
        cell += text.slice(i, end);
        i = end - 1;
      }
    } else if (ch === 0x22 && cell === '') quoted = true;
    else if (ch === d) {
      row.push(cell);
      cell = '';
    } else if (ch === 0x0a || ch === 0x0d) {
      if (ch === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += text[i];
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Comma, semicolon (European spreadsheets) or tab: whichever the header line uses most. */
function detectDelimiter(text: string): string {
  const header = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] && counts[0][1] > 1 ? counts[0][0] : ',';
}

type Column = 'id' | 'title' | 'prompt' | 'tags' | 'favorite' | 'collection' | 'provider' | 'model' | 'seconds' | 'aspectRatio' | 'resolution' | 'createdAt' | 'updatedAt';

/** Header names people use, folded (lower case, no spaces, dashes or underscores), English and Arabic. */
const headerNames: Record<string, Column> = {
  id: 'id',
  title: 'title',
  name: 'title',
  العنوان: 'title',
  prompt: 'prompt',
  text: 'prompt',
  الأمر: 'prompt',
  النص: 'prompt',
  tags: 'tags',
  الوسوم: 'tags',
  favorite: 'favorite',
  favourite: 'favorite',
  collection: 'collection',
  provider: 'provider',
  model: 'model',
  seconds: 'seconds',
  aspectratio: 'aspectRatio',
  resolution: 'resolution',
  createdat: 'createdAt',
  updatedat: 'updatedAt',
};

const truthy = new Set(['yes', 'true', '1', 'y', '★', 'نعم']);

/**
 * Turns CSV text into library records (one prompt and its first version per row) and runs them
 * through the same validation as a library file, so a bad row is named the same way
 * ("prompt #600: …", counting data rows from 1). Needs at least a title and a prompt column.
 */
export function parseLibraryCsv(text: string, now: number, newId: () => string): Result<ValidatedLibrary> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = parseCsv(body);
  const header = rows.shift() ?? [];
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = headerNames[name.trim().toLocaleLowerCase('en').replace(/[\s_-]/g, '')];
    if (column && !index.has(column)) index.set(column, i);
  });
  for (const required of ['title', 'prompt'] as const)
    if (!index.has(required)) return { ok: false, error: { kind: 'invalidData', problems: [{ item: 'file', index: 0, field: required, problem: { code: 'missingColumn' } }], more: 0 } };
  const data = rows.filter((r) => r.some((cell) => cell.trim() !== ''));
  if (data.length > fileLimits.counts.prompts) return { ok: false, error: { kind: 'tooLarge', limit: 'count', max: fileLimits.counts.prompts, what: 'prompt' } };

  const prompts: unknown[] = [];
  const versions: PromptVersion[] = [];
  const usedIds = new Set<string>();
  for (const row of data) {
    const cell = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? undefined : restoreCell(row[i] ?? '');
    };
    const promptText = cell('prompt') ?? '';
    const givenId = cell('id')?.trim();
    const id = givenId && idPattern.test(givenId) && !usedIds.has(givenId) ? givenId : newId();
    usedIds.add(id);
    const defaults = defaultParams();
    const seconds = Number(cell('seconds'));
    const prompt = {
      id,
      title: cell('title')?.trim() || titleFromText(promptText),
      text: promptText,
      tags: (cell('tags') ?? '').split(/[,،;]/),
      favorite: truthy.has((cell('favorite') ?? '').trim().toLocaleLowerCase('en')),
      ...(cell('collection')?.trim() ? { collection: cell('collection')?.trim() } : {}),
      params: {
        provider: cell('provider')?.trim() || defaults.provider,
        model: cell('model')?.trim() || defaults.model,
        seconds: cell('seconds')?.trim() && Number.isFinite(seconds) ? seconds : defaults.seconds,
        aspectRatio: cell('aspectRatio')?.trim() || defaults.aspectRatio,
        resolution: cell('resolution')?.trim() || defaults.resolution,
      },
      createdAt: dateCell(cell('createdAt'), now),
      updatedAt: dateCell(cell('updatedAt'), now),
      rev: 1,
    };
    prompts.push(prompt);
    const p = prompt as unknown as Prompt;
    if (typeof p.text === 'string' && typeof p.title === 'string')
      versions.push({ promptId: id, rev: 1, title: p.title, text: p.text, params: p.params, savedAt: p.updatedAt });
  }
  return validateLibrary({ format: fileFormat, version: currentFileVersion, prompts, versions });
}

function dateCell(value: string | undefined, fallback: number): number {
  const v = value?.trim();
  if (!v) return fallback;
  const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
