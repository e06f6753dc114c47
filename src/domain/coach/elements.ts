import { elementPattern, hasGerund, type Element } from './phrases';
import type { RuleId } from './rules';
import type { Diagnostic, InsertableElement } from './types';

export type Finding = Diagnostic<RuleId>;

/** The text a rule reads: the original, its prepared twin (same offsets) and a bare copy for presence. */
export interface Reading {
  text: string;
  prepared: string;
  bare: string;
}

/** True when the text names the element in any of the ways phrases.ts knows. */
export function names(reading: Reading, element: Element): boolean {
  if (elementPattern(element).test(reading.bare)) return true;
  return element === 'action' && hasGerund(reading.bare);
}

const missingRule: Record<Exclude<Element, 'action'>, RuleId> = {
  framing: 'no-framing',
  movement: 'no-movement',
  lighting: 'no-lighting',
  palette: 'no-palette',
};

/** Where a missing element is reported: the end of the text, where it would be added. */
function endOf(text: string): number {
  return text.trimEnd().length;
}

/** Framing, movement, lighting and palette the text never names. */
export function missingElements(reading: Reading): Finding[] {
  const out: Finding[] = [];
  const at = endOf(reading.text);
  for (const element of ['framing', 'movement', 'lighting', 'palette'] as const) {
    if (names(reading, element)) continue;
    const rule = missingRule[element];
    const insertable = element !== 'palette';
    out.push({
      from: at,
      to: at,
      severity: element === 'palette' ? 'info' : 'warning',
      rule,
      ...(insertable ? { fixes: [{ kind: 'insertTerm', element: element as InsertableElement }] } : {}),
    });
  }
  return out;
}

// "moves" or "does something" said of the subject (the camera moving is a camera move, judged elsewhere).
const vagueActionPattern =
  /(?<![\p{L}])(?:moves? around|(?:moves|is moving)(?! (?:a|an|the|his|her|their|its|one|two|three|four|toward|towards|to|into|across|through|forward|closer|back|away|aside))|moving around|does (?:something|stuff|things)|doing (?:something|stuff|things)|something happens|stuff happens|goes around|interacts|يتحرك|تتحرك|يفعل شيي?ا|تفعل شيي?ا|يقوم بشيء|تقوم بشيء|يتصرف|تتصرف)(?![\p{L}])/gu;
const cameraBefore = /(?:camera|lens|we|كاميرا|الكاميرا)[^.;,،\n]{0,20}$/u;

/** No visible action, or only a vague one ("moves", "does something"). */
export function actionFindings(reading: Reading): Finding[] {
  const vague: Finding[] = [];
  for (const match of reading.prepared.matchAll(vagueActionPattern)) {
    const before = reading.prepared.slice(Math.max(0, match.index - 30), match.index);
    if (cameraBefore.test(before)) continue;
    vague.push({ from: match.index, to: match.index + match[0].length, severity: 'warning', rule: 'vague-action', params: { word: reading.text.slice(match.index, match.index + match[0].length) } });
  }
  if (vague.length) return vague;
  if (names(reading, 'action')) return [];
  const at = endOf(reading.text);
  return [{ from: at, to: at, severity: 'warning', rule: 'no-action' }];
}
