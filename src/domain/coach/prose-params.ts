import type { Finding, Reading } from './elements';

const number = '(\\d+(?:[.,]\\d+)?)';
const durationPatterns: readonly RegExp[] = [
  new RegExp(`(?<![\\p{L}\\p{N}-])${number}[- ]?(?:seconds?|secs?|s)(?:[- ]long)?(?=[- ](?:video|clip|shot|film|movie|sequence|reel)(?![\\p{L}]))`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:duration|length|runtime|lasting|lasts|last|make it|make the video|make the clip|should be|for a total of)\\s*(?:of|:|is|=)?\\s*(?:about |around |exactly )?${number}\\s*(?:seconds?|secs?|s)(?![\\p{L}])`, 'gu'),
  new RegExp(`(?<![\\p{L}\\p{N}-])${number}\\s*(?:seconds?|secs?)\\s+(?:long|in length|in duration|total)(?![\\p{L}])`, 'gu'),
  // A length listed on its own among the prompt's settings: "…, static camera, 8 seconds, 16:9".
  new RegExp(`(?<=(?:^|[,;،|]\\s*))${number}\\s*(?:seconds?|secs?|s|ثوان\\p{M}*|ثواني|ثانيه)(?=\\s*(?:[,;.،|]|$))`, 'gu'),
  new RegExp(`(?:مدته|مدتها|مده|بطول|طوله|طولها|مدة)\\s*(?:حوالي |تقريبا )?${number}\\s*(?:ثوان\\p{M}*|ثواني|ثانيه)`, 'gu'),
  new RegExp(`(?<![\\p{N}])${number}\\s*(?:ثوان\\p{M}*|ثواني|ثانيه)\\s*(?:فقط )?(?:مده|طول|للفيديو|فيديو|مقطع)`, 'gu'),
];

/** "8 seconds" written into the prose: only the duration parameter sets a clip's length. */
export function durationFindings(reading: Reading): Finding[] {
  const out: Finding[] = [];
  for (const pattern of durationPatterns) {
    for (const match of reading.prepared.matchAll(pattern)) {
      const seconds = Number(match[1]!.replace(',', '.'));
      if (!Number.isFinite(seconds) || seconds <= 0) continue;
      const from = match.index;
      const to = from + match[0].length;
      if (out.some((f) => f.from < to && from < f.to)) continue;
      const span = removal(reading.text, from, to);
      out.push({
        from,
        to,
        severity: 'warning',
        rule: 'duration-in-prose',
        params: { phrase: reading.text.slice(from, to), seconds },
        fixes: [{ kind: 'moveDuration', from: span.from, to: span.to, insert: span.insert, seconds }],
      });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** What to cut so the sentence still reads; "An 8-second video" becomes "A video". */
function removal(text: string, from: number, to: number): { from: number; to: number; insert: string } {
  const article = /(?:^|\s)(an?|the)\s+$/iu.exec(text.slice(0, from));
  if (article && /^[- ]\p{L}/u.test(text.slice(to))) {
    const start = from - article[0].trimStart().length;
    return { from: start, to: to + 1, insert: /^[A-Z]/.test(article[1]!) ? 'A ' : 'a ' };
  }
  return { ...spanWithPunctuation(text, from, to), insert: '' };
}

/**
 * The span to delete so the sentence still reads: the phrase, an article just before it, and one
 * neighbouring separator (a comma after it, else a comma or space before it).
 */
export function spanWithPunctuation(text: string, from: number, to: number): { from: number; to: number } {
  let start = from;
  let end = to;
  const article = /(?:^|\s)(?:an?|the)\s+$/iu.exec(text.slice(0, start));
  if (article) start -= article[0].trimStart().length;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const commaBefore = /[,،;]\s*$/u.exec(before);
  const commaAfter = /^[,،;]\s*/u.exec(after);
  const stopAfter = /^[.!?؟]\s*/u.exec(after);
  if (commaBefore) start -= commaBefore[0].length;
  else if (commaAfter) end += commaAfter[0].length;
  else if (stopAfter && (start === 0 || /[.!?؟]\s*$/u.test(before))) end += stopAfter[0].length;
  else if (/\s$/u.test(before) && /^\s/u.test(after)) end += 1;
  else if (start === 0 && /^\s/u.test(after)) end += 1;
  return { from: start, to: end };
}

const sizePattern =
  /(?<![\p{L}\p{N}])(?:4k|8k|2k|1080p|720p|480p|2160p|1440p|uhd|full hd|\d{3,4}\s*[x×]\s*\d{3,4}|16:9|9:16|1:1|4:3|21:9|aspect ratio|vertical video|portrait mode|landscape mode|فيديو عمودي|دقه 4k|بدقه عاليه)(?![\p{L}\p{N}])/gu;
const modelPattern =
  /(?<![\p{L}\p{N}])(?:veo ?\d?(?:\.\d)?|sora ?\d?|kling|runway(?: gen-?\d)?|gen-?[234]|pika|luma|dream machine|hailuo|minimax|wan ?2\.\d|seedance|hunyuan|gemini|فيو|سورا)(?![\p{L}\p{N}])/gu;

/** Resolution, aspect ratio or model written into the prose. */
export function paramWordsFindings(reading: Reading): Finding[] {
  const out: Finding[] = [];
  for (const match of reading.prepared.matchAll(sizePattern))
    out.push({ from: match.index, to: match.index + match[0].length, severity: 'info', rule: 'size-in-prose', params: { phrase: reading.text.slice(match.index, match.index + match[0].length) } });
  for (const match of reading.prepared.matchAll(modelPattern))
    out.push({ from: match.index, to: match.index + match[0].length, severity: 'info', rule: 'model-in-prose', params: { phrase: reading.text.slice(match.index, match.index + match[0].length) } });
  return out;
}

/** Text beyond the chosen model's limit. */
export function tooLongFindings(reading: Reading, max: number | undefined): Finding[] {
  if (max === undefined || reading.text.length <= max) return [];
  return [{ from: max, to: reading.text.length, severity: 'error', rule: 'too-long', params: { length: reading.text.length, max } }];
}
