import type { Run, RunError, RunMedia } from '../domain/run';
import { abortableSleep } from './http';
import { ProviderError, type DownloadedVideo, type JobStatus, type RemoteJob, type RequestImages, type VideoProvider } from './types';

/** What the queue needs from the app: adapters, persistence, media storage and a clock. */
export interface QueueDeps {
  /** The configured adapter for a run's provider, or undefined when its key is not available. */
  providerFor(run: Run): VideoProvider | undefined;
  /** Persists a run's new state (and tells the views). Called after every change. */
  save(run: Run): Promise<void>;
  /** Stores downloaded bytes; rejects with a value `errorOf` can name (quota, bad media…). */
  storeMedia(run: Run, media: DownloadedVideo): Promise<RunMedia>;
  /** Names a failure that is not a ProviderError (storage errors). */
  errorOf?(error: unknown): RunError | undefined;
  concurrency(provider: string): number;
  /** The run's image inputs (`params.images`) read from storage; rejects when one is gone. */
  loadImages?(run: Run): Promise<RequestImages | undefined>;
  now(): number;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Poll delays when the provider gives no hint: 1 s growing by half each time, up to 10 s. */
export const pollSchedule = { firstMs: 1000, factor: 1.5, maxMs: 10_000, maxFailures: 6 } as const;

/** The wait before poll number `n` (0-based), unless the provider asked for another. */
export function pollDelayMs(n: number, hintMs?: number): number {
  if (hintMs !== undefined && hintMs >= 0) return Math.min(Math.max(hintMs, 250), 60_000);
  return Math.min(pollSchedule.firstMs * pollSchedule.factor ** n, pollSchedule.maxMs);
}

/** A ProviderError as stored on a run (no stack, no key: `raw` was scrubbed when read). */
export function runErrorOf(error: unknown): RunError {
  if (error instanceof ProviderError) {
    return {
      kind: error.kind,
      ...(error.raw ? { raw: error.raw } : {}),
      ...(error.reason ? { reason: error.reason } : {}),
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.playUrl ? { playUrl: error.playUrl } : {}),
    };
  }
  return { kind: 'unknown', raw: error instanceof Error ? error.message : String(error) };
}

interface Active {
  run: Run;
  controller: AbortController;
}

/**
 * The run queue: at most `concurrency(provider)` runs in flight per provider, the rest wait in
 * order. Each run is created (or remixed, or continued) once (never re-sent: a request that may
 * have been accepted is not repeated), polled with the provider's hints or a growing delay,
 * downloaded at once on completion, and can be cancelled at any point.
 */
export class RunQueue {
  #deps: QueueDeps;
  #waiting: Run[] = [];
  #active = new Map<string, Active>();
  #done = new Map<string, Promise<void>>();

  constructor(deps: QueueDeps) {
    this.#deps = deps;
  }

  /** Adds a new run (status `pending`); it starts when its provider has a free slot. */
  enqueue(run: Run): void {
    this.#waiting.push(run);
    this.#pump();
  }

