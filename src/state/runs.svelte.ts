import { checkParams, type GenerationParams, type ParamProblem } from '../domain/params';
import { loadRequestImages } from '../providers/request-images';
import { getImages } from '../storage/images';
import { batchCost, estimateCost, type BatchCost } from '../domain/cost';
import { canRemix, isFinished, newRun, remoteJobId, resumeAction, type Run, type RunError, type RunSequence } from '../domain/run';
import { planStoryboardRuns, type PlannedRun, type StoryboardMode } from '../domain/storyboard-runs';
import type { Storyboard } from '../domain/storyboard';
import { engineCapabilities, engineConcurrency, engineIds } from '../providers/engines';
import { RunQueue } from '../providers/queue';
import { isProviderId, type ProviderId, type VideoProvider } from '../providers/types';
import { recordKey, toStorageError } from '../storage/db';
import * as runsStore from '../storage/runs';
import { openLeases, type Leases } from '../storage/leases';
import { idsOf } from '../storage/sync';
import { appStorage, type AppStorage } from './storage.svelte';
import { providerKeys, type ProviderKeys } from './providers.svelte';
import { RunDriver } from './run-driver';
import { newId } from './ids';
import { groupTakes, planRerun, rerunParams, takeParams, takeSeeds, type TakeGroup } from '../domain/takes';
import { previzEngine } from './previz-engine';
import { checkContinuation, clipSeconds, continuationRules, continuedSeconds, type ContinuationKind, type ContinueRefusal } from '../domain/lineage';
import type { Shot } from '../domain/shot';
import { imageCleanup, type ImageCleanup } from './image-cleanup.svelte';

/** The prompt version a run is made from. */
export interface RunSource {
  promptId: string;
  rev: number;
  text: string;
  /** The Shot the text was composed from, if it was (Previz reads it with the text). */
  shot?: Shot;
  /** Which shot of a storyboard generation this run is. */
  sequence?: RunSequence;
}

/** A continuation that cannot be sent, with the reason (one sentence each). */
export class ContinueRefused extends Error {
  constructor(readonly reason: ContinueRefusal) {
    super(`continuation refused: ${reason}`);
    this.name = 'ContinueRefused';
  }
}

/** A refused combination, with the problems that say which value and why. */
export class ParamsRefused extends Error {
  constructor(readonly problems: ParamProblem[]) {
    super('parameters refused');
    this.name = 'ParamsRefused';
  }
}

function storageErrorOf(error: unknown): RunError | undefined {
  if (error instanceof runsStore.MediaRefused) return { kind: 'badMedia' };
  if (error instanceof Error && error.name === 'StorageError') return { kind: toStorageError(error).kind === 'quota' ? 'storage' : 'storageFailed' };
  if (error instanceof DOMException) return { kind: toStorageError(error).kind === 'quota' ? 'storage' : 'storageFailed' };
  return undefined;
}

/** What the runs need: storage, the keys (for the adapters), cross-tab leases, and the Previz engine. */
export interface RunsDeps {
  storage: AppStorage;
  keys: ProviderKeys;
  leases?: Leases;
  previz?: VideoProvider;
  /** Told when a deletion may have left images unused. */
  images?: Pick<ImageCleanup, 'soon'>;
}

/**
 * Every run, live: loaded once, updated as the queue reports, resumed after a reload for jobs
 * the provider still holds. Only `enqueue` (an explicit click, or a confirmed batch) sends
 * anything; loading never starts a run. Which runs this tab drives is the RunDriver's to say.
 */
export class Runs {
  readonly #storage: AppStorage;
  readonly #keys: ProviderKeys;
  readonly #images: RunsDeps['images'];
  #items = $state.raw<Run[]>([]);
  #loaded = $state(false);
  /** Bumped when the local queue moves (waiting positions change). */
  #queueRevision = $state(0);
  readonly #queue: RunQueue;
  readonly #driver: RunDriver;
  #loading: Promise<void> | undefined;
  /** Runs deleted in another tab while this one drove them (their last writes are dropped). */
  #deleted = new Set<string>();

