import { normaliseTags, type Prompt } from './prompt';
import type { GenerationParams } from './params';
import type { Run } from './run';

/**
 * A comparison of 2 to 4 prompt versions side by side, and the judgement a person made of their
 * results. Every column pins the prompt version (rev) it compared, so reopening it later shows
 * the texts as they were even if the prompts were edited since.
 */
export interface ComparisonColumn {
  promptId: string;
  rev: number;
  /** The result shown in this column; none until a run exists. */
  runId?: string;
}

/** What a person thought of one result (one run). */
export interface ResultJudgement {
  runId: string;
  promptId: string;
  /** 1 to 5; absent until rated. */
  rating?: number;
  tags: string[];
  note: string;
}

export interface ComparisonWinner {
  promptId: string;
  rev: number;
  runId?: string;
  /** When the winner was made the parent of its variant group. */
  promotedAt?: number;
}

export interface Comparison {
  id: string;
  columns: ComparisonColumn[];
  results: ResultJudgement[];
  winner?: ComparisonWinner;
  notes: string;
  createdAt: number;
  updatedAt: number;
  /** Counts stored changes; bumped by every write. */
  rev: number;
}

export const comparisonLimits = { minColumns: 2, maxColumns: 4, noteLength: 5000, minRating: 1, maxRating: 5 } as const;

/** Tags offered for a result; people may type any other. */
export const suggestedResultTags = [
  'good motion',
  'follows prompt',
  'good lighting',
  'stable camera',
  'face artefacts',
  'hand artefacts',
  'flicker',
  'morphing',
  'wrong framing',
  'ignored action',
] as const;

/** A new, unsaved comparison (rev 0) of 2 to 4 prompt versions; throws RangeError on another count. */
export function newComparison(id: string, columns: readonly ComparisonColumn[], now: number): Comparison {
  if (columns.length < comparisonLimits.minColumns || columns.length > comparisonLimits.maxColumns)
    throw new RangeError(`A comparison takes ${comparisonLimits.minColumns} to ${comparisonLimits.maxColumns} columns, got ${columns.length}`);
  return { id, columns: columns.map((c) => ({ ...c })), results: [], notes: '', createdAt: now, updatedAt: now, rev: 0 };
}

/** One change to a comparison, as a pure function of the stored record (so it can be re-applied in storage). */
export type ComparisonChange = (c: Comparison) => Comparison;

/** Shows another run in a column (or none). */
export function chooseRun(column: number, runId: string | undefined): ComparisonChange {
  return (c) => ({
    ...c,
    columns: c.columns.map((col, i) => {
      if (i !== column) return col;
      const { runId: _old, ...rest } = col;
      return runId ? { ...rest, runId } : rest;
    }),
  });
}

/** Compares another version of a column's prompt, showing `runId` (its default result) or none. */
export function chooseVersion(column: number, rev: number, runId: string | undefined): ComparisonChange {
  return (c) => ({
    ...c,
    columns: c.columns.map((col, i) => (i !== column ? col : { promptId: col.promptId, rev, ...(runId ? { runId } : {}) })),
  });
}

/** Moves a column to the front: it becomes the baseline the others are diffed against. */
export function makeBaseline(column: number): ComparisonChange {
  return (c) => {
    const chosen = c.columns[column];
    if (!chosen || column === 0) return c;
    return { ...c, columns: [chosen, ...c.columns.filter((_, i) => i !== column)] };
  };
}

function judgementOf(c: Comparison, runId: string, promptId: string): ResultJudgement {
  return c.results.find((r) => r.runId === runId) ?? { runId, promptId, tags: [], note: '' };
}

function withJudgement(c: Comparison, next: ResultJudgement): Comparison {
  const others = c.results.filter((r) => r.runId !== next.runId);
  return { ...c, results: [...others, next] };
}

/** Rates a result 1-5; `undefined` clears the rating. Throws RangeError outside 1-5. */
export function rateResult(runId: string, promptId: string, rating: number | undefined): ComparisonChange {
  if (rating !== undefined && (!Number.isInteger(rating) || rating < comparisonLimits.minRating || rating > comparisonLimits.maxRating))
    throw new RangeError(`A rating is a whole number from 1 to 5, got ${rating}`);
  return (c) => {
    const { rating: _old, ...rest } = judgementOf(c, runId, promptId);
    return withJudgement(c, rating === undefined ? rest : { ...rest, rating });
  };
}

/** Replaces the tags of a result (trimmed, de-duplicated). */
export function tagResult(runId: string, promptId: string, tags: readonly string[]): ComparisonChange {
  return (c) => withJudgement(c, { ...judgementOf(c, runId, promptId), tags: normaliseTags(tags) });
}

/** Sets the note on a result. */
export function noteResult(runId: string, promptId: string, note: string): ComparisonChange {
  return (c) => withJudgement(c, { ...judgementOf(c, runId, promptId), note: note.slice(0, comparisonLimits.noteLength) });
}

/** Sets the comparison's own notes (why the winner won). */
export function setNotes(notes: string): ComparisonChange {
  return (c) => ({ ...c, notes: notes.slice(0, comparisonLimits.noteLength) });
}

/** Marks a column's prompt version, and the result it shows, as the winner. */
export function pickWinner(column: number): ComparisonChange {
  return (c) => {
    const col = c.columns[column];
    if (!col) return c;
    return { ...c, winner: { promptId: col.promptId, rev: col.rev, ...(col.runId ? { runId: col.runId } : {}) } };
  };
}

export function clearWinner(): ComparisonChange {
  return (c) => {
    const { winner: _gone, ...rest } = c;
    return rest;
  };
}

