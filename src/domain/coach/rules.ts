import type { CheckId, Severity } from './types';

/**
 * Every rule the coach knows, as data: a stable id (stored nowhere, but used by message keys,
 * filters and tests), the checklist group it belongs to, and how loudly it speaks. The sentences
 * (message, explanation, why it matters on screen) live in i18n/messages/coach.ts and coach.ar.ts.
 */
export const rules = [
  { id: 'no-framing', check: 'framing', severity: 'warning' },
  { id: 'no-movement', check: 'movement', severity: 'warning' },
  { id: 'no-lighting', check: 'lighting', severity: 'warning' },
  { id: 'no-action', check: 'action', severity: 'warning' },
  { id: 'vague-action', check: 'action', severity: 'warning' },
  { id: 'no-palette', check: 'palette', severity: 'info' },
  { id: 'vague-word', check: 'wording', severity: 'warning' },
  { id: 'negative-phrasing', check: 'wording', severity: 'info' },
  { id: 'term-conflict', check: 'consistency', severity: 'warning' },
  { id: 'day-night', check: 'consistency', severity: 'warning' },
  { id: 'character-drift', check: 'consistency', severity: 'info' },
  { id: 'many-moves', check: 'timing', severity: 'warning' },
  { id: 'many-beats', check: 'timing', severity: 'warning' },
  { id: 'long-dialogue', check: 'timing', severity: 'warning' },
  { id: 'duration-in-prose', check: 'parameters', severity: 'warning' },
  { id: 'size-in-prose', check: 'parameters', severity: 'info' },
  { id: 'model-in-prose', check: 'parameters', severity: 'info' },
  { id: 'too-long', check: 'parameters', severity: 'error' },
] as const satisfies readonly { id: string; check: CheckId; severity: Severity }[];

export type RuleId = (typeof rules)[number]['id'];

export const ruleById: Readonly<Record<RuleId, (typeof rules)[number]>> = Object.fromEntries(rules.map((r) => [r.id, r])) as Record<
  RuleId,
  (typeof rules)[number]
>;

/**
 * Points each checklist group adds to the score when it passes. The elements a shot needs weigh
 * most; any one of them outweighs every problem a single added term could bring (a conflict, a
 * second camera move), so naming a missing element always raises the score.
 */
export const checkWeights: Readonly<Record<CheckId, number>> = {
  framing: 20,
  movement: 18,
  lighting: 20,
  action: 14,
  palette: 8,
  wording: 6,
  consistency: 5,
  timing: 5,
  parameters: 4,
};
