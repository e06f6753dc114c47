import type { Prompt } from '../domain/prompt';
import { shotText, shotTimes, totalSeconds, type CastSheet, type Transition } from '../domain/storyboard';
import { findTerm, type Category } from '../domain/vocabulary/index';
import { escapeInline, fenceFor } from './markdown';
import { byCodeUnit, cleanForExport, type StoredRecords } from './records';

/** The words of a shot list, in the reader's language (the exchange layer knows no i18n; state builds these from it). */
export interface ShotListLabels {
  /** Which of a vocabulary term's two labels to print. */
  language: 'en' | 'ar';
  untitled: string;
  /** "3 shots · 12 s" under the title. */
  summary: (shots: number, seconds: number) => string;
  castSheet: string;
  cast: Readonly<Record<keyof CastSheet, string>>;
  /** "Shot 2" */
  shot: (n: number) => string;
  seconds: (n: number) => string;
  /** "0–4 s" */
  range: (from: number, to: number) => string;
  duration: string;
  transition: string;
  transitions: Readonly<Record<Transition, string>>;
  time: string;
  framing: string;
  move: string;
  light: string;
}

const castOrder: readonly (keyof CastSheet)[] = ['characters', 'wardrobe', 'setting', 'style'];

function termLabels(category: Category, ids: readonly string[], language: 'en' | 'ar'): string {
  return ids
    .map((id) => findTerm(category, id))
    .flatMap((term) => (term ? [language === 'ar' ? term.ar.label : term.label] : []))
    .map(escapeInline)
    .join(' · ');
}

/**
 * A storyboard prompt as a Markdown shot list: the title, the cast sheet, then one numbered
 * section per shot with its duration, the transition into it, its time range in the sequence,
 * its framing, move and light terms, and its full text (cast sheet included) in a code fence.
 * Every piece of user text is escaped or fenced, so none of it can become Markdown structure or
 * HTML. A prompt that is not a storyboard gives its title and its text alone.
 */
export function storyboardShotList(prompt: Prompt, labels: ShotListLabels): string {
  const out: string[] = [`# ${escapeInline(prompt.title.trim() || labels.untitled)}`, ''];
  const board = prompt.storyboard;
  if (!board) {
    const fence = fenceFor(prompt.text);
    out.push(`${fence}text`, prompt.text, fence);
    return `${out.join('\n').trimEnd()}\n`;
  }
  out.push(escapeInline(labels.summary(board.shots.length, totalSeconds(board))), '');
  const cast = castOrder.filter((k) => board.cast[k].trim());
  if (cast.length) {
    out.push(`## ${escapeInline(labels.castSheet)}`, '');
    // One character per line on the sheet, one line per field here: lines are joined with "; ".
    const value = (k: keyof CastSheet) => escapeInline(board.cast[k].split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join('; '));
    out.push(cast.map((k) => `**${escapeInline(labels.cast[k])}:** ${value(k)}`).join('  \n'), '');
  }
  const times = shotTimes(board);
  board.shots.forEach((entry, i) => {
    const { from, to } = times[i]!;
    out.push(`## ${escapeInline(labels.shot(i + 1))} · ${escapeInline(labels.seconds(entry.seconds))}`, '');
    const meta = [`**${escapeInline(labels.duration)}:** ${escapeInline(labels.seconds(entry.seconds))}`];
    if (i > 0) meta.push(`**${escapeInline(labels.transition)}:** ${escapeInline(labels.transitions[entry.transition])}`);
    meta.push(`**${escapeInline(labels.time)}:** ${escapeInline(labels.range(from, to))}`);
    const framing = [termLabels('shotSize', entry.shot.shotSize, labels.language), termLabels('angle', entry.shot.angle, labels.language)].filter(Boolean).join(' · ');
    const move = termLabels('movement', entry.shot.movement, labels.language);
    const light = termLabels('lighting', entry.shot.lighting, labels.language);
    if (framing) meta.push(`**${escapeInline(labels.framing)}:** ${framing}`);
    if (move) meta.push(`**${escapeInline(labels.move)}:** ${move}`);
    if (light) meta.push(`**${escapeInline(labels.light)}:** ${light}`);
    out.push(meta.join('  \n'), '');
    const text = shotText(board, i);
    const fence = fenceFor(text);
    out.push(`${fence}text`, text, fence, '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}

/** The shot lists of every storyboard prompt among the records, in title order, one after another. */
export function exportShotLists(records: StoredRecords, labels: ShotListLabels): string {
  const boards = cleanForExport(records)
    .records.prompts.filter((p) => p.storyboard)
    .sort((a, b) => a.title.localeCompare(b.title, 'en') || byCodeUnit(a.id, b.id));
  return boards.map((p) => storyboardShotList(p, labels)).join('\n');
}