/** The judgement of one result, or an empty one. */
export function judgement(c: Comparison, runId: string): ResultJudgement | undefined {
  return c.results.find((r) => r.runId === runId);
}

/** Which column holds the winner (its prompt version), or -1. */
export function winnerColumn(c: Comparison): number {
  const w = c.winner;
  if (!w) return -1;
  return c.columns.findIndex((col) => col.promptId === w.promptId && col.rev === w.rev && (w.runId === undefined || col.runId === w.runId));
}

/**
 * The run a column shows by default: the newest finished, successful run of exactly that prompt
 * version. Runs of other versions are never picked silently (their text differs).
 */
export function defaultRun(runs: readonly Run[], promptId: string, rev: number): Run | undefined {
  let best: Run | undefined;
  for (const run of runs) {
    if (run.promptId !== promptId || run.rev !== rev || run.status !== 'succeeded' || !run.media) continue;
    if (!best || (run.finishedAt ?? run.createdAt) > (best.finishedAt ?? best.createdAt)) best = run;
  }
  return best;
}

/** What "generate all" would ask the run queue for: each column without a result, all with the same parameters. */
export interface MissingRun {
  column: number;
  promptId: string;
  rev: number;
  params: GenerationParams;
}

/**
 * The runs a comparison lacks: one per column that shows no result, every one with `params` (the
 * baseline's, so that only the text differs between the results).
 */
export function missingRuns(c: Comparison, params: GenerationParams): MissingRun[] {
  return c.columns.flatMap((col, column) => (col.runId ? [] : [{ column, promptId: col.promptId, rev: col.rev, params: { ...params } }]));
}

/** One prompt whose variant-group parent changes: `parentId` undefined means it heads a group. */
export interface ParentChange {
  id: string;
  parentId: string | undefined;
}

/**
 * "Promote the winner to parent" of its variant group. A variant group is a prompt (the parent)
 * and the prompts whose `parentId` is its id (the variants). When the winner W is a variant of P:
 * - W takes P's place: W.parentId becomes P's own parentId (none if P heads a top-level group);
 * - P becomes a variant of W: P.parentId = W;
 * - every other variant of P becomes a variant of W;
 * - W's own variants stay under W.
 * If P no longer exists, W heads the group and the orphaned variants move under W. A winner
 * without a parent already heads its group: nothing changes (an empty list).
 */
export function planPromotion(winner: Prompt, prompts: readonly Prompt[]): ParentChange[] {
  const parentId = winner.parentId;
  if (!parentId || parentId === winner.id) return [];
  const parent = prompts.find((p) => p.id === parentId);
  const changes: ParentChange[] = [];
  // A parent that points back at the winner would make a cycle: the winner then heads the group.
  const grand = parent?.parentId && parent.parentId !== winner.id ? parent.parentId : undefined;
  changes.push({ id: winner.id, parentId: grand });
  if (parent) changes.push({ id: parent.id, parentId: winner.id });
  for (const p of prompts) if (p.parentId === parentId && p.id !== winner.id) changes.push({ id: p.id, parentId: winner.id });
  return changes;
}

/** Applies a parent change to a prompt record (metadata: the prompt's rev does not move). */
export function applyParentChange(prompt: Prompt, parentId: string | undefined, now: number): Prompt {
  const { parentId: _old, ...rest } = prompt;
  return { ...rest, ...(parentId ? { parentId } : {}), updatedAt: now };
}

/**
 * Normalises a comparison read from storage or a file: unknown fields dropped, counts and
 * ratings checked. Returns undefined for anything that is not a comparison.
 */
export function restoreComparison(raw: unknown): Comparison | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string' || !Array.isArray(raw.columns)) return undefined;
  const columns: ComparisonColumn[] = [];
  for (const col of raw.columns) {
    if (!isObject(col) || typeof col.promptId !== 'string' || !isRev(col.rev)) return undefined;
    columns.push({ promptId: col.promptId, rev: col.rev, ...(typeof col.runId === 'string' ? { runId: col.runId } : {}) });
  }
  if (columns.length < comparisonLimits.minColumns || columns.length > comparisonLimits.maxColumns) return undefined;
  const results: ResultJudgement[] = [];
  for (const r of Array.isArray(raw.results) ? raw.results : []) {
    if (!isObject(r) || typeof r.runId !== 'string' || typeof r.promptId !== 'string') continue;
    const rating = typeof r.rating === 'number' && Number.isInteger(r.rating) && r.rating >= 1 && r.rating <= 5 ? r.rating : undefined;
    results.push({
      runId: r.runId,
      promptId: r.promptId,
      ...(rating ? { rating } : {}),
      tags: Array.isArray(r.tags) ? normaliseTags(r.tags.filter((t): t is string => typeof t === 'string')) : [],
      note: typeof r.note === 'string' ? r.note.slice(0, comparisonLimits.noteLength) : '',
    });
  }
  const w = raw.winner;
  const winner: ComparisonWinner | undefined =
    isObject(w) && typeof w.promptId === 'string' && isRev(w.rev)
      ? {
          promptId: w.promptId,
          rev: w.rev,
          ...(typeof w.runId === 'string' ? { runId: w.runId } : {}),
          ...(typeof w.promotedAt === 'number' ? { promotedAt: w.promotedAt } : {}),
        }
      : undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    id: raw.id,
    columns,
    results,
    ...(winner ? { winner } : {}),
    notes: typeof raw.notes === 'string' ? raw.notes.slice(0, comparisonLimits.noteLength) : '',
    createdAt: num(raw.createdAt),
    updatedAt: num(raw.updatedAt),
    rev: num(raw.rev),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRev(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