  constructor(deps: RunsDeps) {
    this.#storage = deps.storage;
    this.#keys = deps.keys;
    this.#images = deps.images;
    const previz = deps.previz ?? previzEngine;
    this.#queue = new RunQueue({
      providerFor: (run) => (run.provider === 'previz' ? previz : isProviderId(run.provider) ? this.#keys.provider(run.provider) : undefined),
      save: (run) => this.#save(run),
      storeMedia: (run, files) => runsStore.putMedia(this.#storage.media, run.id, files.video, files.thumb),
      errorOf: storageErrorOf,
      concurrency: engineConcurrency,
      loadImages: (run) => (run.params.images ? loadRequestImages(run.params.images, (ids) => getImages(this.#storage.media, ids)) : Promise.resolve(undefined)),
      now: () => Date.now(),
    });
    this.#driver = new RunDriver({
      leases: deps.leases ?? openLeases('laqta-run/'),
      read: (id) => runsStore.getRun(this.#storage.library, id),
      show: (run) => this.#show(run),
      save: (run) => this.#save(run),
      takeOver: (run) => this.#takeOver(run),
      now: () => Date.now(),
      changed: () => this.#queueRevision++,
    });
  }

  /** Every run, newest first. */
  get items(): Run[] {
    return this.#items;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** Bumped when the local queue moves (waiting positions change). */
  get queueRevision(): number {
    return this.#queueRevision;
  }

  /** Loads the runs and resumes polling of jobs the provider still holds (where a key is usable). */
  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  async #load(): Promise<void> {
    await this.#keys.load();
    this.#storage.subscribe((change, origin) => {
      if (origin === 'remote' && change.type === 'cancelRun' && this.#driver.drives(change.runId)) void this.cancel(change.runId);
      // Runs written in this tab by something else (an import) are read in; this class's own saves are already shown.
      if (origin === 'local' && change.type === 'changed') for (const id of idsOf('run', change.keys)) if (!this.get(id)) void this.#reloadOne(id);
    });
    // A run another tab changes while the list is read is re-read after it.
    await this.#storage.follow(
      'run',
      async () => void (this.#items = await runsStore.listRuns(this.#storage.library)),
      async (ids) => {
        for (const id of ids) await this.#reloadOne(id);
      },
    );
    this.#loaded = true;
    for (const run of this.#items) this.#driver.adopt(run);
    this.#keys.onKeyReady((provider) => {
      for (const run of this.#items) if (run.provider === provider && this.#driver.drives(run.id) && resumeAction(run) === 'poll') this.#queue.resume(run);
    });
  }

  /** A job the provider still holds, taken over by this tab. */
  async #takeOver(run: Run): Promise<void> {
    // A preview lives in the memory of the tab that drew it: once that tab is gone, so is the take.
    if (run.provider === 'previz') await this.#save({ ...run, status: 'failed', error: { kind: 'previzStopped' }, finishedAt: Date.now() });
    else if (isProviderId(run.provider) && this.#keys.provider(run.provider)) this.#queue.resume(run);
    // Otherwise the job waits for its provider's key (onKeyReady resumes it), lease in hand.
  }

  /** The capability problems of a combination for this text (empty: it can be sent). */
  check(params: GenerationParams, text: string): ParamProblem[] {
    const caps = engineCapabilities(params.provider, params.model);
    if (!caps) return [{ field: 'provider', value: params.provider, reason: 'unsupported', allowed: [...engineIds] }];
    return checkParams(caps, params, text);
  }

  /**
   * The JSON a run with these parameters would send as the model's whole input (a model Laqta
   * has no mapping for), so it can be shown before anything is sent; undefined otherwise.
   */
  rawInputFor(params: GenerationParams): string | undefined {
    if (!engineCapabilities(params.provider, params.model)?.rawInput) return undefined;
    return params.rawInput ?? '{}';
  }

  /** Estimated price of one run in US dollars, or undefined when none is published. */
  estimate(params: GenerationParams): number | undefined {
    const caps = engineCapabilities(params.provider, params.model);
    return caps ? estimateCost(caps, params) : undefined;
  }

  /** The total for a batch (runs without a price counted apart). */
  estimateBatch(params: GenerationParams, count: number): BatchCost {
    return batchCost(Array.from({ length: count }, () => this.estimate(params)));
  }

  /**
   * Starts one run of a saved prompt version with these parameters (an explicit request from the
   * person). Refuses, before sending anything, a combination the model does not accept.
   */
  async enqueue(source: RunSource, params: GenerationParams): Promise<Run> {
    const plain: GenerationParams = { ...params };
    // A model that takes a seed gets one chosen here, so the run records it and can be drawn again.
    if (plain.seed === undefined && this.takesSeed(plain)) plain.seed = takeSeeds(1, Math.random)[0]!;
    const problems = this.check(plain, source.text);
    if (problems.length) throw new ParamsRefused(problems);
    const now = Date.now();
    const estimate = this.estimate(plain);
    const run = newRun({ id: newId(now), ...source, params: plain, now, ...(estimate !== undefined ? { costEstimate: estimate } : {}) });
    return this.#send(run);
  }

  /**
   * Starts a remix of a finished run (an explicit request from the person): the provider makes a
   * new video that changes that one as `text` says, with the same prompt version and parameters.
   * Refuses empty text and a run that cannot be remixed.
   */
  async remix(source: Run, text: string): Promise<Run> {
    const remoteId = remoteJobId(source);
    if (!text.trim() || !canRemix(source) || !remoteId) throw new Error('this run cannot be remixed with this text');
    const params: GenerationParams = { ...source.params };
    const problems = this.check(params, text);
    if (problems.length) throw new ParamsRefused(problems);
    const now = Date.now();
    const estimate = this.estimate(params);
    const remixOf = { runId: source.id, remoteId };
    const { promptId, rev } = source;
    return this.#send(newRun({ id: newId(now), promptId, rev, text, params, now, remixOf, ...(estimate !== undefined ? { costEstimate: estimate } : {}) }));
  }

  /** The parameters a continuation of `parent` is sent with (an extension's `seconds` are the seconds it adds). */
  continuationParams(parent: Run, kind: ContinuationKind, stepSeconds: number): GenerationParams {
    const { seed: _seed, ...params } = parent.params;
    const resolution = kind === 'extend' ? continuationRules(parent.provider, parent.model)?.extend?.resolution : undefined;
    return { ...params, seconds: kind === 'extend' ? stepSeconds : clipSeconds(parent), ...(resolution ? { resolution } : {}) };
  }

  /** The estimated price of a continuation (the seconds it makes), or undefined when none is published. */
  estimateContinuation(parent: Run, kind: ContinuationKind, stepSeconds: number): number | undefined {
    return this.estimate(this.continuationParams(parent, kind, stepSeconds));
  }

  /**
   * Continues a finished clip (an explicit request from the person): extends it by `stepSeconds`
   * or edits it as `text` says. Sent once, linked to its parent; refused, before anything is sent,
   * past the model's length cap or for a model that cannot.
   */
  async continueClip(parent: Run, kind: ContinuationKind, text: string, stepSeconds: number): Promise<Run> {
    const refusal = checkContinuation(parent, kind, stepSeconds, text);
    if (refusal) throw new ContinueRefused(refusal);
    const params = this.continuationParams(parent, kind, stepSeconds);
    const now = Date.now();
    const estimate = this.estimate(params);
    const videoUri = parent.remote?.urls?.video;
    const continuation = {
      kind,
      remoteId: (parent.remote?.id ?? parent.remoteId)!,
      ...(videoUri ? { videoUri } : {}),
      totalSeconds: continuedSeconds(parent, kind, stepSeconds),
    };
    const { promptId, rev } = parent;
    return this.#send(
      newRun({ id: newId(now), promptId, rev, text: text.trim(), params, now, parentRunId: parent.id, continuation, ...(estimate !== undefined ? { costEstimate: estimate } : {}) }),
    );
  }

