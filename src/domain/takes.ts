import type { GenerationParams } from './params';
import type { Run } from './run';

/**
 * Takes: video models are random, so one prompt version is run several times with the same
 * settings. Every run of a prompt version with the same generation settings (the seed aside) is a
 * take of that version, and those runs form one group. A re-run of a failed take (`retryOf`) takes
 * that take's place: "take 2 of 3" stays take 2, whichever attempt filled it.
 */

/** The most takes asked for at once. */
export const maxTakes = 8;

/** One take: its place in the group and every attempt at it (oldest first; `run` is the latest). */
export interface Take {
  /** 1-based: "take {index} of {group size}". */
  index: number;
  run: Run;
  attempts: Run[];
}

/** The takes of one prompt version with one set of settings. */
export interface TakeGroup {
  key: string;
  promptId: string;
  rev: number;
  provider: string;
  model: string;
  takes: Take[];
}

/** The settings that make runs comparable takes: every generation parameter but the seed. */
export function takeGroupKey(run: Pick<Run, 'promptId' | 'rev' | 'params'>): string {
  const { seed: _seed, ...rest } = run.params;
  const fields = Object.keys(rest)
    .sort()
    .map((k) => [k, rest[k as keyof typeof rest]]);
  return JSON.stringify([run.promptId, run.rev, fields]);
}

/**
 * Groups runs into takes, one group per prompt version and settings, groups newest first, takes
 * in the order they were first made. Remixes are not takes (their text differs from the version's);
 * nor are the shots of a storyboard generation (see storyboard-runs.ts).
 */
export function groupTakes(runs: readonly Run[]): TakeGroup[] {
  const byId = new Map(runs.map((r) => [r.id, r]));
  const retriedBy = new Map<string, Run>();
  for (const run of runs) {
    if (!run.retryOf) continue;
    const earlier = retriedBy.get(run.retryOf);
    if (!earlier || earlier.createdAt < run.createdAt) retriedBy.set(run.retryOf, run);
  }
  const groups = new Map<string, TakeGroup>();
  const latestActivity = new Map<string, number>();
  for (const run of runs) {
    // Remixes and continuations of a clip are not takes, and the shots of a storyboard generation form a sequence instead.
    if (run.remixOf || run.parentRunId || run.sequence) continue;
    const retried = run.retryOf ? byId.get(run.retryOf) : undefined;
    // An attempt that re-runs a take of the same group is part of that take, not a new one.
    if (retried && !retried.remixOf && takeGroupKey(retried) === takeGroupKey(run)) continue;
    const key = takeGroupKey(run);
    let group = groups.get(key);
    if (!group) {
      group = { key, promptId: run.promptId, rev: run.rev, provider: run.provider, model: run.model, takes: [] };
      groups.set(key, group);
    }
    const attempts = [run];
    const seen = new Set([run.id]);
    for (let next = retriedBy.get(run.id); next && !seen.has(next.id); next = retriedBy.get(next.id)) {
      if (takeGroupKey(next) !== key) break;
      attempts.push(next);
      seen.add(next.id);
    }
    group.takes.push({ index: 0, run: attempts[attempts.length - 1]!, attempts });
    const newest = Math.max(...attempts.map((a) => a.createdAt));
    latestActivity.set(key, Math.max(latestActivity.get(key) ?? 0, newest));
  }
  const result = [...groups.values()];
  for (const group of result) {
    group.takes.sort((a, b) => a.attempts[0]!.createdAt - b.attempts[0]!.createdAt || a.attempts[0]!.id.localeCompare(b.attempts[0]!.id));
    group.takes.forEach((take, i) => (take.index = i + 1));
  }
  return result.sort((a, b) => (latestActivity.get(b.key) ?? 0) - (latestActivity.get(a.key) ?? 0));
}

/** The group a run belongs to, and its take, among `groups`. */
export function takeOf(groups: readonly TakeGroup[], runId: string): { group: TakeGroup; take: Take } | undefined {
  for (const group of groups) {
    const take = group.takes.find((t) => t.attempts.some((a) => a.id === runId));
    if (take) return { group, take };
  }
  return undefined;
}

/**
 * The takes a Compare column shows: the group of its shown run (`shownRunId`), or else the newest
 * group of its prompt version. Undefined when the version has no takes yet.
 */
