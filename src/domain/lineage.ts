import type { Run } from './run';

/**
 * Continuing a finished clip: an *extension* (a longer clip, the new seconds after the old) or a
 * conversational *edit* (the same clip changed by an instruction). What each model allows is data:
 *
 * - Gemini Omni (Interactions, `previous_interaction_id`): extends by 3-10 s a step up to 40 s in
 *   all, and edits by instruction.
 * - Veo 3.1 (`instances[].video`): extends an earlier Veo clip of up to 30 s by 7 s, at 720p.
 *
 * Sources: Google's "Extend videos" page (Gemini Omni: "3-to-10-second extension … up to 40
 * seconds"; Veo: "input video must be 1 to 30 seconds … extended by 7 seconds (up to 37 seconds
 * total)"), and js-genai's GenerateVideosSource.video → instances[0].video.
 */
export type ContinuationKind = 'extend' | 'edit';

export interface ExtendRule {
  /** Seconds one step may add. */
  steps: readonly number[];
  /** The longest clip the chain may reach. */
  maxTotalSeconds: number;
  /** The longest clip that may be extended (Veo), when the model says. */
  maxInputSeconds?: number;
  /** The only resolution an extension comes in, when the model fixes it. */
  resolution?: string;
}

export interface ContinuationRules {
  extend?: ExtendRule;
  edit: boolean;
}

/** The absolute cap on a continued clip, whatever the model. */
export const maxClipSeconds = 40;

const omniRules: ContinuationRules = { extend: { steps: [3, 4, 5, 6, 7, 8, 9, 10], maxTotalSeconds: 40 }, edit: true };
const veoRules: ContinuationRules = { extend: { steps: [7], maxTotalSeconds: 37, maxInputSeconds: 30, resolution: '720p' }, edit: false };

/** What a model can do with a finished clip, or undefined when it cannot continue one. */
export function continuationRules(provider: string, model: string): ContinuationRules | undefined {
  if (provider !== 'gemini') return undefined;
  const id = model.replace(/^models\//, '');
  if (/^veo-3\.1-/i.test(id)) return veoRules;
  if (/omni/i.test(id)) return omniRules;
  return undefined;
}

/** Whether Continue is offered for a run: a finished clip of a model that can extend or edit one. */
export function canContinue(run: Run): boolean {
  return run.status === 'succeeded' && !!continuationRules(run.provider, run.model);
}

/** The length of a run's clip: a continued clip knows its whole length, a first clip its seconds. */
export function clipSeconds(run: Run): number {
  return run.continuation?.totalSeconds ?? run.params.seconds;
}

/** The length a continuation of `parent` would have. */
export function continuedSeconds(parent: Run, kind: ContinuationKind, stepSeconds: number): number {
  return kind === 'extend' ? clipSeconds(parent) + stepSeconds : clipSeconds(parent);
}

/** Why a continuation cannot be sent (each has its own sentence), or undefined when it can. */
export type ContinueRefusal = 'notFinished' | 'unsupported' | 'noJob' | 'noVideoLink' | 'tooLong' | 'inputTooLong' | 'badStep' | 'emptyText';

export function checkContinuation(parent: Run, kind: ContinuationKind, stepSeconds: number, text: string): ContinueRefusal | undefined {
  if (parent.status !== 'succeeded') return 'notFinished';
  const rules = continuationRules(parent.provider, parent.model);
  const extend = rules?.extend;
  if (!rules || (kind === 'edit' && !rules.edit) || (kind === 'extend' && !extend)) return 'unsupported';
  const remoteId = parent.remote?.id ?? parent.remoteId;
  if (!remoteId) return 'noJob';
  // Veo continues from the clip's file link, kept when the clip was fetched.
  if (extend?.resolution && kind === 'extend' && !parent.remote?.urls?.video) return 'noVideoLink';
  if (kind === 'extend' && extend) {
    if (!extend.steps.includes(stepSeconds)) return 'badStep';
    if (extend.maxInputSeconds !== undefined && clipSeconds(parent) > extend.maxInputSeconds) return 'inputTooLong';
    if (continuedSeconds(parent, kind, stepSeconds) > Math.min(extend.maxTotalSeconds, maxClipSeconds)) return 'tooLong';
  }
  if (!text.trim()) return 'emptyText';
  return undefined;
}

/** The seconds left before the cap, for the dialog's step choice. */
export function secondsLeft(parent: Run): number {
  const extend = continuationRules(parent.provider, parent.model)?.extend;
  if (!extend) return 0;
  return Math.max(0, Math.min(extend.maxTotalSeconds, maxClipSeconds) - clipSeconds(parent));
}

/** A run's line of clips, first clip to this one (a missing or looping parent ends it). */
export function lineageOf(run: Run, byId: (id: string) => Run | undefined): Run[] {
  const chain: Run[] = [run];
  const seen = new Set([run.id]);
  let current = run;
  while (current.parentRunId && !seen.has(current.parentRunId)) {
    const parent = byId(current.parentRunId);
    if (!parent) break;
    chain.unshift(parent);
    seen.add(parent.id);
    current = parent;
  }
  return chain;
}

/** Runs that continue `run`, oldest first. */
export function continuationsOf(run: Run, all: readonly Run[]): Run[] {
  return all.filter((r) => r.parentRunId === run.id).sort((a, b) => a.createdAt - b.createdAt);
}

/** True when a run is part of a lineage (it continues a clip, or a clip continues it). */
export function hasLineage(run: Run, all: readonly Run[]): boolean {
  return !!run.parentRunId || all.some((r) => r.parentRunId === run.id);
}
