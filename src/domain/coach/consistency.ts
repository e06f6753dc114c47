import { findConflicts } from '../vocabulary/conflicts';
import { categories, vocabularies, type Category, type Term } from '../vocabulary/index';
import { prepare } from './normalize';
import type { Shot } from '../shot';
import type { Finding, Reading } from './elements';

/**
 * Only terms that take part in a conflict can make one, so the text is searched for those alone
 * (a much shorter pattern than the whole vocabulary: the Library runs this on every prompt).
 */
const conflicting = new Map<string, { category: Category; term: Term }>();
for (const category of categories) {
  const terms = vocabularies[category].terms;
  const involved = new Set(terms.flatMap((t) => (t.conflicts?.length ? [t.id, ...t.conflicts] : [])));
  for (const term of terms) {
    if (!involved.has(term.id)) continue;
    for (const words of [term.words, ...(term.aliases ?? [])]) if (!conflicting.has(prepare(words))) conflicting.set(prepare(words), { category, term });
  }
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const conflictPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...conflicting.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Vocabulary terms that pull against each other, written in the text or chosen in the Shot. */
export function termConflictFindings(reading: Reading, shot: Shot | undefined): Finding[] {
  const chosen: Partial<Record<Category, string[]>> = {};
  const where = new Map<string, { from: number; to: number }>();
  for (const match of reading.prepared.matchAll(conflictPattern)) {
    const found = conflicting.get(match[0])!;
    const ids = (chosen[found.category] ??= []);
    if (!ids.includes(found.term.id)) ids.push(found.term.id);
    const key = `${found.category}/${found.term.id}`;
    if (!where.has(key)) where.set(key, { from: match.index, to: match.index + match[0].length });
  }
  if (shot) {
    for (const category of ['shotSize', 'angle', 'lens', 'movement', 'pacing', 'lighting', 'audio', 'style'] as const) {
      const ids = (chosen[category] ??= []);
      for (const id of shot[category]) if (!ids.includes(id)) ids.push(id);
    }
  }
  return findConflicts(chosen).map((c) => {
    const at = where.get(`${c.category}/${c.second.id}`) ?? where.get(`${c.category}/${c.first.id}`) ?? { from: 0, to: 0 };
    return { ...at, severity: 'warning', rule: 'term-conflict', params: { first: c.first.id, second: c.second.id, category: c.category } };
  });
}

const dayPattern =
  /(?<![\p{L}])(?:daytime|midday|noon|high noon|broad daylight|sunny day|morning|afternoon|daylight|in the day|النهار|نهارا|الظهيره|الظهر|الصباح|صباحا|الضحي|العصر)(?![\p{L}])/u;
const nightPattern = /(?<![\p{L}])(?:night|nighttime|night-time|midnight|at night|moonlit|starry sky|الليل|ليلا|ليلي|ليليه|منتصف الليل)(?![\p{L}])/u;
const passageOfTime = /time[- ]?lapse|from day (?:to|into) night|day turns? (?:to|into) night|from night (?:to|into) day|dawn breaks|يتحول النهار|من النهار الي الليل|من الليل الي النهار/u;

/** Day and night in the same shot (a time-lapse from one to the other is fine). */
export function dayNightFindings(reading: Reading): Finding[] {
  const day = dayPattern.exec(reading.prepared);
  const night = nightPattern.exec(reading.prepared);
  if (!day || !night || passageOfTime.test(reading.prepared)) return [];
  const later = day.index > night.index ? day : night;
  return [
    {
      from: later.index,
      to: later.index + later[0].length,
      severity: 'warning',
      rule: 'day-night',
      params: { day: reading.text.slice(day.index, day.index + day[0].length), night: reading.text.slice(night.index, night.index + night[0].length) },
    },
  ];
}

const colours =
  'red|blue|green|yellow|black|white|grey|gray|brown|pink|purple|orange|blonde|blond|dark|silver|golden|navy|beige|crimson|scarlet|auburn|ginger|long|short|curly|straight|bald';
const things =
  'hair|coat|jacket|dress|shirt|t-shirt|hat|scarf|raincoat|sweater|hoodie|suit|eyes|beard|cap|boots|shoes|skirt|trousers|pants|jeans|helmet|umbrella|gloves|tie|backpack|glasses|mustache|moustache';
const describedEn = new RegExp(`(?<![\\p{L}])(${colours})[- ](${things})(?![\\p{L}])`, 'gu');
const arColours: Record<string, string> = {
  احمر: 'red', حمراء: 'red', ازرق: 'blue', زرقاء: 'blue', اخضر: 'green', خضراء: 'green', اصفر: 'yellow', صفراء: 'yellow',
  اسود: 'black', سوداء: 'black', ابيض: 'white', بيضاء: 'white', رمادي: 'grey', رماديه: 'grey', بني: 'brown', بنيه: 'brown',
  وردي: 'pink', ورديه: 'pink', اشقر: 'blonde', شقراء: 'blonde', طويل: 'long', طويله: 'long', قصير: 'short', قصيره: 'short',
};
const describedAr = new RegExp(`(?<![\\p{L}])[وبفل]?(?:ال)?(معطف|فستان|قميص|قبعه|وشاح|شعر|عيون|عينين|ستره|بدله|حذاء|نظاره|لحيه)\\s+(?:ال)?(${Object.keys(arColours).join('|')})(?![\\p{L}])`, 'gu');

/** A described trait: "red coat" → thing "coat/colour", quality "red"; where it sits in the prepared text. */
export interface Trait {
  /** The garment or feature and the dimension described (colour, length, texture): `coat/colour`, `ar:شعر/length`. */
  thing: string;
  quality: string;
  from: number;
  to: number;
}

/** Every "colour/length + garment/feature" phrase in a prepared text, English then Arabic, in text order within each. */
export function traitsIn(prepared: string): Trait[] {
  const out: Trait[] = [];
  for (const match of prepared.matchAll(describedEn)) {
    const quality = match[1]!.replace('blond', 'blonde').replace('blondee', 'blonde').replace('gray', 'grey');
    out.push({ thing: `${normalisedThing(match[2]!)}/${dimension(quality)}`, quality, from: match.index, to: match.index + match[0].length });
  }
  for (const match of prepared.matchAll(describedAr)) {
    const quality = arColours[match[2]!] ?? match[2]!;
    out.push({ thing: `ar:${match[1]!.replace('عينين', 'عيون')}/${dimension(quality)}`, quality, from: match.index, to: match.index + match[0].length });
  }
  return out;
}

/**
 * One character described two ways: the same garment or feature with two different colours or
 * lengths ("red coat" here, "blue coat" there). Models take each description literally.
 */
export function characterDriftFindings(reading: Reading): Finding[] {
  const seen = new Map<string, string>();
  for (const trait of traitsIn(reading.prepared)) {
    const earlier = seen.get(trait.thing);
    if (earlier === undefined) seen.set(trait.thing, trait.quality);
    else if (earlier !== trait.quality) {
      return [{ from: trait.from, to: trait.to, severity: 'info', rule: 'character-drift', params: { phrase: reading.text.slice(trait.from, trait.to) } }];
    }
  }
  return [];
}

const normalisedThing = (thing: string) => (thing === 'pants' ? 'trousers' : thing === 'moustache' ? 'mustache' : thing);

/** Length, texture and colour are separate traits: "long hair" and "blonde hair" agree. */
const dimension = (quality: string) => (quality === 'long' || quality === 'short' ? 'length' : quality === 'curly' || quality === 'straight' || quality === 'bald' ? 'texture' : 'colour');
