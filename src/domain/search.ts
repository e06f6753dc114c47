import type { Storyboard } from './storyboard';

/**
 * The in-memory search index over the library, updated one prompt at a time. Adding a prompt
 * only remembers it: its text is folded for matching when a search first needs it (or earlier,
 * in idle time, through `prepare`), so opening a library of 10,000 prompts does not wait on it. Matching is accent- and case-insensitive in English and folds the Arabic letter forms
 * people type interchangeably (أ/إ/آ/ا, ى/ي, ة/ه, tashkeel, tatweel, Arabic-Indic digits).
 */
export interface Searchable {
  id: string;
  title: string;
  text: string;
  tags: readonly string[];
  updatedAt: number;
  /** A storyboard prompt's shots: their texts and the cast sheet are searched too. */
  storyboard?: Storyboard | undefined;
}

interface Entry {
  source: Searchable;
  /** The folded title and haystack, made on first need. */
  title?: string;
  haystack?: string;
  updatedAt: number;
}

const arabicDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

const plainAscii = /^[\t\n\r\x20-\x7e]*$/;

/** Folds text into the form the index compares. */
export function normaliseForSearch(text: string): string {
  // Printable ASCII has no accents, marks, Arabic forms or digits to fold: the same result, cheaply.
  if (plainAscii.test(text)) return text.toLowerCase().replace(/\s+/g, ' ');
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

/** Whether every item holding all of `terms` also holds all of `before` (each old term is inside a new one). */
function narrows(terms: readonly string[], before: readonly string[]): boolean {
  return before.every((old) => terms.some((term) => term.includes(old)));
}

export class SearchIndex {
  #entries = new Map<string, Entry>();
  /** Ids whose folded text is not made yet. */
  #pending = new Set<string>();
  /**
   * The last search's terms and the ids it matched: typing one more letter (or word) can only
   * narrow them, so the next search looks at those ids instead of the whole library. Any change
   * to the index forgets them.
   */
  #last: { terms: string[]; ids: string[] } | undefined;

  get size(): number {
    return this.#entries.size;
  }

  /** How many entries still wait to be folded (0: every search is as fast as it gets). */
  get unprepared(): number {
    return this.#pending.size;
  }

  put(item: Searchable): void {
    this.#last = undefined;
    this.#entries.set(item.id, { source: item, updatedAt: item.updatedAt });
    this.#pending.add(item.id);
  }

  remove(id: string): void {
    this.#last = undefined;
    this.#entries.delete(id);
    this.#pending.delete(id);
  }

  /** Folds up to `limit` waiting entries; returns how many still wait. */
  prepare(limit = Infinity): number {
    let done = 0;
    for (const id of this.#pending) {
      if (done++ >= limit) break;
      const entry = this.#entries.get(id);
      if (entry) fold(entry);
      this.#pending.delete(id);
    }
    return this.#pending.size;
  }

  /**
   * Ids of the items holding every term of the query (as a word start or inside a word),
   * title matches first, then the most recently updated. An empty query matches everything.
   */
  search(query: string): string[] {
    const terms = searchTerms(query);
    if (terms.length === 0) return [...this.#entries].sort((a, b) => b[1].updatedAt - a[1].updatedAt).map(([id]) => id);
    if (this.#pending.size) this.prepare();
    // Walked in the index's own order either way, so equal-ranked hits keep one order.
    const within = this.#last && narrows(terms, this.#last.terms) ? new Set(this.#last.ids) : undefined;
    const hits: { id: string; titleHit: boolean; updatedAt: number }[] = [];
    for (const [id, entry] of this.#entries) {
      if (within && !within.has(id)) continue;
      const haystack = entry.haystack!;
      if (!terms.every((t) => haystack.includes(t))) continue;
      hits.push({ id, titleHit: terms.every((t) => entry.title!.includes(t)), updatedAt: entry.updatedAt });
    }
    hits.sort((a, b) => Number(b.titleHit) - Number(a.titleHit) || b.updatedAt - a.updatedAt);
    const ids = hits.map((h) => h.id);
    this.#last = { terms, ids };
    return ids.slice();
  }
}

function fold(entry: Entry): void {
  const item = entry.source;
  const title = normaliseForSearch(item.title);
  entry.title = title;
  const shots = item.storyboard ? `\n${normaliseForSearch(storyboardWords(item.storyboard))}` : '';
  entry.haystack = `${title}\n${normaliseForSearch(item.text)}${shots}\n${item.tags.map(normaliseForSearch).join('\n')}`;
}

/**
 * The words a person wrote into a storyboard: the cast sheet and every shot's own text fields,
 * beats and lines. Chosen terms are left out (they are the same few words in thousands of
 * prompts, and composing them would cost more than the search they help).
 */
function storyboardWords(board: Storyboard): string {
  const { characters, wardrobe, setting, style } = board.cast;
  const parts = [characters, wardrobe, setting, style];
  for (const { shot } of board.shots) {
    parts.push(shot.subject, shot.appearance, shot.setting, shot.timeOfDay, shot.weather, shot.styleNotes, shot.lightingNotes, shot.mood, shot.sound, shot.avoid);
    for (const beat of shot.beats) parts.push(beat.action);
    for (const line of shot.dialogue) parts.push(line.speaker, line.line);
  }
  return parts.filter(Boolean).join('\n');
}
