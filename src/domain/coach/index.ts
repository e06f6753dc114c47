/**
 * The prompt coach: reads a prompt (and its Shot and parameters when known) and says what it
 * lacks and how to fix it. Pure: text in, findings, checklist and score out.
 */
import { actionFindings, missingElements, names, type Finding, type Reading } from './elements';
import { bare, prepare } from './normalize';
import { checkWeights, ruleById, rules, type RuleId } from './rules';
import { manyBeatsFindings, manyMovesFindings, longDialogueFindings } from './timing';
import { durationFindings, paramWordsFindings, tooLongFindings } from './prose-params';
import { negativeFindings, vagueWordFindings } from './wording';
import { characterDriftFindings, dayNightFindings, termConflictFindings } from './consistency';
import { checkIds, type CheckId, type CoachInput } from './types';

export { checkIds, rules, ruleById, checkWeights };
export type { CheckId, CoachInput, Finding, RuleId };
export type { Diagnostic, Fix, InsertableElement, Severity } from './types';
export { composerGroups, mattersMost, mattersMostCount, rankGroups, type ComposerGroup, type GroupPriority } from './priorities';
export { applyEdit, insertTermEdit, termsFor, wordsFor, categoryFor, type TextEdit } from './fixes';

/** One line of the checklist: passed, and the rules that failed it. */
export interface Check {
  id: CheckId;
  passed: boolean;
  failed: RuleId[];
}

export interface CoachReport {
  findings: Finding[];
  checks: Check[];
  /** 0-100; rises as checks pass. An empty prompt scores 0. */
  score: number;
}

/** The clip length assumed when none is chosen (the most common default). */
const defaultSeconds = 8;

/**
 * The last reading, by its input: the composer's markers, the coach panel and the editor's
 * underlines all read the same prompt after each keystroke, and one pass serves the three.
 */
let lastReading: { key: string; text: string; findings: Finding[] } | undefined;

/** Every finding for this prompt, in text order (do not change the array: it may be shared). */
export function diagnose(input: CoachInput): Finding[] {
  if (!input.text.trim()) return [];
  const key = JSON.stringify([input.shot ?? null, input.seconds ?? null, input.maxPromptLength ?? null, input.negativeField ?? null]);
  if (lastReading && lastReading.text === input.text && lastReading.key === key) return lastReading.findings;
  const findings = read(input);
  lastReading = { key, text: input.text, findings };
  return findings;
}

function read(input: CoachInput): Finding[] {
  const prepared = prepare(input.text);
  const reading: Reading = { text: input.text, prepared, bare: bare(prepared) };
  const seconds = input.seconds ?? defaultSeconds;
  const specific = names(reading, 'framing') || names(reading, 'movement') || /lens|mm|عدسه/u.test(reading.bare);
  const findings = [
    ...missingElements(reading),
    ...actionFindings(reading),
    ...vagueWordFindings(reading, specific),
    ...negativeFindings(reading, input.negativeField ?? false),
    ...termConflictFindings(reading, input.shot),
    ...dayNightFindings(reading),
    ...characterDriftFindings(reading),
    ...manyMovesFindings(reading, seconds, input.shot),
    ...manyBeatsFindings(reading, seconds, input.shot),
    ...longDialogueFindings(reading, seconds, input.shot),
    ...durationFindings(reading),
    ...paramWordsFindings(reading),
    ...tooLongFindings(reading, input.maxPromptLength),
  ];
  return findings.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The checklist and score for a set of findings (an empty text passes nothing). */
export function summarize(findings: readonly Finding[], empty: boolean): Omit<CoachReport, 'findings'> {
  const failed = new Map<CheckId, RuleId[]>();
  for (const f of findings) {
    const check = ruleById[f.rule].check;
    const list = failed.get(check) ?? [];
    if (!list.includes(f.rule)) list.push(f.rule);
    failed.set(check, list);
  }
  const checks = checkIds.map((id) => ({ id, passed: !empty && !failed.has(id), failed: failed.get(id) ?? [] }));
  const score = checks.reduce((sum, c) => sum + (c.passed ? checkWeights[c.id] : 0), 0);
  return { checks, score };
}

/** Findings, checklist and score in one call. */
export function coach(input: CoachInput): CoachReport {
  const findings = diagnose(input);
  return { findings, ...summarize(findings, !input.text.trim()) };
}
