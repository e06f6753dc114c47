import { vocabularies, type Category, type Term } from '../vocabulary/index';
import { isMostlyArabic } from './normalize';
import type { InsertableElement } from './types';

import type { TextEdit } from './edit';

export { applyEdit, type TextEdit } from './edit';

/** The vocabulary a missing element's picker offers. */
export const categoryFor: Readonly<Record<InsertableElement, Category>> = { framing: 'shotSize', movement: 'movement', lighting: 'lighting' };

export function termsFor(element: InsertableElement): readonly Term[] {
  return vocabularies[categoryFor[element]].terms;
}

/** The words a term adds to this prompt: its Arabic name in an Arabic prompt, else its English prompt words. */
export function wordsFor(term: Term, text: string): string {
  return isMostlyArabic(text) ? term.ar.label : term.words;
}

/** Adds a term at the end of the prompt, as a new sentence or after a comma, so the text still reads. */
export function insertTermEdit(text: string, words: string): TextEdit {
  const end = text.trimEnd().length;
  const arabic = isMostlyArabic(text);
  let insert: string;
  if (end === 0) insert = words;
  else if (/[.!?؟…]$/u.test(text.slice(0, end))) insert = ` ${capitalise(words)}.`;
  else if (/[,،;:]$/u.test(text.slice(0, end))) insert = ` ${words}`;
  else insert = `${arabic ? '،' : ','} ${words}`;
  return { from: end, to: end, insert };
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

