import type { ActionBeat, Shot } from '../shot';
import { categories, findTerm, findTerms, vocabularies, type Category } from '../vocabulary/index';

/** A timed beat as Previz reads it: its time span, its words, and any camera move it names. */
export interface PrevizBeat extends ActionBeat {
  movement: string[];
}

/**
 * What Previz reads from a prompt: chosen term ids per category (the whole-clip ones; moves
 * named inside a beat belong to that beat), palette words, beats, and the loose words for time of
 * day and weather. The same shape whether it came from a Shot or from a text.
 */
export interface PrevizRequest {
  terms: Record<Category, string[]>;
  palette: string[];
  beats: PrevizBeat[];
  timeOfDay: string;
  weather: string;
  hasDialogue: boolean;
  hasSound: boolean;
}

function noTerms(): Record<Category, string[]> {
  return { style: [], shotSize: [], angle: [], lens: [], movement: [], pacing: [], lighting: [], audio: [] };
}

const push = (list: string[], id: string) => {
  if (!list.includes(id)) list.push(id);
};

/** Only the ids this version of the vocabulary knows (old data may hold retired ones). */
function known(category: Category, ids: readonly string[]): string[] {
  return ids.filter((id) => findTerm(category, id));
}

/** Reads a Shot made in the composer: its ids are exact, its beats are searched for moves. */
export function readShot(shot: Shot): PrevizRequest {
  const terms = noTerms();
  for (const category of categories) terms[category] = known(category, shot[category]);
  return {
    terms,
    palette: shot.palette.map((p) => p.trim()).filter(Boolean),
    beats: shot.beats.filter((b) => b.action.trim()).map((b) => ({ ...b, movement: movesIn(b.action) })),
    timeOfDay: shot.timeOfDay,
    weather: shot.weather,
    hasDialogue: shot.dialogue.some((d) => d.line.trim()),
    hasSound: shot.audio.length > 0 || !!shot.sound.trim(),
  };
}

interface ArabicPhrase {
  category: Category;
  id: string;
  words: string;
}

// Arabic labels, longest first, so "لقطة قريبة جدًا" wins over "لقطة قريبة".
const arabicPhrases: ArabicPhrase[] = categories
  .flatMap((category) => vocabularies[category].terms.map((t) => ({ category, id: t.id, words: t.ar.label.replace(/[\u200e\u200f]/g, '') })))
  .sort((a, b) => b.words.length - a.words.length);

