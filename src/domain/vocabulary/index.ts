import { angle } from './angle';
import { audio } from './audio';
import { lens } from './lens';
import { lighting } from './lighting';
import { movement } from './movement';
import { pacing } from './pacing';
import { shotSize } from './shot-size';
import { style } from './style';
import { categories, familyOf, type Category, type Term, type TermFamily, type Vocabulary } from './types';

export { categories, familyOf };
export type { Category, Term, TermFamily, Vocabulary };

/** Every preset vocabulary, by category. */
export const vocabularies: Readonly<Record<Category, Vocabulary>> = {
  style,
  shotSize,
  angle,
  lens,
  movement,
  pacing,
  lighting,
  audio,
};

const byId = new Map<string, Term>();
for (const category of categories) for (const term of vocabularies[category].terms) byId.set(`${category}/${term.id}`, term);

/** The term with this id in this category, if any (unknown ids from old data are skipped). */
export function findTerm(category: Category, id: string): Term | undefined {
  return byId.get(`${category}/${id}`);
}

/** The prompt words of the chosen ids, in the order chosen, unknown ids dropped. */
export function wordsOf(category: Category, ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const term = findTerm(category, id);
    if (term) out.push(term.words);
  }
  return out;
}

/** A term found in a prompt text. */
export interface TermMatch {
  from: number;
  to: number;
  category: Category;
  term: Term;
}

interface Phrase {
  category: Category;
  term: Term;
}

const phrases = new Map<string, Phrase>();
for (const category of categories) {
  for (const term of vocabularies[category].terms) {
    for (const words of [term.words, ...(term.aliases ?? [])]) {
      const key = words.toLowerCase();
      if (!phrases.has(key)) phrases.set(key, { category, term });
    }
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression for every term's words and aliases, longest first so "slow dolly-in"
 * wins over "dolly-in"; bounded so "pan" does not match inside "panel".
 */
export const termPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...phrases.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** What a matched phrase (any case) stands for. */
export function termForPhrase(phrase: string): Phrase | undefined {
  return phrases.get(phrase.toLowerCase());
}

/** Every vocabulary term written in `text`, in order, without overlaps. */
export function findTerms(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  // An empty prompt (most first visits) never has the pattern compiled, which is a few ms.
  if (!text.trim()) return out;
  termPattern.lastIndex = 0;
  for (const match of text.matchAll(termPattern)) {
    const found = termForPhrase(match[0]);
    if (found) out.push({ from: match.index, to: match.index + match[0].length, ...found });
  }
  return out;
}
