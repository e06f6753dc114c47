/**
 * The in-memory search index over the library: built once at start, updated one prompt at a
 * time. Matching is accent- and case-insensitive in English and folds the Arabic letter forms
 * people type interchangeably (أ/إ/آ/ا, ى/ي, ة/ه, tashkeel, tatweel, Arabic-Indic digits).
 */
export interface Searchable {
  id: string;
  title: string;
  text: string;
  tags: readonly string[];
  updatedAt: number;
}

interface Entry {
  title: string;
  haystack: string;
  updatedAt: number;
}

const arabicDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Folds text into the form the index compares. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ـ/g, '')
    .replace(arabicDigits, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/\s+/g, ' ');
}

export function searchTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(' ')
    .map((t) => t.replace(/^#/, ''))
    .filter(Boolean);
}

export class SearchIndex {
  #entries = new Map<string, Entry>();

  get size(): number {
    return this.#entries.size;
  }

  put(item: Searchable): void {
    const title = normaliseForSearch(item.title);
    this.#entries.set(item.id, {
      title,
      haystack: `${title}\n${normaliseForSearch(item.text)}\n${item.tags.map(normaliseForSearch).join('\n')}`,
      updatedAt: item.updatedAt,
    });
  }

  remove(id: string): void {
    this.#entries.delete(id);
  }

  /**
   * Ids of the items holding every term of the query (as a word start or inside a word),
   * title matches first, then the most recently updated. An empty query matches everything.
   */
  search(query: string): string[] {
    const terms = searchTerms(query);
    const hits: { id: string; titleHit: boolean; updatedAt: number }[] = [];
    for (const [id, entry] of this.#entries) {
      if (!terms.every((t) => entry.haystack.includes(t))) continue;
      hits.push({ id, titleHit: terms.length > 0 && terms.every((t) => entry.title.includes(t)), updatedAt: entry.updatedAt });
    }
    hits.sort((a, b) => Number(b.titleHit) - Number(a.titleHit) || b.updatedAt - a.updatedAt);
    return hits.map((h) => h.id);
  }
}
