/**
 * The coach's storyboard rules: what goes wrong between shots rather than inside one. Pure: a
 * storyboard in, findings out. The sentences (message, explanation, why it matters on screen)
 * live in i18n/messages/coach.ts and coach.ar.ts under `coach.rule.<rule>`, `coach.explain.<rule>`
 * and `coach.why.<rule>`; `detail` holds the values they name, and `count` (1 or more) picks the
 * sentence's form (one shot against the cast sheet, or several shots against each other).
 */
import type { Storyboard } from '../storyboard';
import type { Shot } from '../shot';
import { findConflicts } from '../vocabulary/conflicts';
import { findTerm, vocabularies, type Term } from '../vocabulary/index';
import { prepare } from './normalize';
import { traitsIn, type Trait } from './consistency';

export const storyboardRules = ['castDrift', 'styleDropped', 'jumpCut', 'shotTooLong'] as const;
export type StoryboardRule = (typeof storyboardRules)[number];

export interface StoryboardFinding {
  rule: StoryboardRule;
  /** The shots it is about, 0-based, in order. */
  shots: number[];
  /** The values the sentences name; shot numbers in it are 1-based, as a person counts. */
  detail?: Record<string, string | number>;
}

export interface StoryboardCoachOptions {
  /** The longest clip the chosen model makes in one run (the longest duration it offers). */
  maxSecondsPerShot?: number;
  /** True when the whole sequence goes out as one multi-shot prompt: then the total must fit too. */
  oneRun?: boolean;
}

/** Every storyboard finding, ordered by the first shot each is about. */
export function checkStoryboard(board: Storyboard, opts: StoryboardCoachOptions = {}): StoryboardFinding[] {
  const findings = [...castDriftFindings(board), ...styleFindings(board), ...jumpCutFindings(board), ...durationFindings(board, opts)];
  return findings.map((f, i) => ({ f, i })).sort((a, b) => (a.f.shots[0] ?? 0) - (b.f.shots[0] ?? 0) || a.i - b.i).map(({ f }) => f);
}

// ---------------------------------------------------------------- castDrift

interface Character {
  /** As the cast sheet writes it: the name, or the start of an unnamed description. */
  label: string;
  /** Prepared forms the shots may use for it: the full name and its first word. */
  names: string[];
  text: string;
}

const articles = new Set(['a', 'an', 'the', 'one', 'some']);
const nameEnd = /[,:،(\-–—]| is | هو | هي /u;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The cast sheet's characters: one per line (or `;`), named by the words before the first comma or colon. */
export function castCharacters(characters: string): Character[] {
  const entries = characters.split(/[\n;؛]+/u).map((e) => e.trim()).filter(Boolean);
  return entries.map((text) => {
    const head = text.split(nameEnd)[0]!.trim();
    const words = head.split(/\s+/u).filter(Boolean);
    const named = words.length >= 1 && words.length <= 3 && head.length <= 40 && head.length < text.length && !articles.has(prepare(words[0]!));
    if (!named) return { label: text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text, names: [], text };
    // "Mara Lind" is "Mara" in a shot; "old man" is not "old".
    const first = /^[\p{Lu}\p{Script=Arabic}]/u.test(words[0]!) ? [prepare(words[0]!)] : [];
    return { label: head, names: [...new Set([prepare(head), ...first])].filter((n) => n.length >= 2), text };
  });
}

interface Described extends Trait {
  who: number;
  phrase: string;
}

/**
 * The traits a text gives each character: a trait belongs to the character named last before
 * it; with no name before it, to the only character when the cast has one, else to nobody.
 */
function describedTraits(text: string, cast: Character[]): Described[] {
  const prepared = prepare(text);
  const mentions: { at: number; who: number }[] = [];
  cast.forEach((c, who) => {
    for (const name of c.names) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])[وبفل]?${esc(name)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of prepared.matchAll(pattern)) mentions.push({ at: m.index, who });
    }
  });
  mentions.sort((a, b) => a.at - b.at);
  const out: Described[] = [];
  for (const trait of traitsIn(prepared)) {
    const before = mentions.filter((m) => m.at < trait.from).at(-1);
    const who = before?.who ?? (cast.length === 1 ? 0 : -1);
    if (who >= 0) out.push({ ...trait, who, phrase: text.slice(trait.from, trait.to) });
  }
  return out;
}

