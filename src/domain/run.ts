import type { GenerationParams } from './params';

/**
 * One generation: a prompt version sent to a provider with exact parameters, and what came back.
 * Whatever made it (a cloud provider, a local preview engine), a finished run is a video on
 * this device, so Compare and Runs work on runs alone.
 */
export type RunStatus = 'pending' | 'queued' | 'running' | 'downloading' | 'succeeded' | 'failed' | 'cancelled';

export interface RunError {
  /** The ProviderError kind (auth, quota, rateLimit, policy, notFound, network, …). */
  kind: string;
  /** The provider's raw answer, for the "details" view (never shown as HTML, never holds the key). */
  raw?: string;
}

export interface RunMedia {
  /** Keys of the blobs in the media store. */
  video: string;
  thumb?: string;
  mimeType: string;
  bytes: number;
}

export interface Run {
  id: string;
  promptId: string;
  /** The prompt version (rev) the text was taken from. */
  rev: number;
  /** The exact text sent. */
  text: string;
  provider: string;
  model: string;
  params: GenerationParams;
  remoteId?: string;
  status: RunStatus;
  /** 0-100 where the provider reports it. */
  progress?: number;
  queuePosition?: number;
  error?: RunError;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  costEstimate?: number;
  media?: RunMedia;
  rating?: number;
  tags?: string[];
  notes?: string;
}

export function isFinished(run: Run): boolean {
  return run.status === 'succeeded' || run.status === 'failed' || run.status === 'cancelled';
}
