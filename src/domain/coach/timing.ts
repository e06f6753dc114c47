import type { Shot } from '../shot';
import type { Finding, Reading } from './elements';

/** Clips this long or shorter should hold one camera move (the guide: one move, one action per shot). */
const shortShotSeconds = 10;
/** Roughly how many spoken words fit in a second of natural speech. */
export const wordsPerSecond = 2.5;
/** How many action beats a clip holds: one per two seconds, at least one. */
export const beatsFor = (seconds: number) => Math.max(1, Math.ceil(seconds / 2));

const moveKinds: readonly { kind: string; re: RegExp }[] = [
  { kind: 'in', re: /(?<!\p{L})(?:push(?:es|ing)?[- ]in|dolly(?:ing)?[- ]?in|creeps? closer|inch(?:es)? closer|moves? (?:in|closer)|closes? in|zooms? in)(?!\p{L})|تقترب|نقترب|اقتراب/u },
  { kind: 'out', re: /(?<!\p{L})(?:pull(?:s|ing)?[- ](?:back|out|away)|dolly(?:ing)?[- ]?out|zooms? out|backs? away)(?!\p{L})|تبتعد|نبتعد|تتراجع|تنسحب/u },
  { kind: 'pan', re: /(?<!\p{L})(?:(?:whip[- ]?)?pan(?:s|ning|ned)?)(?!\p{L})/u },
  { kind: 'tilt', re: /(?<!\p{L})tilt(?:s|ing|ed)?(?!\p{L})|تميل للاعلي|تميل للاسفل/u },
  { kind: 'orbit', re: /(?<!\p{L})(?:orbit(?:s|ing)?|arc(?:s|ing)? (?:around|round)|circl(?:e|es|ing)(?: around)?)(?!\p{L})|تدور حول|تلتف حول|ندور حول/u },
  { kind: 'crane', re: /(?<!\p{L})(?:crane(?:s|d)?|jib|boom(?:s)? (?:up|down)|pedestal)(?!\p{L})|ترتفع الكاميرا|تهبط الكاميرا/u },
  { kind: 'track', re: /(?<!\p{L})(?:tracking|trucking|we follow|camera follows|keeps? pace)(?!\p{L})|تتبع|تلاحق|نتبع|نلاحق/u },
  { kind: 'fly', re: /(?<!\p{L})(?:drone|fly[- ]?(?:over|through)|flyover|fpv)(?!\p{L})|تحلق|نحلق|درون/u },
];

/** Separate shot blocks ("Shot 2", "Cut to", a blank line): each may carry its own move. */
function blocks(prepared: string): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  const splitter = /\n\s*\n|(?:^|\n)\s*(?:shot \d+|cut to\b|اللقطه \d+|لقطه \d+|قطع الي)/giu;
  let start = 0;
  for (const match of prepared.matchAll(splitter)) {
    out.push({ from: start, text: prepared.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  out.push({ from: start, text: prepared.slice(start) });
  return out;
}

/** More than one camera move inside one short shot. */
export function manyMovesFindings(reading: Reading, seconds: number, shot: Shot | undefined): Finding[] {
  if (seconds > shortShotSeconds) return [];
  const fromShot = (shot?.movement ?? []).filter((id) => id !== 'static' && id !== 'handheld');
  for (const block of blocks(reading.prepared)) {
    const found: { kind: string; from: number; to: number }[] = [];
    for (const { kind, re } of moveKinds) {
      const match = re.exec(block.text);
      if (match) found.push({ kind, from: block.from + match.index, to: block.from + match.index + match[0].length });
    }
    if (found.length >= 2) {
      found.sort((a, b) => a.from - b.from);
      const second = found[1]!;
      return [{ from: second.from, to: second.to, severity: 'warning', rule: 'many-moves', params: { count: found.length, seconds } }];
    }
  }
  if (fromShot.length >= 2) return [{ from: 0, to: 0, severity: 'warning', rule: 'many-moves', params: { count: fromShot.length, seconds } }];
  return [];
}

const timedRange = /(\d+(?:[.,]\d+)?)\s*(?:s|sec|secs|seconds?|ث)?\s*(?:-|to|الي)\s*(\d+(?:[.,]\d+)?)\s*(?:s|sec|secs|seconds?|ث|ثوان|ثانيه)(?![\p{L}])/gu;
const thenPattern = /(?<![\p{L}])(?:then|after that|afterwards|next|finally|before|ثم|بعد ذلك|بعدها|واخيرا|اخيرا)(?![\p{L}])/gu;

/** More action beats than the clip can hold (timed beats in the Shot or the text, or a chain of "then"). */
export function manyBeatsFindings(reading: Reading, seconds: number, shot: Shot | undefined): Finding[] {
  const limit = beatsFor(seconds);
  if (shot?.beats.length && shot.beats.length > limit)
    return [{ from: 0, to: 0, severity: 'warning', rule: 'many-beats', params: { count: shot.beats.length, limit, seconds } }];
  const marks = [...reading.prepared.matchAll(timedRange)];
  const steps = marks.length ? marks : [...reading.prepared.matchAll(thenPattern)];
  const count = marks.length ? marks.length : steps.length ? steps.length + 1 : 0;
  if (count <= limit) return [];
  const extra = marks.length ? steps[limit]! : steps[limit - 1]!;
  return [{ from: extra.index, to: extra.index + extra[0].length, severity: 'warning', rule: 'many-beats', params: { count, limit, seconds } }];
}

const quoted = /"([^"\n]{2,})"|“([^”\n]{2,})”|«([^»\n]{2,})»/gu;
const speakerLine = /^[ \t]*-?[ \t]*[\p{L}][\p{L} .'-]{0,24}:[ \t]*(\S.*)$/gmu;
const dialogueHeader = /(?:^|\n)\s*(?:dialogue|dialog|الحوار|حوار)\s*:?\s*\n/iu;

const wordCount = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** Dialogue with more words than the clip can speak. */
export function longDialogueFindings(reading: Reading, seconds: number, shot: Shot | undefined): Finding[] {
  const budget = Math.round(seconds * wordsPerSecond);
  let words = 0;
  let from = -1;
  let to = -1;
  if (shot?.dialogue.length) {
    words = shot.dialogue.reduce((n, d) => n + wordCount(d.line), 0);
  } else {
    const spans: { from: number; to: number; words: number }[] = [];
    for (const m of reading.text.matchAll(quoted)) spans.push({ from: m.index, to: m.index + m[0].length, words: wordCount(m[1] ?? m[2] ?? m[3] ?? '') });
    const header = dialogueHeader.exec(reading.prepared);
    if (header) {
      const start = header.index + header[0].length;
      const section = reading.text.slice(start).split(/\n\s*\n/u)[0] ?? '';
      for (const m of section.matchAll(speakerLine)) {
        const at = start + m.index;
        if (!spans.some((s) => s.from >= at && s.from < at + m[0].length)) spans.push({ from: at, to: at + m[0].length, words: wordCount(m[1]!) });
      }
    }
    words = spans.reduce((n, s) => n + s.words, 0);
    if (spans.length) {
      from = Math.min(...spans.map((s) => s.from));
      to = Math.max(...spans.map((s) => s.to));
    }
  }
  if (words <= budget) return [];
  return [{ from: Math.max(0, from), to: Math.max(0, to), severity: 'warning', rule: 'long-dialogue', params: { words, budget, seconds } }];
}