/** The first way a text describes each character's thing (a second way within one text is the single-shot coach's business). */
function firstTraits(traits: Described[]): Map<string, Described> {
  const out = new Map<string, Described>();
  for (const t of traits) if (!out.has(`${t.who}|${t.thing}`)) out.set(`${t.who}|${t.thing}`, t);
  return out;
}

const ownText = (shot: Shot) => [shot.subject, shot.appearance].filter((s) => s.trim()).join('\n');

/**
 * A cast member described against the cast sheet in a shot's own subject or appearance, or
 * described two ways in two shots (each shot compared with the last shot that described the same).
 */
function castDriftFindings(board: Storyboard): StoryboardFinding[] {
  const cast = castCharacters(board.cast.characters);
  if (!cast.length) return [];
  const sheet = new Map<string, Described>();
  cast.forEach((c, who) => {
    for (const t of describedTraits(c.text, [c])) if (!sheet.has(`${who}|${t.thing}`)) sheet.set(`${who}|${t.thing}`, { ...t, who });
  });
  for (const [key, t] of firstTraits(describedTraits(board.cast.wardrobe, cast))) if (!sheet.has(key)) sheet.set(key, t);

  const out: StoryboardFinding[] = [];
  const lastSeen = new Map<string, { shot: number; trait: Described }>();
  board.shots.forEach((entry, shot) => {
    for (const [key, t] of firstTraits(describedTraits(ownText(entry.shot), cast))) {
      const character = cast[t.who]!.label;
      const onSheet = sheet.get(key);
      if (onSheet) {
        if (onSheet.quality !== t.quality) out.push({ rule: 'castDrift', shots: [shot], detail: { count: 1, character, first: onSheet.phrase, second: t.phrase, shot: shot + 1 } });
        continue;
      }
      const earlier = lastSeen.get(key);
      if (earlier && earlier.trait.quality !== t.quality) {
        out.push({
          rule: 'castDrift',
          shots: [earlier.shot, shot],
          detail: { count: 2, character, first: earlier.trait.phrase, second: t.phrase, shot: earlier.shot + 1, other: shot + 1 },
        });
      }
      lastSeen.set(key, { shot, trait: t });
    }
  });
  return out;
}

// ---------------------------------------------------------------- styleDropped

/**
 * Looks that say what the picture is shot on or drawn as. A shot may add a genre look to the
 * shared style (film noir for one shot of a 35 mm film); it may not swap the medium itself.
 */
const mediums = new Set(['film-35', 'bw-16', 'vintage-16-doc', '1970s', '90s-doc-interview', 'smartphone', 'vhs', 'super-8', 'vintage-commercial', 'anime', '3d-animation', 'hybrid-2d-3d', 'stop-motion', 'storybook']);

