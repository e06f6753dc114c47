import { normaliseForSearch, searchTerms } from './search';

/** A command as the palette searches it: its name in every loaded language, and extra words. */
export interface Matchable {
  id: string;
  texts: readonly string[];
  /** Added to how well it matches: below zero, it gives way to an equally good or one-step-worse match (glossary terms give way to commands and lessons). */
  bias?: number;
}

/**
 * The commands whose names contain every word of the query, best first: a name that starts
 * with the query, then names where each word starts a word, then plain containment. Equal
 * scores keep the given order (the registry's), so sections stay above actions.
 * Matching folds case, accents and Arabic letter forms like the library search.
 */
export function matchCommands<T extends Matchable>(items: readonly T[], query: string): T[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...items];
  const whole = terms.join(' ');
  const scored: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    let best = -1;
    for (const text of item.texts) best = Math.max(best, score(normaliseForSearch(text).trim(), terms, whole));
    if (best >= 0) scored.push({ item, score: best + (item.bias ?? 0), index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.item);
}

function score(text: string, terms: readonly string[], whole: string): number {
  if (!terms.every((term) => text.includes(term))) return -1;
  if (text.startsWith(whole)) return 3;
  const words = text.split(/[\s\-–—·:/(),.]+/);
  if (terms.every((term) => words.some((word) => word.startsWith(term)))) return 2;
  return 1;
}