export function columnGroup(runs: readonly Run[], promptId: string, rev: number, shownRunId?: string): TakeGroup | undefined {
  const groups = groupTakes(runs.filter((r) => r.promptId === promptId && r.rev === rev));
  return (shownRunId ? takeOf(groups, shownRunId)?.group : undefined) ?? groups[0];
}

/**
 * True when a failed run's create may have reached the provider and been accepted (and charged):
 * it was sent, no job id came back, and no answer from the provider says it was refused.
 * Such a run is never re-sent by "Re-run the failed ones".
 */
export function mayHaveBeenAccepted(run: Run): boolean {
  if (run.startedAt === undefined || run.remote || run.remoteId) return false;
  return !run.error || !definiteRefusals.has(run.error.kind);
}

/** Answers that say the provider made no job (a bad key, no credit, too many requests, refused content or parameters). */
const definiteRefusals = new Set(['auth', 'quota', 'rateLimit', 'policy', 'notFound', 'badRequest', 'noKey', 'unsupported']);

/** What "Re-run the failed ones" does with a group: the takes it re-sends, and those it must not. */
export interface RerunPlan {
  rerun: Run[];
  /** Failed takes whose create may have been accepted: left alone, so nothing is paid twice. */
  uncertain: Run[];
}

/** The failed takes of a group (latest attempt of each), split into those safe to re-send once and the uncertain ones. */
export function planRerun(group: TakeGroup): RerunPlan {
  const plan: RerunPlan = { rerun: [], uncertain: [] };
  for (const take of group.takes) {
    if (take.run.status !== 'failed') continue;
    (mayHaveBeenAccepted(take.run) ? plan.uncertain : plan.rerun).push(take.run);
  }
  return plan;
}

/** The parameters a re-run of a take uses: the same settings, and the same seed when it had one. */
export function rerunParams(run: Run): GenerationParams {
  return { ...run.params };
}

const seedSpace = 2 ** 31 - 1;

/**
 * `count` distinct seeds (whole numbers from 1 to 2^31 - 2) drawn with `random` (0 ≤ x < 1), so
 * that no two takes of a batch render the same noise. Throws RangeError outside 1-`maxTakes`.
 */
export function takeSeeds(count: number, random: () => number): number[] {
  if (!Number.isInteger(count) || count < 1 || count > maxTakes) throw new RangeError(`Takes are asked for 1 to ${maxTakes} at a time, got ${count}`);
  const seeds = new Set<number>();
  while (seeds.size < count) seeds.add(1 + Math.floor(random() * (seedSpace - 1)));
  return [...seeds];
}

/**
 * The parameters of each take of a batch: the settings as given, each take with its own seed when
 * the model takes one (otherwise the provider's own randomness makes them differ).
 */
export function takeParams(params: GenerationParams, count: number, seeds: readonly number[] | undefined): GenerationParams[] {
  return Array.from({ length: count }, (_, i) => {
    const { seed: _old, ...rest } = params;
    const seed = seeds?.[i];
    return seed === undefined ? { ...rest } : { ...rest, seed };
  });
}

/** One entry of the Runs list: a group of takes, or a remix or continuation (which is not a take). */
export type RunsEntry = { kind: 'takes'; key: string; group: TakeGroup; at: number } | { kind: 'remix'; key: string; run: Run; at: number };

/** The Runs list: take groups and remixes, newest activity first. */
export function runsEntries(runs: readonly Run[]): RunsEntry[] {
  const entries: RunsEntry[] = groupTakes(runs).map((group) => ({
    kind: 'takes',
    key: group.key,
    group,
    at: Math.max(...group.takes.flatMap((t) => t.attempts.map((a) => a.createdAt))),
  }));
  for (const run of runs) if (run.remixOf || run.parentRunId) entries.push({ kind: 'remix', key: run.id, run, at: run.createdAt });
  return entries.sort((a, b) => b.at - a.at);
}

/** How the takes of a group stand: how many succeeded, failed (or were cancelled), and are still running. */
export function takeCounts(group: TakeGroup): { total: number; done: number; failed: number; running: number } {
  let done = 0;
  let failed = 0;
  let running = 0;
  for (const { run } of group.takes) {
    if (run.status === 'succeeded') done++;
    else if (run.status === 'failed' || run.status === 'cancelled') failed++;
    else running++;
  }
  return { total: group.takes.length, done, failed, running };
}
