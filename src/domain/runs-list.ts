import type { Run } from './run';
import { groupSequences, type SequenceGroup } from './storyboard-runs';
import { runsEntries, type RunsEntry } from './takes';

/** One entry of the Runs list: a group of takes, a remix, or one storyboard generation played as a sequence. */
export type RunsListEntry = RunsEntry | { kind: 'sequence'; key: string; group: SequenceGroup; at: number };

/** The Runs list: take groups, remixes and storyboard sequences, newest activity first. */
export function runsListEntries(runs: readonly Run[]): RunsListEntry[] {
  const sequences: RunsListEntry[] = groupSequences(runs).map((group) => ({ kind: 'sequence', key: `sequence:${group.id}`, group, at: group.at }));
  return [...runsEntries(runs), ...sequences].sort((a, b) => b.at - a.at);
}
