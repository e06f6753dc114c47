import type { Finding } from './elements';
import { checkWeights, ruleById, type RuleId } from './rules';
import type { Severity } from './types';

/** The composer's groups a coach finding can point to: where a person fixes it by choosing. */
export const composerGroups = ['shotSize', 'movement', 'lighting', 'palette', 'beats', 'dialogue'] as const;
export type ComposerGroup = (typeof composerGroups)[number];

/** Which group answers which rule (rules about wording, consistency or parameters are fixed in the text). */
const groupOfRule: Partial<Record<RuleId, ComposerGroup>> = {
  'no-framing': 'shotSize',
  'no-movement': 'movement',
  'many-moves': 'movement',
  'no-lighting': 'lighting',
  'no-palette': 'palette',
  'no-action': 'beats',
  'vague-action': 'beats',
  'many-beats': 'beats',
  'long-dialogue': 'dialogue',
};

/** What an empty prompt lacks: every element, as the coach would say once something is written. */
const emptyPromptRules: readonly RuleId[] = ['no-framing', 'no-movement', 'no-lighting', 'no-action', 'no-palette'];

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One group the coach says needs a choice, with the finding that says so. */
export interface GroupPriority {
  group: ComposerGroup;
  rule: RuleId;
  severity: Severity;
}

/**
 * The composer groups the coach's findings point to, most important first: errors before
 * warnings before notes, then by the weight the coach gives the check (framing and light 20,
 * movement 18, action 14, palette 8), then in the order PROMPTING.md builds a prompt (camera
 * shot, movement, lighting, palette, actions, dialogue). One entry per group, for its strongest
 * finding. An empty prompt lacks every element.
 */
export function rankGroups(findings: readonly Finding[], empty = false): GroupPriority[] {
  const asked: { rule: RuleId; severity: Severity }[] = empty
    ? emptyPromptRules.map((rule) => ({ rule, severity: ruleById[rule].severity }))
    : findings.map((f) => ({ rule: f.rule, severity: f.severity }));
  const best = new Map<ComposerGroup, GroupPriority>();
  for (const { rule, severity } of asked) {
    const group = groupOfRule[rule];
    if (!group) continue;
    const held = best.get(group);
    if (!held || compare({ group, rule, severity }, held) < 0) best.set(group, { group, rule, severity });
  }
  return [...best.values()].sort(compare);
}

function compare(a: GroupPriority, b: GroupPriority): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    checkWeights[ruleById[b.rule].check] - checkWeights[ruleById[a.rule].check] ||
    composerGroups.indexOf(a.group) - composerGroups.indexOf(b.group)
  );
}

/** How many groups the composer marks "matters most": enough to act on, few enough to mean something. */
export const mattersMostCount = 3;

/** The groups to mark "matters most": the top of the ranking, leaving out mere notes (a missing palette alone). */
export function mattersMost(findings: readonly Finding[], empty = false): GroupPriority[] {
  return rankGroups(findings, empty)
    .filter((p) => p.severity !== 'info')
    .slice(0, mattersMostCount);
}
