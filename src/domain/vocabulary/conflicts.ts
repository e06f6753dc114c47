import { categories, findTerm, type Category, type Term } from './index';

/** Two chosen terms that pull against each other (e.g. a static camera and a dolly-in). */
export interface TermConflict {
  category: Category;
  first: Term;
  second: Term;
}

/**
 * The conflicts among the chosen terms. A conflict declared on either term counts, so the data
 * needs to name it only once; each pair is reported once, in the order the terms were chosen.
 */
export function findConflicts(chosen: Partial<Record<Category, readonly string[]>>): TermConflict[] {
  const out: TermConflict[] = [];
  for (const category of categories) {
    const terms = (chosen[category] ?? []).map((id) => findTerm(category, id)).filter((t): t is Term => !!t);
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const a = terms[i]!;
        const b = terms[j]!;
        if (a.conflicts?.includes(b.id) || b.conflicts?.includes(a.id)) out.push({ category, first: a, second: b });
      }
    }
  }
  return out;
}
