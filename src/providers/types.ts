import type { GenerationParams } from '../domain/params';
import type { ModelCapabilities } from '../domain/params';
import type { Shot } from '../domain/shot';

/** The providers Laqta can call from the browser with the user's own key. */
export const providerIds = ['gemini', 'fal', 'openai'] as const;
export type ProviderId = (typeof providerIds)[number];

export function isProviderId(value: string): value is ProviderId {
  return (providerIds as readonly string[]).includes(value);
}

/** Where a run can come from: a provider above (with a key), or Previz, drawn on this device. */
export type EngineId = ProviderId | 'previz';

/**
 * Why a call failed, as a value the UI turns into one sentence. `auth` bad key; `quota` no credit
 * or billing off; `rateLimit` too many requests; `policy` content refused (with `reason`);
 * `notFound` model or job unknown/retired; `badRequest` parameters refused; `expired` the result is
 * gone from the provider; `failed` the generation itself failed; `server` provider trouble;
 * `network` no answer (offline, DNS, CORS); `aborted` cancelled by us; `invalidModel` the model
 * id is not plain data (never sent); `retired` the model was shut down (never sent); `budget` the
 * account's spending budget stopped the job; `needsAction` the provider stopped to ask for a step
 * Laqta cannot take; `fileFailed` the provider could not finish the video file; `fileNotReady` the
 * file was still being prepared when Laqta stopped waiting; `notStored` the video was made but the
 * browser would not let Laqta fetch it (CORS, or only by sending the key to another host).
 */
export type ProviderErrorKind =
  | 'auth'
  | 'quota'
  | 'rateLimit'
  | 'policy'
  | 'notFound'
  | 'badRequest'
  | 'expired'
  | 'failed'
  | 'server'
  | 'network'
  | 'aborted'
  | 'invalidModel'
  | 'retired'
  | 'budget'
  | 'needsAction'
  | 'fileFailed'
  | 'fileNotReady'
  | 'notStored'
  | 'unknown';

/** An expected provider failure. `raw` is the provider's answer, never containing the key. */
export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly raw: string | undefined;
  /** The provider's own words (policy reason, failure message), shown as text. */
  readonly reason: string | undefined;
  /** A keyless link the video still plays from when it could not be stored (`notStored`). */
  readonly playUrl: string | undefined;

  constructor(kind: ProviderErrorKind, init: { status?: number; retryAfterMs?: number; raw?: string; reason?: string; playUrl?: string } = {}) {
    super(`provider: ${kind}${init.status ? ` (${init.status})` : ''}`);
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.raw = init.raw;
    this.reason = init.reason;
    this.playUrl = init.playUrl;
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** Where and how to reach one provider: the base URL the user configured and their key. */
export interface ProviderConfig {
  baseUrl: string;
  key: string;
  /** OpenAI-compatible only: send create as multipart/form-data (the SDK's way, the default) or JSON. */
  createBody?: 'multipart' | 'json';
  fetch?: typeof fetch;
}

/** One image input, read from the media store for a request: its bytes and the same bytes as base64. */
export interface InputImage {
  blob: Blob;
  base64: string;
  mimeType: string;
  width: number;
  height: number;
}

/** The images named by `params.images`, loaded (same slots). */
export interface RequestImages {
  first?: InputImage;
  last?: InputImage;
  references?: InputImage[];
}

/** What to generate: the exact text and parameters (the model is `params.model`). */
export interface GenerationRequest {
  text: string;
  params: GenerationParams;
  /** The Shot the text was composed from (only Previz reads it; remote models get the text). */
  shot?: Shot;
  /** The image inputs named by `params.images`, loaded; each adapter sends them in its own fields. */
  images?: RequestImages;
}

/** Continue a finished clip: extend it, or edit it by an instruction (`text`). */
export interface ContinueRequest {
  kind: 'extend' | 'edit';
  text: string;
  /** The new run's parameters (`seconds`: the seconds an extension adds). */
  params: GenerationParams;
  /** The parent's job at the provider, and its file link where the provider extends from one. */
  parent: { id: string; kind?: string; videoUri?: string };
}

/** A job the provider accepted: enough to poll, download, cancel or delete it after a reload. */
export interface RemoteJob {
  id: string;
  /** Which API the job lives in (Gemini: `interaction` or `operation`). */
  kind?: string;
  /** Provider-given URLs (fal: status, response, cancel). */
  urls?: Record<string, string>;
}

export interface JobOutput {
  /** A URL to fetch the video from (with the key only if it is on the provider's own origin). */
  videoUrl?: string;
  /** Inline bytes (Gemini inline delivery), base64. */
  videoBase64?: string;
  mimeType?: string;
  thumbUrl?: string;
}

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed';

/** One look at a job. `pollAfterMs` is the provider's hint for when to look again. */
export interface JobStatus {
  state: JobState;
  progress?: number;
  queuePosition?: number;
  pollAfterMs?: number;
  error?: ProviderError;
  output?: JobOutput;
}

export interface DownloadedVideo {
  video: Blob;
  thumb?: Blob;
}

export interface ModelInfo {
  id: string;
  label?: string;
}

/** One provider behind one interface; every call takes an AbortSignal and fails with ProviderError. */
export interface VideoProvider {
  readonly id: EngineId;
  /** Models the key can use (a cheap authenticated call: also how "Test key" works). */
  listModels(signal?: AbortSignal): Promise<ModelInfo[]>;
  /** What the model accepts; an unknown model gets the provider's defaults. */
  capabilities(model: string): ModelCapabilities;
  /** Sends the generation. Never retried once the provider may have accepted it. */
  create(request: GenerationRequest, signal?: AbortSignal): Promise<RemoteJob>;
  poll(job: RemoteJob, signal?: AbortSignal): Promise<JobStatus>;
  download(job: RemoteJob, output: JobOutput, signal?: AbortSignal): Promise<DownloadedVideo>;
  /** Stops a job at the provider where possible (best effort). */
  cancel(job: RemoteJob, signal?: AbortSignal): Promise<void>;
  /** Deletes the job's files at the provider, where the API offers it. */
  remove?(job: RemoteJob, signal?: AbortSignal): Promise<void>;
  /** Asks for a new video that changes a finished one (`job`) as `prompt` says. Never retried, like create. */
  remix?(job: RemoteJob, prompt: string, signal?: AbortSignal): Promise<RemoteJob>;
  /** Asks for an extension or edit of a finished clip. Never retried, like create. */
  continueClip?(request: ContinueRequest, signal?: AbortSignal): Promise<RemoteJob>;
}
