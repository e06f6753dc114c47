import { categories, vocabularies, type Category, type Term } from './vocabulary/index';
import { prepare, bare } from './coach/normalize';

/** One glossary entry: a vocabulary term and the category it belongs to. */
export interface GlossaryEntry {
  category: Category;
  term: Term;
}

const entries: readonly (GlossaryEntry & { haystack: string })[] = categories.flatMap((category) =>
  vocabularies[category].terms.map((term) => ({
    category,
    term,
    // Searched in both languages: names, prompt words, other spellings and explanations.
    haystack: bare(prepare([term.label, term.ar.label, term.words, ...(term.aliases ?? []), term.explanation, term.ar.explanation].join('\n'))),
  })),
);

/**
 * The glossary generated from the vocabularies: every term, or those in one category, whose
 * English or Arabic names, words or explanations contain every word of the query.
 */
export function searchGlossary(query: string, category?: Category): GlossaryEntry[] {
  const words = bare(prepare(query)).split(/\s+/u).filter(Boolean);
  return entries
    .filter((e) => (!category || e.category === category) && words.every((w) => e.haystack.includes(w)))
    .map(({ category: c, term }) => ({ category: c, term }));
}
