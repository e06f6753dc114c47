import { diffWords } from 'diff';
import type { GenerationParams } from './params';
import type { Shot } from './shot';

/**
 * What differs between prompt variants, always relative to a baseline: the words of their texts
 * (jsdiff, tokenised by Intl.Segmenter so Arabic splits into words, not letters), the sections
 * of their Shots, and their generation parameters.
 */

/** `moved`: the same words were taken out here and put back elsewhere (a reordered section). */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
  moved?: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) segmenters.set(key, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return segmenter;
}

/**
 * The words of `other` against `baseline`, in reading order: `removed` parts are baseline words
 * missing from `other`, `added` parts are words only `other` has. Joining the same and added
 * parts gives `other` exactly; joining the same and removed parts gives the baseline's words
 * (spacing between them may differ).
 */
export function wordDiff(baseline: string, other: string, locale?: string): DiffPart[] {
  if (baseline === other) return baseline ? [{ kind: 'same', text: baseline }] : [];
  const changes = diffWords(baseline, other, { intlSegmenter: wordSegmenter(locale) });
  const parts: DiffPart[] = changes
    .filter((c) => c.value !== '')
    .map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
  markMoves(parts);
  return parts;
}

/** A removed run that reappears, word for word, as an added run elsewhere was moved, not rewritten. */
function markMoves(parts: DiffPart[]): void {
  const key = (text: string) => text.trim().replace(/\s+/g, ' ');
  const added = new Map<string, DiffPart[]>();
  for (const part of parts) {
    if (part.kind !== 'added' || !hasWord(part.text)) continue;
    const list = added.get(key(part.text)) ?? [];
    list.push(part);
    added.set(key(part.text), list);
  }
  for (const part of parts) {
    if (part.kind !== 'removed' || !hasWord(part.text)) continue;
    const twin = added.get(key(part.text))?.find((p) => !p.moved);
    if (!twin) continue;
    twin.moved = true;
    part.moved = true;
  }
}

function hasWord(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** How many words were added and removed (moved words are counted as neither). */
export function diffStats(parts: readonly DiffPart[], locale?: string): { added: number; removed: number; moved: number } {
  const stats = { added: 0, removed: 0, moved: 0 };
  for (const part of parts) {
    if (part.kind === 'same') continue;
    const words = countWords(part.text, locale);
    if (part.moved) {
      if (part.kind === 'added') stats.moved += words;
    } else stats[part.kind] += words;
  }
  return stats;
}

function countWords(text: string, locale?: string): number {
  let n = 0;
  for (const segment of wordSegmenter(locale).segment(text)) if (segment.isWordLike) n++;
  return n;
}

/** The Shot fields shown in a comparison, in the order the composer writes them. */
export const shotFields = [
  'style',
  'styleNotes',
  'subject',
  'appearance',
  'setting',
  'timeOfDay',
  'weather',
  'shotSize',
  'angle',
  'lens',
  'movement',
  'lighting',
  'lightingNotes',
  'palette',
  'mood',
  'pacing',
  'beats',
  'dialogue',
  'audio',
  'sound',
  'avoid',
] as const satisfies readonly (keyof Shot)[];

export type ShotField = (typeof shotFields)[number];

/** Turns a stored vocabulary id into the words a person reads ("golden-hour" → "golden hour"). */
export type TermLabel = (field: ShotField, id: string) => string;

const plainTerm: TermLabel = (_field, id) => id;

/** One Shot field as text, the way a person reads it; empty when the field is not set. */
export function shotFieldText(shot: Shot | undefined, field: ShotField, label: TermLabel = plainTerm): string {
  if (!shot) return '';
  const value = shot[field];
  if (typeof value === 'string') return value.trim();
  if (field === 'beats') return shot.beats.map((b) => `${b.from}–${b.to} s: ${b.action.trim()}`).join('; ');
  if (field === 'dialogue') return shot.dialogue.map((d) => `${d.speaker.trim()}: ${d.line.trim()}`).join('; ');
  return (value as string[]).map((id) => label(field, id)).join(', ');
}

/** One row of an aligned table: a value per column, and whether it differs from the baseline (column 0). */
export interface AlignedRow<F extends string = string> {
  field: F;
  values: string[];
  differs: boolean[];
  /** True when any column differs from the baseline. */
  anyDiffers: boolean;
}

function alignedRow<F extends string>(field: F, values: string[], same: (a: string, b: string) => boolean = (a, b) => a === b): AlignedRow<F> {
  const base = values[0] ?? '';
  const differs = values.map((v, i) => i > 0 && !same(base, v));
  return { field, values, differs, anyDiffers: differs.some(Boolean) };
}

/**
 * The Shot of every column, field by field, against the first column: "lighting: golden hour →
 * blue hour". Term lists compare as sets (the same terms in another order are not a difference).
 * Fields empty in every column are left out.
 */
export function shotDiff(shots: readonly (Shot | undefined)[], label: TermLabel = plainTerm): AlignedRow<ShotField>[] {
  const rows: AlignedRow<ShotField>[] = [];
  for (const field of shotFields) {
    const values = shots.map((s) => shotFieldText(s, field, label));
    if (values.every((v) => v === '')) continue;
    const isTermList = shots.some((s) => s && Array.isArray(s[field]) && field !== 'beats' && field !== 'dialogue');
    const sameSet = (a: string, b: string) => sortedTerms(a) === sortedTerms(b);
    rows.push(alignedRow(field, values, isTermList ? sameSet : undefined));
  }
  return rows;
}

function sortedTerms(list: string): string {
  return list
    .split(', ')
    .filter(Boolean)
    .sort()
    .join('\u0000');
}

/** The parameters a comparison lines up, in table order. */
export const paramFields = ['provider', 'model', 'seconds', 'aspectRatio', 'resolution'] as const;
export type ParamRowField = (typeof paramFields)[number];

/** The parameters of every column side by side, differences against the first column marked. */
export function paramsDiff(params: readonly GenerationParams[]): AlignedRow<ParamRowField>[] {
  return paramFields.map((field) => alignedRow(field, params.map((p) => String(p[field] ?? ''))));
}