  /** True when the model draws with a seed Laqta can choose (each take then gets its own). */
  takesSeed(params: GenerationParams): boolean {
    return !!engineCapabilities(params.provider, params.model)?.seed;
  }

  /**
   * Starts `count` takes (1-8) of one prompt version with the same settings: one explicit request
   * (a confirmed batch), every take with its own seed where the model takes one, recorded on the run.
   */
  async enqueueTakes(source: RunSource, params: GenerationParams, count: number): Promise<Run[]> {
    return (await this.enqueueBatch([source], params, count))[0] ?? [];
  }

  /**
   * Starts `count` takes of each source with the same settings (Compare's "Generate all", a
   * variant group): one confirmed batch. Where the model takes a seed, take k of every source gets
   * the same seed k, so sources differ by their text and not by their luck. Every combination is
   * checked before anything is sent. Returns the runs per source, in order.
   */
  async enqueueBatch(sources: readonly RunSource[], params: GenerationParams, count: number): Promise<Run[][]> {
    const seeds = this.takesSeed(params) ? takeSeeds(count, Math.random) : undefined;
    const all = takeParams(params, count, seeds);
    for (const source of sources) {
      for (const p of all) {
        const problems = this.check(p, source.text);
        if (problems.length) throw new ParamsRefused(problems);
      }
    }
    const started: Run[][] = [];
    for (const source of sources) {
      const runs: Run[] = [];
      for (const p of all) runs.push(await this.enqueue(source, p));
      started.push(runs);
    }
    return started;
  }

