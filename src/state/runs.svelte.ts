import { checkParams, type GenerationParams, type ParamProblem } from '../domain/params';
import { batchCost, estimateCost, type BatchCost } from '../domain/cost';
import { newRun, resumeAction, type Run, type RunError } from '../domain/run';
import { capabilitiesFor, providers as providerInfo } from '../providers/capabilities';
import { RunQueue } from '../providers/queue';
import { isProviderId, type ProviderId } from '../providers/types';
import { recordKey, toStorageError } from '../storage/db';
import * as runsStore from '../storage/runs';
import { appStorage } from './storage.svelte';
import { providerKeys } from './providers.svelte';
import { newId } from './ids';

/** The prompt version a run is made from. */
export interface RunSource {
  promptId: string;
  rev: number;
  text: string;
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

/**
 * Every run, live: loaded once, updated as the queue reports, resumed after a reload for jobs
 * the provider still holds. Only `enqueue` (an explicit click, or a confirmed batch) sends
 * anything; loading never starts a run.
 */
class Runs {
  items = $state.raw<Run[]>([]);
  loaded = $state(false);
  /** Bumped when the local queue moves (waiting positions change). */
  queueRevision = $state(0);
  #queue = new RunQueue({
    providerFor: (run) => (isProviderId(run.provider) ? providerKeys.provider(run.provider) : undefined),
    save: (run) => this.#save(run),
    storeMedia: (run, files) => runsStore.putMedia(appStorage.media, run.id, files.video, files.thumb),
    errorOf: storageErrorOf,
    concurrency: (provider) => (isProviderId(provider) ? providerInfo[provider].concurrency : 1),
    now: () => Date.now(),
  });
  #loading: Promise<void> | undefined;

  /** Loads the runs and resumes polling of jobs the provider still holds (where a key is usable). */
  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  async #load(): Promise<void> {
    await providerKeys.load();
    const all = await runsStore.listRuns(appStorage.library);
    this.items = all;
    this.loaded = true;
    for (const run of all) {
      const action = resumeAction(run);
      if (action === 'interrupted') await this.#save({ ...run, status: 'failed', error: { kind: 'interrupted' }, finishedAt: Date.now() });
      else if (action === 'notSent') await this.#save({ ...run, status: 'cancelled', error: { kind: 'notSent' }, finishedAt: Date.now() });
      else if (action === 'poll') this.#queue.resume(run);
    }
    providerKeys.onKeyReady((provider) => {
      for (const run of this.items) if (run.provider === provider && resumeAction(run) === 'poll') this.#queue.resume(run);
    });
    appStorage.subscribe((change, origin) => {
      if (origin !== 'remote' || change.type !== 'changed') return;
      for (const key of change.keys) if (key.startsWith('run/')) void this.#reloadOne(key.slice(4));
    });
  }

  /** The capability problems of a combination for this text (empty: it can be sent). */
  check(params: GenerationParams, text: string): ParamProblem[] {
    if (!isProviderId(params.provider)) return [{ field: 'text', value: params.provider, reason: 'unsupported', allowed: [] }];
    return checkParams(capabilitiesFor(params.provider, params.model), params, text);
  }

  /** Estimated price of one run in US dollars, or undefined when none is published. */
  estimate(params: GenerationParams): number | undefined {
    return isProviderId(params.provider) ? estimateCost(capabilitiesFor(params.provider, params.model), params) : undefined;
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
    const problems = this.check(plain, source.text);
    if (problems.length) throw new ParamsRefused(problems);
    const now = Date.now();
    const estimate = this.estimate(plain);
    const run = newRun({ id: newId(now), ...source, params: plain, now, ...(estimate !== undefined ? { costEstimate: estimate } : {}) });
    await this.#save(run);
    appStorage.requestPersistence();
    this.#queue.enqueue(run);
    this.queueRevision++;
    return run;
  }

  get(id: string): Run | undefined {
    return this.items.find((r) => r.id === id);
  }

  /** Runs made from one prompt, newest first. */
  forPrompt(promptId: string): Run[] {
    return this.items.filter((r) => r.promptId === promptId);
  }

  /** How many runs wait before this one in the local queue. */
  waitingPosition(id: string): number | undefined {
    void this.queueRevision;
    return this.#queue.waitingPosition(id);
  }

  /** True when the run waits for its provider's key (locked or forgotten) to resume. */
  waitingForKey(run: Run): boolean {
    return resumeAction(run) === 'poll' && !this.#queue.has(run.id);
  }

  async cancel(id: string): Promise<void> {
    await this.#queue.cancel(id);
    this.queueRevision++;
  }

  /** Deletes the run here and, where the provider offers it, its copy there. Resolves false if the remote delete failed. */
  async remove(id: string): Promise<boolean> {
    const run = this.get(id);
    if (!run) return true;
    if (this.#queue.has(id)) await this.#queue.cancel(id);
    let remoteOk = true;
    const provider = isProviderId(run.provider) ? providerKeys.provider(run.provider as ProviderId) : undefined;
    if (run.remote && provider?.remove) remoteOk = await provider.remove(run.remote).then(() => true, () => false);
    await runsStore.deleteRun(appStorage.library, appStorage.media, id);
    this.items = this.items.filter((r) => r.id !== id);
    appStorage.publish([recordKey.run(id)]);
    return remoteOk;
  }

  video(id: string): Promise<Blob | undefined> {
    return runsStore.getVideo(appStorage.media, id);
  }

  thumb(id: string): Promise<Blob | undefined> {
    return runsStore.getThumb(appStorage.media, id);
  }

  async #save(run: Run): Promise<void> {
    await runsStore.saveRun(appStorage.library, run);
    const index = this.items.findIndex((r) => r.id === run.id);
    this.items = index >= 0 ? this.items.with(index, run) : [run, ...this.items];
    this.queueRevision++;
    appStorage.publish([recordKey.run(run.id)]);
  }

  async #reloadOne(id: string): Promise<void> {
    const fresh = await runsStore.getRun(appStorage.library, id).catch(() => undefined);
    const index = this.items.findIndex((r) => r.id === id);
    if (!fresh) {
      if (index >= 0) this.items = this.items.filter((r) => r.id !== id);
    } else this.items = index >= 0 ? this.items.with(index, fresh) : [fresh, ...this.items];
  }
}

export const runs = new Runs();
