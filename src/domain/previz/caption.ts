import { findTerm, type Category } from '../vocabulary/index';

/** One thing named in the caption: a vocabulary term, or a plain word Previz read (rain, dialogue). */
export type CaptionItem = { category: Category; id: string } | { word: CaptionWord };

/** Things asked for that are no vocabulary term; the caller names them in the reader's language. */
export type CaptionWord = 'rain' | 'snow' | 'dialogue' | 'sound';

// Labels that start with a proper name keep their capital.
const properNames = /^(Dutch|Rembrandt|Steadicam|Black|FPV|POV|IMAX|VHS)\b/;

/** The caption text of one item: a term's label in English or Arabic, a word as `words` names it. */
export function captionLabel(item: CaptionItem, locale: 'en' | 'ar', words: Readonly<Record<CaptionWord, string>>): string {
  if ('word' in item) return words[item.word];
  const term = findTerm(item.category, item.id);
  if (!term) return item.id;
  if (locale === 'ar') return term.ar.label;
  return properNames.test(term.label) ? term.label : term.label.charAt(0).toLowerCase() + term.label.slice(1);
}

/** "low angle · dolly in · golden hour" (or a list joined by `separator`). */
export function captionList(items: readonly CaptionItem[], locale: 'en' | 'ar', words: Readonly<Record<CaptionWord, string>>, separator = ' · '): string {
  return items.map((i) => captionLabel(i, locale, words)).join(separator);
}
