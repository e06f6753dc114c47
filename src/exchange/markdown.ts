import type { Run } from '../domain/run';
import { byCodeUnit, cleanForExport, type StoredRecords } from './records';

/** The words of a prompt book, in the reader's language (the exchange layer knows no i18n). */
export interface BookLabels {
  heading: string;
  untitled: string;
  tags: string;
  favourite: string;
  parameters: string;
  seconds: (n: number) => string;
  runs: string;
  rating: (stars: number) => string;
  notes: string;
  date: (at: number) => string;
}

/** Backslash-escapes what Markdown would read as markup, so titles and notes print as typed. */
export function escapeInline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, '\\$&');
}

/** A code fence longer than any run of backticks inside the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * A readable, printable "prompt book": each prompt's title, tags, parameters, the prompt in a
 * code block, and its runs' ratings and notes. Prompts in title order; nothing is HTML.
 */
export function exportMarkdown(records: StoredRecords, labels: BookLabels): string {
  const { prompts, runs } = cleanForExport(records).records;
  const runsOf = new Map<string, Run[]>();
  for (const run of runs) {
    if (run.rating === undefined && !run.notes) continue;
    const list = runsOf.get(run.promptId) ?? [];
    list.push(run);
    runsOf.set(run.promptId, list);
  }
  const sorted = [...prompts].sort((a, b) => a.title.localeCompare(b.title, 'en') || byCodeUnit(a.id, b.id));
  const out: string[] = [`# ${escapeInline(labels.heading)}`, ''];
  for (const p of sorted) {
    out.push(`## ${escapeInline(p.title || labels.untitled)}`, '');
    const meta: string[] = [];
    if (p.favorite) meta.push(`★ ${escapeInline(labels.favourite)}`);
    if (p.tags.length) meta.push(`**${escapeInline(labels.tags)}:** ${p.tags.map(escapeInline).join(' · ')}`);
    const { provider, model, seconds, aspectRatio, resolution } = p.params;
    meta.push(`**${escapeInline(labels.parameters)}:** ${[provider, model, labels.seconds(seconds), aspectRatio, resolution].map(escapeInline).join(' · ')}`);
    out.push(meta.join('  \n'), '');
    const fence = fenceFor(p.text);
    out.push(`${fence}text`, p.text, fence, '');
    const rated = (runsOf.get(p.id) ?? []).sort((a, b) => a.createdAt - b.createdAt || byCodeUnit(a.id, b.id));
    if (rated.length) {
      out.push(`### ${escapeInline(labels.runs)}`, '');
      for (const run of rated) {
        const head = [escapeInline(run.model), escapeInline(labels.date(run.createdAt))];
        if (run.rating !== undefined) head.push(`${'★'.repeat(Math.round(run.rating))}${'☆'.repeat(5 - Math.round(run.rating))} ${escapeInline(labels.rating(run.rating))}`);
        out.push(`- ${head.join(' · ')}`);
        if (run.notes) for (const line of run.notes.split(/\r?\n/)) out.push(`  > ${escapeInline(line)}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
