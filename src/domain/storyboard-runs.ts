import type { GenerationParams, ModelCapabilities } from './params';
import type { Run, RunSequence } from './run';
import type { Shot } from './shot';
import { sequenceText, shotText, totalSeconds, type Storyboard } from './storyboard';

/**
 * How a storyboard becomes runs. Most models take one shot per prompt: one run per shot, each
 * with that shot's standalone text, its Shot and its own length. A model documented to take
 * multi-shot prompts (`multiShot`) can instead get the whole sequence as one run.
 */
export type StoryboardMode = 'perShot' | 'whole';

/** The ways this model can render a storyboard (per shot always; whole only for multi-shot models). */
export function storyboardModes(caps: ModelCapabilities): StoryboardMode[] {
  return caps.multiShot ? ['perShot', 'whole'] : ['perShot'];
}

/**
 * The allowed length nearest to `seconds` (the longer one when two are as near, so a shot is not
 * cut short), and whether it differs from what was asked. An empty list keeps `seconds`.
 */
export function clampSeconds(seconds: number, allowed: readonly number[]): { seconds: number; clamped: boolean } {
  let best: number | undefined;
  for (const s of allowed) {
    if (best === undefined) best = s;
    const d = Math.abs(s - seconds);
    const bd = Math.abs(best - seconds);
    if (d < bd || (d === bd && s > best)) best = s;
  }
  const chosen = best ?? seconds;
  return { seconds: chosen, clamped: chosen !== seconds };
}

/** One run a storyboard generation will send. */
export interface PlannedRun {
  text: string;
  shot?: Shot;
  params: GenerationParams;
  sequence: RunSequence;
  /** The length the storyboard asks for (differs from `params.seconds` when the model has no such length). */
  asked: number;
}

/**
 * The runs one click makes: per shot (each run's text is the shot's standalone text, its seconds
 * the shot's own, clamped to what the model allows), or one run of the whole sequence.
 */
export function planStoryboardRuns(board: Storyboard, params: GenerationParams, caps: ModelCapabilities, mode: StoryboardMode, sequenceId: string): PlannedRun[] {
  if (mode === 'whole') {
    const asked = totalSeconds(board);
    const { seconds } = clampSeconds(asked, caps.durations);
    return [{ text: sequenceText(board), params: { ...params, seconds }, sequence: { id: sequenceId, index: 0, count: 1, seconds, transition: 'cut' }, asked }];
  }
  const count = board.shots.length;
  return board.shots.map((entry, index) => {
    const { seconds } = clampSeconds(entry.seconds, caps.durations);
    return {
      text: shotText(board, index),
      shot: entry.shot,
      params: { ...params, seconds },
      sequence: { id: sequenceId, index, count, seconds, transition: index === 0 ? 'cut' : entry.transition },
      asked: entry.seconds,
    };
  });
}

/** The shots whose length the model cannot make as asked: which, asked, and what it will get. */
export function clampedShots(plan: readonly PlannedRun[]): { index: number; asked: number; seconds: number }[] {
  return plan.filter((p) => p.asked !== p.params.seconds).map((p) => ({ index: p.sequence.index, asked: p.asked, seconds: p.params.seconds }));
}

/** One storyboard generation as the Runs list shows it: a slot per shot, holding that shot's latest run. */
export interface SequenceGroup {
  id: string;
  promptId: string;
  rev: number;
  provider: string;
  model: string;
  /** Index i holds shot i+1's latest run (undefined if that run was deleted). */
  shots: (Run | undefined)[];
  /** When the newest of its runs was made. */
  at: number;
}

/** Groups the runs of storyboard generations by sequence, newest first; runs with no sequence are left out. */
export function groupSequences(runs: readonly Run[]): SequenceGroup[] {
  const groups = new Map<string, SequenceGroup>();
  for (const run of runs) {
    const seq = run.sequence;
    if (!seq || seq.index < 0 || seq.index >= seq.count) continue;
    let group = groups.get(seq.id);
    if (!group) {
      group = { id: seq.id, promptId: run.promptId, rev: run.rev, provider: run.provider, model: run.model, shots: Array.from({ length: seq.count }), at: run.createdAt };
      groups.set(seq.id, group);
    }
    if (seq.index >= group.shots.length) group.shots.length = seq.index + 1;
    const held = group.shots[seq.index];
    // A re-run of a shot takes its place.
    if (!held || held.createdAt < run.createdAt) group.shots[seq.index] = run;
    group.at = Math.max(group.at, run.createdAt);
  }
  return [...groups.values()].sort((a, b) => b.at - a.at);
}

/** The shots of a group that can be played: every slot filled with a finished video. */
export function sequenceReady(group: SequenceGroup): boolean {
  return group.shots.every((r) => r?.status === 'succeeded' && !!r.media);
}