  /** Picks up polling of a run the provider already holds (after a reload). */
  resume(run: Run): void {
    if (this.#active.has(run.id) || !run.remote) return;
    this.#start(run);
  }

  /** How many runs wait before this one in the local queue (undefined if it is not waiting). */
  waitingPosition(runId: string): number | undefined {
    const run = this.#waiting.find((r) => r.id === runId);
    if (!run) return undefined;
    return this.#waiting.filter((r) => r.provider === run.provider).indexOf(run);
  }

  has(runId: string): boolean {
    return this.#active.has(runId) || this.#waiting.some((r) => r.id === runId);
  }

  /** Resolves when the run has settled (for tests and batch flows). */
  settled(runId: string): Promise<void> {
    return this.#done.get(runId) ?? Promise.resolve();
  }

  /** Cancels a run: stops waiting or polling, asks the provider to stop, records `cancelled`. */
  async cancel(runId: string): Promise<Run | undefined> {
    const waitingIndex = this.#waiting.findIndex((r) => r.id === runId);
    if (waitingIndex >= 0) {
      const [run] = this.#waiting.splice(waitingIndex, 1);
      const cancelled: Run = { ...run!, status: 'cancelled', finishedAt: this.#deps.now() };
      await this.#deps.save(cancelled);
      return cancelled;
    }
    const active = this.#active.get(runId);
    if (!active) return undefined;
    active.controller.abort();
    await this.settled(runId);
    return this.#active.get(runId)?.run ?? active.run;
  }

  #pump(): void {
    for (const run of [...this.#waiting]) {
      const busy = [...this.#active.values()].filter((a) => a.run.provider === run.provider).length;
      if (busy >= this.#deps.concurrency(run.provider)) continue;
      this.#waiting.splice(this.#waiting.indexOf(run), 1);
      this.#start(run);
    }
  }

  #start(run: Run): void {
    const active: Active = { run, controller: new AbortController() };
    this.#active.set(run.id, active);
    const done = this.#drive(active)
      .catch(() => undefined)
      .finally(() => {
        this.#active.delete(run.id);
        this.#pump();
      });
    this.#done.set(run.id, done);
  }

  async #update(active: Active, patch: Partial<Run>): Promise<void> {
    active.run = { ...active.run, ...patch };
    await this.#deps.save(active.run);
  }

  async #finish(active: Active, patch: Partial<Run>): Promise<void> {
    const { progress: _p, queuePosition: _q, ...rest } = active.run;
    active.run = { ...rest, ...patch, finishedAt: this.#deps.now() } as Run;
    await this.#deps.save(active.run);
  }

  async #drive(active: Active): Promise<void> {
    const signal = active.controller.signal;
    const provider = this.#deps.providerFor(active.run);
    if (!provider) return this.#finish(active, { status: 'failed', error: { kind: 'noKey' } });
    const sleep = this.#deps.sleep ?? abortableSleep;
    let job: RemoteJob | undefined = active.run.remote;
    try {
      if (!job) {
        const { remixOf, continuation } = active.run;
        if ((remixOf && !provider.remix) || (continuation && !provider.continueClip)) return this.#finish(active, { status: 'failed', error: { kind: 'unsupported' } });
        let images: RequestImages | undefined;
        if (!remixOf && !continuation && active.run.params.images && this.#deps.loadImages) {
          // Read before anything is sent: a missing image fails the run with nothing charged.
          images = await this.#deps.loadImages(active.run).catch(() => null) ?? undefined;
          if (images === undefined) return this.#finish(active, { status: 'failed', error: { kind: 'imageMissing' } });
        }
        // Recorded before the request leaves: after a reload this run is never sent again.
        await this.#update(active, { startedAt: this.#deps.now() });
        job = await this.#send(active.run, provider, signal, images);
        await this.#update(active, { remote: job, remoteId: job.id, status: 'queued' });
      }
      const status = await this.#pollUntilDone(active, provider, job, sleep);
      if (status.state === 'failed') return this.#finish(active, { status: 'failed', error: runErrorOf(status.error) });
      // The clip's own link is kept (keyless): a Veo clip is extended from it.
      const videoUrl = status.output?.videoUrl;
      if (videoUrl) job = { ...job, urls: { ...job.urls, video: videoUrl } };
      await this.#update(active, { status: 'downloading', progress: 100, ...(videoUrl ? { remote: job } : {}) });
      const bytes = await provider.download(job, status.output ?? {}, signal);
      const media = await this.#deps.storeMedia(active.run, bytes);
      await this.#finish(active, { status: 'succeeded', media });
    } catch (error) {
      if (signal.aborted) {
        if (job) await provider.cancel(job).catch(() => undefined);
        return this.#finish(active, { status: 'cancelled' });
      }
      await this.#finish(active, { status: 'failed', error: this.#deps.errorOf?.(error) ?? runErrorOf(error) });
    }
  }

  /** The one request that starts a run: a create, a remix or a continuation. */
  #send(run: Run, provider: VideoProvider, signal: AbortSignal, images?: RequestImages): Promise<RemoteJob> {
    const { remixOf, continuation } = run;
    if (remixOf && provider.remix) return provider.remix({ id: remixOf.remoteId }, run.text, signal);
    if (continuation && provider.continueClip) {
      const parent = { id: continuation.remoteId, ...(continuation.videoUri ? { videoUri: continuation.videoUri } : {}) };
      return provider.continueClip({ kind: continuation.kind, text: run.text, params: run.params, parent }, signal);
    }
    return provider.create({ text: run.text, params: run.params, ...(run.shot ? { shot: run.shot } : {}), ...(images ? { images } : {}) }, signal);
  }

  async #pollUntilDone(active: Active, provider: VideoProvider, job: RemoteJob, sleep: NonNullable<QueueDeps['sleep']>): Promise<JobStatus> {
    const signal = active.controller.signal;
    let hint: number | undefined;
    let failures = 0;
    for (let n = 0; ; n++) {
      await sleep(pollDelayMs(n, hint), signal);
      let status: JobStatus;
      try {
        status = await provider.poll(job, signal);
        failures = 0;
      } catch (error) {
        const retryable = error instanceof ProviderError && (error.kind === 'network' || error.kind === 'server' || error.kind === 'rateLimit');
        if (!retryable || signal.aborted || ++failures >= pollSchedule.maxFailures) throw error;
        hint = error.retryAfterMs;
        continue;
      }
      hint = status.pollAfterMs;
      if (status.state === 'succeeded' || status.state === 'failed') return status;
      const patch: Partial<Run> = { status: status.state === 'queued' ? 'queued' : 'running' };
      if (status.progress !== undefined) patch.progress = status.progress;
      if (status.queuePosition !== undefined) patch.queuePosition = status.queuePosition;
      else if (active.run.queuePosition !== undefined && status.state === 'running') patch.queuePosition = undefined;
      const changed = Object.entries(patch).some(([k, v]) => active.run[k as keyof Run] !== v);
      if (changed) await this.#update(active, patch);
    }
  }
}
