import { emptyShot, type Shot } from '../domain/shot';
import { emptyCastSheet, storyboardLimits, transitions, type CastSheet, type Storyboard, type StoryboardShot, type Transition } from '../domain/storyboard';
import { isObject, ordered, type Fields, type Obj } from './check';
import { fileLimits } from './limits';

/**
 * The cleaners of a prompt's structured forms in a library file: the Shot (of a prompt, a
 * version or a run) and the storyboard (of a prompt or a version). Like every cleaner they
 * return the clean value, or undefined after reporting the field that is wrong.
 */

/** The Shot's fields and their kinds come from emptyShot(), so a new Shot field is allowed here too. */
export function cleanShot(owner: Fields): Shot | undefined {
  const s = owner.object('shot');
  if (!s) return undefined;
  const base = emptyShot() as unknown as Obj;
  const keys = Object.keys(base);
  s.dropUnknown(keys);
  const out: Obj = {};
  for (const key of keys) {
    if (!s.has(key)) out[key] = base[key];
    else if (typeof base[key] === 'string') out[key] = s.text(key, fileLimits.textLength);
    else if (key === 'beats') out[key] = s.objectList(key, (b) => ({ from: b.num('from', { min: 0, max: 3600 }), to: b.num('to', { min: 0, max: 3600 }), action: b.text('action', fileLimits.textLength) }));
    else if (key === 'dialogue') out[key] = s.objectList(key, (d) => ({ speaker: d.text('speaker', fileLimits.shortText), line: d.text('line', fileLimits.textLength) }));
    else out[key] = s.textList(key, fileLimits.listItems, fileLimits.shortText);
    if (out[key] === undefined) return undefined;
  }
  return out as unknown as Shot;
}

function cleanCast(owner: Fields): CastSheet | undefined {
  const c = owner.object('cast');
  if (!c) return undefined;
  const keys = Object.keys(emptyCastSheet()) as (keyof CastSheet)[];
  c.dropUnknown(keys);
  const entries = keys.map((key): [string, unknown] => [key, c.has(key) ? c.text(key, storyboardLimits.castLength) : '']);
  return entries.some(([, v]) => v === undefined) ? undefined : ordered<CastSheet>(entries);
}

function cleanStoryboardShot(s: Fields): StoryboardShot | undefined {
  s.dropUnknown(['shot', 'seconds', 'transition']);
  const shot = cleanShot(s);
  const seconds = s.num('seconds', { min: storyboardLimits.minSeconds, max: storyboardLimits.maxSeconds });
  const transition = s.raw.transition;
  if (typeof transition !== 'string' || !(transitions as readonly string[]).includes(transition)) return s.report('transition', { code: 'wrongType', expected: 'transition' });
  if (shot === undefined || seconds === undefined) return undefined;
  return { shot, seconds, transition: transition as Transition };
}

/**
 * A storyboard: its cast sheet (each text at most storyboardLimits.castLength) and 1 to
 * storyboardLimits.maxShots shots, each a Shot with its seconds and the transition into it.
 * A problem names the shot by its place, counted from 1: `storyboard.shots[2].seconds`.
 */
export function cleanStoryboard(owner: Fields): Storyboard | undefined {
  const b = owner.object('storyboard');
  if (!b) return undefined;
  b.dropUnknown(['cast', 'shots']);
  const cast = cleanCast(b);
  const raw = b.raw.shots;
  if (!Array.isArray(raw)) return b.report('shots', { code: 'wrongType', expected: 'list' });
  const { minShots, maxShots } = storyboardLimits;
  if (raw.length < minShots || raw.length > maxShots) return b.report('shots', { code: 'outOfRange', min: minShots, max: maxShots });
  const shots: StoryboardShot[] = [];
  for (let i = 0; i < raw.length; i++) {
    const item: unknown = raw[i];
    const field = `shots[${i + 1}]`;
    if (!isObject(item)) return b.report(field, { code: 'wrongType', expected: 'object' });
    const clean = cleanStoryboardShot(b.c.fields(item, b.at(field)));
    if (clean === undefined) return undefined;
    shots.push(clean);
  }
  return cast === undefined ? undefined : { cast, shots };
}