/** Terms found in a piece of text: English words and aliases, and the Arabic labels. */
function termsIn(text: string, into: Record<Category, string[]>): void {
  for (const match of findTerms(text)) push(into[match.category], match.term.id);
  let rest = text.replace(/[\u200e\u200f]/g, '');
  for (const phrase of arabicPhrases) {
    const at = rest.indexOf(phrase.words);
    if (at < 0) continue;
    const before = rest[at - 1] ?? ' ';
    const after = rest[at + phrase.words.length] ?? ' ';
    // Whole words only ("ثابتة" inside a longer word is not the term); the wa- and bi- prefixes are fine.
    if (/[\p{L}\p{N}]/u.test(after) || (/[\p{L}\p{N}]/u.test(before) && !/(^|[\s(«"])[وب]$/u.test(rest.slice(Math.max(0, at - 2), at)))) continue;
    push(into[phrase.category], phrase.id);
    rest = rest.slice(0, at) + ' '.repeat(phrase.words.length) + rest.slice(at + phrase.words.length);
  }
}

function movesIn(text: string): string[] {
  const found = noTerms();
  termsIn(text, found);
  return found.movement;
}

const beatLine = /^\s*[-•*]?\s*(\d+(?:[.,]\d+)?)\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*(?:s|sec|seconds|ث|ثانية|ثوانٍ)?\s*[:：]\s*(.+)$/iu;
const avoidLine = /^\s*(avoid|negative|تجنّب|تجنب)\s*[:：]/iu;
const paletteLine = /^\s*(palette|colou?rs|لوحة الألوان|الألوان)\s*[:：]\s*(.+)$/iu;
const dialogueLine = /^\s*(dialogue|الحوار)\s*[:：]|^\s*[-•]?\s*[^:\n]{1,30}:\s*["“«]/imu;
const soundLine = /^\s*(background sound|sound|audio|الصوت|صوت الخلفية)\s*[:：]/iu;
const number = (s: string) => Number(s.replace(',', '.'));

/** Reads a hand-written (or composed, then edited) prompt text. Lines after "Avoid:" are not asked for. */
export function readText(text: string): PrevizRequest {
  const terms = noTerms();
  const beats: PrevizBeat[] = [];
  let palette: string[] = [];
  let hasDialogue = false;
  let hasSound = false;
  const scene: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (avoidLine.test(line)) continue;
    const beat = beatLine.exec(line);
    if (beat) {
      const from = number(beat[1]!);
      const to = number(beat[2]!);
      if (to > from) {
        beats.push({ from, to, action: beat[3]!.trim(), movement: movesIn(beat[3]!) });
        continue;
      }
    }
    const colours = paletteLine.exec(line);
    if (colours) palette = colours[2]!.split(/[,،;]/).map((c) => c.trim().replace(/[.]$/, '')).filter(Boolean);
    if (dialogueLine.test(line)) hasDialogue = true;
    if (soundLine.test(line)) hasSound = true;
    termsIn(line, terms);
    scene.push(line);
  }
  if (terms.audio.length) hasSound = true;
  const prose = scene.join('\n');
  return { terms, palette, beats, timeOfDay: timeOfDayIn(prose), weather: weatherIn(prose), hasDialogue, hasSound };
}

const timesOfDay: [RegExp, string][] = [
  [/\b(night|midnight|nighttime)\b|ليل|منتصف الليل/iu, 'night'],
  [/\b(dusk|sunset|golden hour)\b|غروب|الغسق/iu, 'sunset'],
  [/\b(dawn|sunrise|early morning)\b|فجر|شروق/iu, 'dawn'],
  [/\b(noon|midday)\b|ظهيرة|الظهر/iu, 'noon'],
];

function timeOfDayIn(text: string): string {
  return timesOfDay.find(([pattern]) => pattern.test(text))?.[1] ?? '';
}

const weathers: [RegExp, string][] = [
  [/\b(rain|raining|rainy|drizzle|downpour|storm)\b|مطر|أمطار|عاصفة/iu, 'rain'],
  [/\b(snow|snowing|snowfall|blizzard)\b|ثلج|ثلوج/iu, 'snow'],
  [/\b(fog|foggy|mist|misty|haze|hazy|smoke)\b|ضباب|دخان/iu, 'fog'],
];

function weatherIn(text: string): string {
  return weathers
    .filter(([pattern]) => pattern.test(text))
    .map(([, word]) => word)
    .join(', ');
}

/**
 * The Shot when the prompt was composed from one, otherwise the vocabulary terms in the text.
 * The Shot wins because its ids are exact (a term the composer wrote in Arabic, or in words the
 * text reader does not catch, is still known), but composing never overwrites hand edits, so the
 * text may have gained terms since: those are added to the Shot's, never dropped. The Shot's
 * palette, beats, time of day and weather are used when it has them, the text's otherwise.
 */
export function readPrompt(text: string, shot?: Shot): PrevizRequest {
  const fromText = readText(text);
  if (!shot) return fromText;
  const fromShot = readShot(shot);
  const terms = noTerms();
  for (const category of categories) for (const id of [...fromShot.terms[category], ...fromText.terms[category]]) push(terms[category], id);
  return {
    terms,
    palette: fromShot.palette.length ? fromShot.palette : fromText.palette,
    beats: fromShot.beats.length ? fromShot.beats : fromText.beats,
    timeOfDay: fromShot.timeOfDay.trim() ? fromShot.timeOfDay : fromText.timeOfDay,
    weather: fromShot.weather.trim() ? fromShot.weather : fromText.weather,
    hasDialogue: fromShot.hasDialogue || fromText.hasDialogue,
    hasSound: fromShot.hasSound || fromText.hasSound,
  };
}

/** Normalised weather/time words from free fields ("light rain at dusk" → "rain"). */
export function readSky(request: PrevizRequest): { timeOfDay: string; weather: string[] } {
  const timeOfDay = timeOfDayIn(request.timeOfDay) || request.timeOfDay.trim().toLowerCase();
  const weather = weatherIn(`${request.weather} ${request.timeOfDay}`).split(', ').filter(Boolean);
  return { timeOfDay, weather };
}
