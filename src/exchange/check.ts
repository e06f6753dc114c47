import type { ItemProblem, Problem, RecordKind } from './errors';
import { fileLimits, idPattern } from './limits';

/**
 * The validation kit: a Check collects the problems of one file (or of one record, on export),
 * and a Fields reader (`c.fields(raw, 'params')`) returns each clean value or undefined after reporting why.
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

  /** A reader for the fields of `raw`, reporting each problem under `path` (e.g. `params.seconds`). */
  fields(raw: Obj, path = ''): Fields {
    return new Fields(this, raw, path);
  }
}

/** Whether a field may be absent: then the reader returns undefined without reporting. */
export interface Presence {
  optional?: boolean;
}

export interface NumberRule extends Presence {
  min: number;
  max: number;
  /** Only whole numbers are accepted. */
  whole?: boolean;
}

/**
 * The fields of one raw object at one path. Each reader returns the clean value, or undefined
 * after reporting the problem under the field's full path.
 */
export class Fields {
  constructor(
    readonly c: Check,
    readonly raw: Obj,
    readonly path = '',
  ) {}

  /** The full path of one of these fields, as problems and dropped fields name it. */
  at(field: string): string {
    return this.path ? `${this.path}.${field}` : field;
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined;
  }

  report(field: string, problem: Problem): undefined {
    return this.c.report(this.at(field), problem);
  }

  drop(field: string): void {
    this.c.drop(this.at(field));
  }

  /** Notes, as dropped, every key not in `allowed`. */
  dropUnknown(allowed: readonly string[]): void {
    for (const key of Object.keys(this.raw)) if (!allowed.includes(key)) this.drop(key);
  }

  text(field: string, max: number, { optional = false }: Presence = {}): string | undefined {
    const v = this.raw[field];
    if (v === undefined) return optional ? undefined : this.report(field, { code: 'missing' });
    if (typeof v !== 'string') return this.report(field, { code: 'wrongType', expected: 'text' });
    if (v.length > max) return this.report(field, { code: 'tooLong', max });
    return v;
  }

  id(field: string, { optional = false }: Presence = {}): string | undefined {
    const v = this.raw[field];
    if (v === undefined) return optional ? undefined : this.report(field, { code: 'missing' });
    if (typeof v !== 'string' || !idPattern.test(v)) return this.report(field, { code: 'wrongType', expected: 'id' });
    return v;
  }

  num(field: string, { min, max, whole = false, optional = false }: NumberRule): number | undefined {
    const v = this.raw[field];
    if (v === undefined) return optional ? undefined : this.report(field, { code: 'missing' });
    if (typeof v !== 'number' || !Number.isFinite(v) || (whole && !Number.isInteger(v)))
      return this.report(field, { code: 'wrongType', expected: whole ? 'wholeNumber' : 'number' });
    if (v < min || v > max) return this.report(field, { code: 'outOfRange', min, max });
    return v;
  }

  timestamp(field: string, presence: Presence = {}): number | undefined {
    return this.num(field, { min: 0, max: fileLimits.timestamp, ...presence });
  }

  bool(field: string): boolean | undefined {
    const v = this.raw[field];
    if (v === undefined) return this.report(field, { code: 'missing' });
    if (typeof v !== 'boolean') return this.report(field, { code: 'wrongType', expected: 'yesNo' });
    return v;
  }

  textList(field: string, maxItems: number, maxLength: number, { optional = false }: Presence = {}): string[] | undefined {
    const v = this.raw[field];
    if (v === undefined) return optional ? undefined : this.report(field, { code: 'missing' });
    if (!Array.isArray(v)) return this.report(field, { code: 'wrongType', expected: 'list' });
    if (v.length > maxItems) return this.report(field, { code: 'tooMany', max: maxItems });
    for (const item of v) {
      if (typeof item !== 'string') return this.report(field, { code: 'wrongType', expected: 'text' });
      if (item.length > maxLength) return this.report(field, { code: 'tooLong', max: maxLength });
    }
    return v as string[];
  }

  /** The fields of a nested object, at this field's path. */
  object(field: string): Fields | undefined {
    const v = this.raw[field];
    if (v === undefined) return this.report(field, { code: 'missing' });
    if (!isObject(v)) return this.report(field, { code: 'wrongType', expected: 'object' });
    return this.c.fields(v, this.at(field));
  }

  /** A list of `min` to `max` records, each cleaned by `clean`; undefined (reported) as soon as one fails. */
  recordList<T>(field: string, { min, max }: { min: number; max: number }, clean: (item: Fields) => T | undefined): T[] | undefined {
    const v = this.raw[field];
    if (v === undefined) return this.report(field, { code: 'missing' });
    if (!Array.isArray(v)) return this.report(field, { code: 'wrongType', expected: 'list' });
    if (v.length < min || v.length > max) return this.report(field, min > 0 ? { code: 'outOfRange', min, max } : { code: 'tooMany', max });
    const out: T[] = [];
    for (const item of v) {
      if (!isObject(item)) return this.report(field, { code: 'wrongType', expected: 'object' });
      const cleaned = clean(this.c.fields(item, this.at(field)));
      if (cleaned === undefined || this.c.itemFailed) return undefined;
      out.push(cleaned);
    }
    return out;
  }

  /** A list of small objects whose readers all report; undefined as soon as one item has a missing value. */
  objectList<T extends Obj>(field: string, clean: (item: Fields) => T): T[] | undefined {
    const v = this.raw[field];
    if (!Array.isArray(v)) return this.report(field, { code: 'wrongType', expected: 'list' });
    if (v.length > fileLimits.listItems) return this.report(field, { code: 'tooMany', max: fileLimits.listItems });
    const out: T[] = [];
    for (const item of v) {
      if (!isObject(item)) return this.report(field, { code: 'wrongType', expected: 'object' });
      const cleaned = clean(this.c.fields(item, this.at(field)));
      if (Object.values(cleaned).some((x) => x === undefined)) return undefined;
      out.push(cleaned);
    }
    return out;
  }
}

/** Builds an object with keys in the given order, leaving out undefined values. */
export function ordered<T>(entries: [string, unknown][]): T {
  const out: Obj = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out as T;
}