const stripMarks = (s: string) => s.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
const stylePatterns: { term: Term; pattern: RegExp }[] = vocabularies.style.terms.map((term) => {
  const latin = [term.words, term.label, ...(term.aliases ?? [])].map((w) => esc(prepare(w)));
  const arabic = esc(stripMarks(prepare(term.ar.label)));
  return { term, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])|${arabic}`, 'u') };
});

/** The style terms a free text names (English words, labels, aliases or the Arabic label), with the words used. */
function stylesIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const prepared = stripMarks(prepare(text));
  if (!prepared.trim()) return out;
  for (const { term, pattern } of stylePatterns) {
    const m = pattern.exec(prepared);
    if (m) out.set(term.id, m[0]);
  }
  return out;
}

/** A shot's own style: chosen chips (their prompt words) and the terms its notes name. */
function ownStyles(shot: Shot): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of shot.style) {
    const term = findTerm('style', id);
    if (term) out.set(id, term.words);
  }
  for (const [id, words] of stylesIn(shot.styleNotes)) if (!out.has(id)) out.set(id, words);
  return out;
}

function styleFindings(board: Storyboard): StoryboardFinding[] {
  return board.cast.style.trim() ? replacedStyleFindings(board) : unsharedStyleFindings(board);
}

/** A shot whose own style pulls against the shared one (a declared conflict) or swaps its medium. */
function replacedStyleFindings(board: Storyboard): StoryboardFinding[] {
  const shared = stylesIn(board.cast.style);
  if (!shared.size) return [];
  const sharedMedium = [...shared.keys()].find((id) => mediums.has(id));
  const out: StoryboardFinding[] = [];
  board.shots.forEach((entry, shot) => {
    const own = ownStyles(entry.shot);
    for (const [id, words] of own) {
      if (shared.has(id)) continue;
      const against = [...shared.keys()].find((s) => findConflicts({ style: [s, id] }).length > 0) ?? (sharedMedium && mediums.has(id) ? sharedMedium : undefined);
      if (against) {
        out.push({ rule: 'styleDropped', shots: [shot], detail: { count: 1, shot: shot + 1, own: words, shared: shared.get(against)! } });
        return;
      }
    }
  });
  return out;
}

/** No shared style, and the shots do not all look the same: the ones that differ from the most common look. */
function unsharedStyleFindings(board: Storyboard): StoryboardFinding[] {
  const looks = board.shots.map((entry) => {
    const ids = [...ownStyles(entry.shot).keys()].sort();
    const notes = prepare(entry.shot.styleNotes).replace(/[\s.,;:،]+/gu, ' ').trim();
    return ids.length ? ids.join('+') : notes;
  });
  if (looks.every((l) => l === looks[0]) || looks.every((l) => !l)) return [];
  const tally = new Map<string, number>();
  for (const l of looks) tally.set(l, (tally.get(l) ?? 0) + 1);
  const common = looks.reduce((best, l) => ((tally.get(l) ?? 0) > (tally.get(best) ?? 0) ? l : best), looks[0]!);
  const reference = looks.indexOf(common);
  const differing = looks.flatMap((l, i) => (l === common ? [] : [i]));
  return [{ rule: 'styleDropped', shots: [reference, ...differing].sort((a, b) => a - b), detail: { count: 2, shot: differing[0]! + 1, other: reference + 1 } }];
}

// ---------------------------------------------------------------- jumpCut

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Two neighbouring shots with the same framing and the same camera move, joined by a cut: the
 * picture seems to jump. Quiet when the transition is a match cut (the match is the point) or a
 * dissolve (the same frame dissolving marks time passing), when either shot has no framing or no
 * move chosen yet, or when both name an angle and the angles differ (a new angle is a new shot).
 */
function jumpCutFindings(board: Storyboard): StoryboardFinding[] {
  const out: StoryboardFinding[] = [];
  for (let i = 1; i < board.shots.length; i++) {
    const before = board.shots[i - 1]!.shot;
    const entry = board.shots[i]!;
    if (entry.transition !== 'cut') continue;
    const now = entry.shot;
    if (!before.shotSize.length || !before.movement.length) continue;
    if (!sameSet(before.shotSize, now.shotSize) || !sameSet(before.movement, now.movement)) continue;
    if (before.angle.length && now.angle.length && !sameSet(before.angle, now.angle)) continue;
    const framing = findTerm('shotSize', now.shotSize[0]!)?.words ?? now.shotSize[0]!;
    const move = findTerm('movement', now.movement[0]!)?.words ?? now.movement[0]!;
    out.push({ rule: 'jumpCut', shots: [i - 1, i], detail: { count: 2, shot: i, other: i + 1, framing, move } });
  }
  return out;
}

// ---------------------------------------------------------------- shotTooLong

/** Shots longer than the model makes in one run; with `oneRun`, the whole sequence too. */
function durationFindings(board: Storyboard, opts: StoryboardCoachOptions): StoryboardFinding[] {
  const limit = opts.maxSecondsPerShot;
  if (limit === undefined || !(limit > 0)) return [];
  if (opts.oneRun) {
    const total = board.shots.reduce((s, shot) => s + shot.seconds, 0);
    if (total <= limit || board.shots.length < 2) return perShot(board, limit);
    return [{ rule: 'shotTooLong', shots: board.shots.map((_, i) => i), detail: { count: board.shots.length, seconds: total, limit } }];
  }
  return perShot(board, limit);
}

function perShot(board: Storyboard, limit: number): StoryboardFinding[] {
  return board.shots.flatMap((entry, i) =>
    entry.seconds > limit ? [{ rule: 'shotTooLong' as const, shots: [i], detail: { count: 1, shot: i + 1, seconds: entry.seconds, limit } }] : [],
  );
}
