/**
 * Why an import was refused: one variant per stage of the pipeline (parse → envelope → version →
 * migrate → validate), plus the limits checked before and while reading. The UI turns each kind
 * into a sentence with an exhaustive switch; nothing here is shown as HTML.
 */
export type RecordKind = 'prompt' | 'version' | 'template' | 'collection' | 'comparison' | 'run';

/** What is wrong with one field of one item. */
export type Problem =
  | { code: 'missing' }
  | { code: 'wrongType'; expected: 'text' | 'number' | 'wholeNumber' | 'yesNo' | 'list' | 'object' | 'id' | 'status' | 'modelId' | 'transition' }
  | { code: 'tooLong'; max: number }
  | { code: 'tooMany'; max: number }
  | { code: 'outOfRange'; min: number; max: number }
  | { code: 'duplicateId' }
  | { code: 'unknownPrompt' }
  | { code: 'notVideo' }
  | { code: 'notImage' }
  | { code: 'missingColumn' }
  /** A run whose `provider` is not the `params.provider` it was sent with: no real run is like that. */
  | { code: 'providerMismatch'; provider: string; paramsProvider: string };

/** One problem, named by the item's kind and its 1-based position in the file ("prompt #600"). */
export interface ItemProblem {
  /** `file` for problems of the file as a whole (a missing CSV column). */
  item: RecordKind | 'file';
  index: number;
  field: string;
  problem: Problem;
}

/** `unpacked`: what a .zip declares it unpacks to (bytes); `compression`: a packing ratio no real file has. */
export type LimitKind = 'fileSize' | 'depth' | 'count' | 'unpacked' | 'compression';

export type ImportError =
  | { kind: 'notJson' }
  | { kind: 'notLaqtaFile' }
  | { kind: 'versionTooNew'; version: number }
  | { kind: 'migrationFailed'; from: number; step: string }
  | { kind: 'invalidData'; problems: ItemProblem[]; more: number }
  | { kind: 'tooLarge'; limit: LimitKind; max: number; what?: RecordKind | 'media' };

/** A result as a value: expected failures are data, bugs are exceptions. */
export type Result<T, E = ImportError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
