import type { ItemProblem, Problem, RecordKind } from './errors';
import { fileLimits, idPattern } from './limits';

/**
 * The validation kit: a Check collects the problems of one file (or of one record, on export),
 * and the field readers below each return a clean value or undefined after reporting why.
 */

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects the problems of one file, at most fileLimits.problemsShown of them; the rest are counted. */
export class Check {
  problems: ItemProblem[] = [];
  more = 0;
  dropped = new Set<string>();
  /** Model ids refused because they are not plain data (they could steer a request), as written. */
  refusedModels = new Set<string>();
  item: RecordKind = 'prompt';
  index = 0;
  #failedHere = false;

  begin(item: RecordKind, index: number): void {
    this.item = item;
    this.index = index;
    this.#failedHere = false;
  }

  get itemFailed(): boolean {
    return this.#failedHere;
  }

  get full(): boolean {
    return this.problems.length >= fileLimits.problemsShown;
  }

  report(field: string, problem: Problem): undefined {
    this.#failedHere = true;
    if (this.full) this.more++;
    else this.problems.push({ item: this.item, index: this.index, field, problem });
    return undefined;
  }

  drop(field: string): void {
    if (this.dropped.size < 10) this.dropped.add(`${this.item}.${field.slice(0, 40)}`);
  }

  dropFromFile(field: string): void {
    if (this.dropped.size < 10) this.dropped.add(`file.${field.slice(0, 40)}`);
  }

  /** Notes a refused model id (at most 10 distinct, each cut to 120 characters). */
  refuseModel(model: string): void {
    if (this.refusedModels.size < 10) this.refusedModels.add(model.slice(0, 120));
  }

  /** Notes, as dropped, every key of `raw` not in `allowed`. */
  dropUnknown(raw: Obj, allowed: readonly string[], prefix = ''): void {
    for (const key of Object.keys(raw)) if (!allowed.includes(key)) this.drop(prefix + key);
  }
}

// Field readers: each returns the clean value, or undefined after reporting the problem.

export function text(c: Check, raw: Obj, field: string, max: number, path = field): string | undefined {
  const v = raw[field];
  if (v === undefined) return c.report(path, { code: 'missing' });
  if (typeof v !== 'string') return c.report(path, { code: 'wrongType', expected: 'text' });
  if (v.length > max) return c.report(path, { code: 'tooLong', max });
  return v;
}

export function optionalText(c: Check, raw: Obj, field: string, max: number, path = field): string | undefined {
  return raw[field] === undefined ? undefined : text(c, raw, field, max, path);
}

export function id(c: Check, raw: Obj, field: string, path = field): string | undefined {
  const v = raw[field];
  if (v === undefined) return c.report(path, { code: 'missing' });
  if (typeof v !== 'string' || !idPattern.test(v)) return c.report(path, { code: 'wrongType', expected: 'id' });
  return v;
}

export function optionalId(c: Check, raw: Obj, field: string, path = field): string | undefined {
  return raw[field] === undefined ? undefined : id(c, raw, field, path);
}

export function num(c: Check, raw: Obj, field: string, min: number, max: number, whole = false, path = field): number | undefined {
  const v = raw[field];
  if (v === undefined) return c.report(path, { code: 'missing' });
  if (typeof v !== 'number' || !Number.isFinite(v) || (whole && !Number.isInteger(v)))
    return c.report(path, { code: 'wrongType', expected: whole ? 'wholeNumber' : 'number' });
  if (v < min || v > max) return c.report(path, { code: 'outOfRange', min, max });
  return v;
}

export function optionalNum(c: Check, raw: Obj, field: string, min: number, max: number, whole = false, path = field): number | undefined {
  return raw[field] === undefined ? undefined : num(c, raw, field, min, max, whole, path);
}

export function timestamp(c: Check, raw: Obj, field: string, path = field): number | undefined {
  return num(c, raw, field, 0, fileLimits.timestamp, false, path);
}

export function optionalTimestamp(c: Check, raw: Obj, field: string, path = field): number | undefined {
  return raw[field] === undefined ? undefined : timestamp(c, raw, field, path);
}

export function bool(c: Check, raw: Obj, field: string): boolean | undefined {
  const v = raw[field];
  if (v === undefined) return c.report(field, { code: 'missing' });
  if (typeof v !== 'boolean') return c.report(field, { code: 'wrongType', expected: 'yesNo' });
  return v;
}

export function textList(c: Check, v: unknown, path: string, maxItems: number, maxLength: number): string[] | undefined {
  if (!Array.isArray(v)) return c.report(path, { code: 'wrongType', expected: 'list' });
  if (v.length > maxItems) return c.report(path, { code: 'tooMany', max: maxItems });
  for (const item of v) {
    if (typeof item !== 'string') return c.report(path, { code: 'wrongType', expected: 'text' });
    if (item.length > maxLength) return c.report(path, { code: 'tooLong', max: maxLength });
  }
  return v as string[];
}

export function object(c: Check, raw: Obj, field: string): Obj | undefined {
  const v = raw[field];
  if (v === undefined) return c.report(field, { code: 'missing' });
  if (!isObject(v)) return c.report(field, { code: 'wrongType', expected: 'object' });
  return v;
}

/** A list of `min` to `max` records, each cleaned by `clean`; undefined (reported) as soon as one fails. */
export function recordList<T>(c: Check, raw: Obj, field: string, min: number, max: number, clean: (item: Obj, path: string) => T | undefined): T[] | undefined {
  const v = raw[field];
  if (v === undefined) return c.report(field, { code: 'missing' });
  if (!Array.isArray(v)) return c.report(field, { code: 'wrongType', expected: 'list' });
  if (v.length < min || v.length > max) return c.report(field, min > 0 ? { code: 'outOfRange', min, max } : { code: 'tooMany', max });
  const out: T[] = [];
  for (const item of v) {
    if (!isObject(item)) return c.report(field, { code: 'wrongType', expected: 'object' });
    const cleaned = clean(item, `${field}.`);
    if (cleaned === undefined || c.itemFailed) return undefined;
    out.push(cleaned);
  }
  return out;
}

export function objectList<T extends Obj>(c: Check, v: unknown, path: string, clean: (item: Obj) => T): T[] | undefined {
  if (!Array.isArray(v)) return c.report(path, { code: 'wrongType', expected: 'list' });
  if (v.length > fileLimits.listItems) return c.report(path, { code: 'tooMany', max: fileLimits.listItems });
  const out: T[] = [];
  for (const item of v) {
    if (!isObject(item)) return c.report(path, { code: 'wrongType', expected: 'object' });
    const cleaned = clean(item);
    if (Object.values(cleaned).some((x) => x === undefined)) return undefined;
    out.push(cleaned);
  }
  return out;
}

/** Builds an object with keys in the given order, leaving out undefined values. */
export function ordered<T>(entries: [string, unknown][]): T {
  const out: Obj = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out as T;
}
