import type { GenerationParams } from './params';
import type { Shot } from './shot';
import type { Transition } from './storyboard';

/**
 * One generation: a prompt version sent to a provider with exact parameters, and what came back.
 * Whatever made it (a cloud provider, a local preview engine), a finished run is a video on
 * this device, so Compare and Runs work on runs alone.
 */
export type RunStatus = 'pending' | 'queued' | 'running' | 'downloading' | 'succeeded' | 'failed' | 'cancelled';

export interface RunError {
  /**
   * The ProviderError kind (auth, quota, rateLimit, policy, notFound, network, …), or a local one:
   * `storage` (no room for the video), `storageFailed`, `badMedia` (not an MP4/WebM),
   * `interrupted` (the page closed while the request was being sent), `noKey`, `unsupported`
   * (the provider cannot do what the run asks, e.g. a remix).
   */
  kind: string;
  /** The provider's raw answer, for the "details" view (never shown as HTML, never holds the key). */
  raw?: string;
  /** The provider's own words (e.g. why content was refused), shown as text. */
  reason?: string;
  /** HTTP status, when there was one. */
  status?: number;
  /** A keyless provider link the video still plays from, when the browser refused to let it be stored. */
  playUrl?: string;
}

/** Where the job lives at the provider, enough to poll, cancel or delete it after a reload. */
export interface RemoteRef {
  id: string;
  kind?: string;
  urls?: Record<string, string>;
}

/** An extension or edit of an earlier clip: the parent's job (and file link, for Veo) and the new clip's whole length. */
export interface Continuation {
  kind: 'extend' | 'edit';
  /** The parent's job id at the provider (Omni: its interaction id). */
  remoteId: string;
  /** The parent's generated file link (Veo extends from it); keyless. */
  videoUri?: string;
  /** The continued clip's whole length in seconds. */
  totalSeconds: number;
}

export interface RunMedia {
  /** Keys of the blobs in the media store. */
  video: string;
  thumb?: string;
  mimeType: string;
  bytes: number;
}

/**
 * Where a run sits in one generation of a storyboard: the runs made by one click share `id`, and
 * play back to back in `index` order (0-based, of `count`). `seconds` is the length the run was
 * asked for (its place in the cut); `transition` is how the previous shot gives way to this one.
 */
export interface RunSequence {
  id: string;
  index: number;
  count: number;
  seconds: number;
  transition: Transition;
}

export interface Run {
  id: string;
  promptId: string;
  /** The prompt version (rev) the text was taken from. */
  rev: number;
  /** The exact text sent. */
  text: string;
  /** The Shot that text was composed from, when it was (Previz reads it; see readPrompt). */
  shot?: Shot;
  provider: string;
  model: string;
  params: GenerationParams;
  remoteId?: string;
  remote?: RemoteRef;
  /** The finished run this one remixes, and that run's job id at the provider. */
  remixOf?: { runId: string; remoteId: string };
  /** The failed take this run re-runs (it takes that take's place in its group). */
  retryOf?: string;
  /** Set on the runs of a storyboard generation: which shot of which sequence this is. */
  sequence?: RunSequence;
  /** The finished run this one continues (an extension or an edit of its clip). */
  parentRunId?: string;
  /** How this run continues its parent, and what the provider needs to find the parent's clip. */
  continuation?: Continuation;
  status: RunStatus;
  /** 0-100 where the provider reports it. */
  progress?: number;
  queuePosition?: number;
  error?: RunError;
  createdAt: number;
  /** When the create request left: from then on the provider may have accepted (and charged) it. */
  startedAt?: number;
  finishedAt?: number;
  costEstimate?: number;
  media?: RunMedia;
  rating?: number;
  tags?: string[];
  notes?: string;
}

/** A new run, waiting in the local queue; nothing has been sent yet. */
export function newRun(init: {
  id: string;
  promptId: string;
  rev: number;
  text: string;
  shot?: Shot;
  params: GenerationParams;
  now: number;
  costEstimate?: number;
  remixOf?: { runId: string; remoteId: string };
  retryOf?: string;
  sequence?: RunSequence;
  parentRunId?: string;
  continuation?: Continuation;
}): Run {
  return {
    id: init.id,
    promptId: init.promptId,
    rev: init.rev,
    text: init.text,
    ...(init.shot ? { shot: init.shot } : {}),
    provider: init.params.provider,
    model: init.params.model,
    params: init.params,
    status: 'pending',
    createdAt: init.now,
    ...(init.costEstimate !== undefined ? { costEstimate: init.costEstimate } : {}),
    ...(init.remixOf ? { remixOf: { runId: init.remixOf.runId, remoteId: init.remixOf.remoteId } } : {}),
    ...(init.retryOf ? { retryOf: init.retryOf } : {}),
    ...(init.sequence ? { sequence: { ...init.sequence } } : {}),
    ...(init.parentRunId ? { parentRunId: init.parentRunId } : {}),
    ...(init.continuation ? { continuation: { ...init.continuation } } : {}),
  };
}

/** The provider's job id of a run, if it ever got one (imported runs keep only `remoteId`). */
export function remoteJobId(run: Run): string | undefined {
  return run.remote?.id ?? run.remoteId;
}

/**
 * True when a person may ask for a remix of this run: a finished video from the
 * OpenAI-compatible Videos API whose job id is known. (Whether the provider still keeps it
 * cannot be known here: it answers that itself.)
 */
export function canRemix(run: Run): boolean {
  return run.status === 'succeeded' && run.provider === 'openai' && !!remoteJobId(run);
}

/**
 * What to do with an unfinished run found after a reload: poll a job the provider holds;
 * a run whose create may have left but has no job id is `interrupted` (never re-sent: it may
 * have been charged); a run that was never sent is cancelled (reloads never start runs).
 */
export function resumeAction(run: Run): 'poll' | 'interrupted' | 'notSent' | 'none' {
  if (isFinished(run)) return 'none';
  if (run.remote) return 'poll';
  return run.startedAt !== undefined ? 'interrupted' : 'notSent';
}

export function isFinished(run: Run): boolean {
  return run.status === 'succeeded' || run.status === 'failed' || run.status === 'cancelled';
}