  /**
   * The runs a storyboard generation would send with these settings (one per shot, or one for the
   * whole sequence), so their lengths and total cost can be shown before anything is sent.
   */
  planStoryboard(board: Storyboard, params: GenerationParams, mode: StoryboardMode): PlannedRun[] {
    const caps = engineCapabilities(params.provider, params.model);
    return caps ? planStoryboardRuns(board, params, caps, mode, newId(Date.now())) : [];
  }

  /**
   * Starts a planned storyboard generation (one confirmed click): every run is checked before the
   * first is sent, and all of them carry the same sequence, so they play back to back.
   */
  async enqueueStoryboard(source: { promptId: string; rev: number }, plan: readonly PlannedRun[]): Promise<Run[]> {
    if (!plan.length) throw new ParamsRefused([]);
    const problems = plan.flatMap((p) => this.check(p.params, p.text));
    if (problems.length) throw new ParamsRefused(problems);
    const started: Run[] = [];
    for (const p of plan) started.push(await this.enqueue({ ...source, text: p.text, ...(p.shot ? { shot: p.shot } : {}), sequence: p.sequence }, p.params));
    return started;
  }

  /**
   * True when "Re-run with this seed" applies to a finished take: any take that did not succeed,
   * and a successful one whose model takes a seed (drawn again with the seed it recorded).
   */
  canRerun(take: Run): boolean {
    if (!isFinished(take) || this.#rerun.has(take.id)) return false;
    return take.status !== 'succeeded' || (take.params.seed !== undefined && this.takesSeed(take.params));
  }

  /**
   * Re-runs one finished take with its own settings and seed ("Re-run with this seed"): the new
   * run is the next attempt of that take, in its place in the group. A take that succeeded is
   * re-run only when its model takes the seed. Each attempt is re-sent at most once.
   */
  async rerunTake(take: Run): Promise<Run | undefined> {
    if (!this.canRerun(take)) return undefined;
    const problems = this.check(take.params, take.text);
    if (problems.length) throw new ParamsRefused(problems);
    this.#rerun.add(take.id);
    const now = Date.now();
    const params = rerunParams(take);
    const estimate = this.estimate(params);
    const { promptId, rev, text, shot, sequence } = take;
    try {
      return await this.#send(newRun({ id: newId(now), promptId, rev, text, ...(shot ? { shot } : {}), ...(sequence ? { sequence } : {}), params, now, retryOf: take.id, ...(estimate !== undefined ? { costEstimate: estimate } : {}) }));
    } catch (error) {
      this.#rerun.delete(take.id);
      throw error;
    }
  }

  /**
   * "Re-run the failed ones" of a take group: re-sends, once each, the failed takes whose create
   * the provider refused or whose job failed. Takes whose create may have been accepted are left
   * alone (returned as `uncertain`), so nothing is paid twice.
   */
  async rerunFailed(group: TakeGroup): Promise<{ started: Run[]; uncertain: Run[] }> {
    const plan = planRerun(group);
    const started: Run[] = [];
    for (const take of plan.rerun) {
      const run = await this.rerunTake(take);
      if (run) started.push(run);
    }
    return { started, uncertain: plan.uncertain };
  }

  /** The runs grouped as takes of their prompt versions, newest group first. */
  get takeGroups(): TakeGroup[] {
    return this.#groups;
  }

  #groups = $derived(groupTakes(this.items));
  /** Takes already re-sent from this tab (a second click never sends them again). */
  #rerun = new Set<string>();

  /** Saves a new run and hands it to the queue, this tab driving it. */
  async #send(run: Run): Promise<Run> {
    // A new id is free in every tab; holding its lease keeps other tabs from adopting it.
    await this.#driver.start(run.id);
    await this.#save(run);
    this.#storage.requestPersistence();
    this.#queue.enqueue(run);
    this.#queueRevision++;
    return run;
  }

  get(id: string): Run | undefined {
    return this.#items.find((r) => r.id === id);
  }

  /** Runs made from one prompt, newest first. */
  forPrompt(promptId: string): Run[] {
    return this.#items.filter((r) => r.promptId === promptId);
  }

  /** How many runs wait before this one in the local queue. */
  waitingPosition(id: string): number | undefined {
    void this.#queueRevision;
    return this.#queue.waitingPosition(id);
  }

  /** True when this tab holds the run but waits for its provider's key (locked or forgotten) to resume it. */
  waitingForKey(run: Run): boolean {
    void this.#queueRevision;
    return resumeAction(run) === 'poll' && this.#driver.drives(run.id) && !this.#queue.has(run.id);
  }

  /** Cancels a run here, or asks the tab that drives it to. */
  async cancel(id: string): Promise<void> {
    const run = this.get(id);
    if (this.#queue.has(id)) await this.#queue.cancel(id);
    else if (run && !isFinished(run) && this.#driver.drives(id)) await this.#save({ ...run, status: 'cancelled', finishedAt: Date.now() });
    else if (run && !isFinished(run)) this.#storage.announce({ type: 'cancelRun', runId: id });
    this.#queueRevision++;
  }

  /** Deletes the run here and, where the provider offers it, its copy there. Resolves false if the remote delete failed. */
  async remove(id: string): Promise<boolean> {
    const run = this.get(id);
    if (!run) return true;
    if (this.#queue.has(id)) await this.#queue.cancel(id);
    let remoteOk = true;
    const provider = isProviderId(run.provider) ? this.#keys.provider(run.provider as ProviderId) : undefined;
    if (run.remote && provider?.remove) remoteOk = await provider.remove(run.remote).then(() => true, () => false);
    await runsStore.deleteRun(this.#storage.library, this.#storage.media, id);
    this.#items = this.#items.filter((r) => r.id !== id);
    this.#driver.letGo(id);
    // The tab driving it, if another, hears of the deletion and stops.
    this.#storage.publish([recordKey.run(id)]);
    this.#images?.soon();
    return remoteOk;
  }

  video(id: string): Promise<Blob | undefined> {
    return runsStore.getVideo(this.#storage.media, id);
  }

  thumb(id: string): Promise<Blob | undefined> {
    return runsStore.getThumb(this.#storage.media, id);
  }

  async #save(run: Run): Promise<void> {
    if (this.#deleted.has(run.id)) {
      if (isFinished(run)) this.#driver.letGo(run.id);
      return;
    }
    try {
      await runsStore.saveRun(this.#storage.library, run);
    } catch (error) {
      // Still show what happened (a failure the record could not be written for, say).
      this.#show(run);
      throw error;
    }
    this.#show(run);
    this.#queueRevision++;
    this.#storage.publish([recordKey.run(run.id)]);
    if (isFinished(run)) this.#driver.letGo(run.id);
  }

  #show(run: Run): void {
    const index = this.#items.findIndex((r) => r.id === run.id);
    this.#items = index >= 0 ? this.#items.with(index, run) : [run, ...this.#items];
  }

  async #reloadOne(id: string): Promise<void> {
    const fresh = await runsStore.getRun(this.#storage.library, id).catch(() => undefined);
    const index = this.#items.findIndex((r) => r.id === id);
    if (!fresh) {
      if (index >= 0) this.#items = this.#items.filter((r) => r.id !== id);
      // Deleted in another tab while this one drives it: stop, and write nothing back.
      if (this.#queue.has(id)) {
        this.#deleted.add(id);
        void this.#queue.cancel(id);
      }
      return;
    }
    this.#show(fresh);
    // A run started in another tab: this one takes over if that tab closes before it finishes.
    this.#driver.adopt(fresh);
  }
}

export const runs = new Runs({ storage: appStorage, keys: providerKeys, images: imageCleanup });
