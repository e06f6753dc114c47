import { capabilitiesFor, isSoraModel } from './capabilities';
import { isValidModelId } from '../domain/model-id';
import { assertModelId, assertNotRetired, assertSameOrigin, call, fetchMedia, joinUrl, kindForStatus, parseBody, readJson, retryAfterMs } from './http';
import {
  ProviderError,
  type DownloadedVideo,
  type GenerationRequest,
  type JobOutput,
  type JobStatus,
  type ModelInfo,
  type ProviderConfig,
  type RemoteJob,
  type VideoProvider,
} from './types';

/** The `size` field for an aspect ratio and resolution (the schema's four sizes). */
export function openaiSize(aspectRatio: string, resolution: string): string {
  const tall = aspectRatio === '9:16';
  if (resolution === '1024p') return tall ? '1024x1792' : '1792x1024';
  return tall ? '720x1280' : '1280x720';
}

/**
 * The fields of `POST /videos` (the same names in JSON and multipart; `seconds` is a string, as the
 * API insists). Sora ids get the schema's sizes from aspect ratio and resolution; any other id
 * sends the length and size the person set, and leaves out what they chose to leave out.
 */
export function openaiCreateBody(request: GenerationRequest): Record<string, string> {
  const { params, text } = request;
  const fields: Record<string, string> = { model: params.model, prompt: text };
  if (isSoraModel(params.model)) return { ...fields, seconds: String(params.seconds), size: openaiSize(params.aspectRatio, params.resolution) };
  if (!params.secondsOmitted) fields.seconds = String(params.seconds);
  if (params.size) fields.size = params.size;
  return fields;
}

/** How create is sent: multipart/form-data (what the official SDK sends, the default) or a JSON body. */
export type CreateBodyFormat = 'multipart' | 'json';

/**
 * The create request's body and content type: multipart (the default) or JSON as the person chose,
 * and multipart whenever a first frame goes with it (it is a file). Multipart's content type, with
 * its boundary, is the browser's to set.
 */
export function openaiCreateRequest(request: GenerationRequest, format: CreateBodyFormat): { body: string | FormData; headers: Record<string, string> } {
  if (format === 'json' && !request.images?.first) return { body: JSON.stringify(openaiCreateBody(request)), headers: { 'content-type': 'application/json' } };
  return { body: openaiCreateForm(request), headers: {} };
}

/**
 * The multipart body of `POST /videos` (as the official SDK sends it): the same fields as text,
 * and the first frame as the `input_reference` file.
 */
export function openaiCreateForm(request: GenerationRequest): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(openaiCreateBody(request))) form.append(name, value);
  const first = request.images?.first;
  if (first) form.append('input_reference', first.blob, `first-frame.${first.mimeType.split('/')[1] ?? 'png'}`);
  return form;
}

interface OpenAIErrorBody {
  error?: { message?: string; type?: string; param?: string | null; code?: string | null };
}

/** An OpenAI error envelope → ProviderError (insufficient_quota is not a rate limit: never retried). */
export function classifyOpenAI(status: number, body: string, headers: Headers): ProviderError {
  const parsed = parseBody(body) as OpenAIErrorBody | undefined;
  const error = parsed?.error;
  const code = error?.code ?? '';
  const message = error?.message;
  const init = { status, raw: body, retryAfterMs: retryAfterMs(headers), ...(message ? { reason: message } : {}) };
  if (code === 'insufficient_quota' || code === 'billing_hard_limit_reached') return new ProviderError('quota', init);
  if (/moderation|content_policy|safety/i.test(`${code} ${error?.type ?? ''}`)) return new ProviderError('policy', init);
  if (status === 404 && /model/i.test(`${code} ${message ?? ''}`)) return new ProviderError('notFound', init);
  return new ProviderError(kindForStatus(status), init);
}

interface VideoResource {
  id: string;
  status: 'queued' | 'in_progress' | 'completed' | 'failed';
  progress?: number;
  error?: { code?: string; message?: string } | null;
}

/** A video object → one look at the job. A failure reported in a 200 is still a failure. */
export function openaiStatus(video: VideoResource, pollAfterMs?: number): JobStatus {
  const hint = pollAfterMs === undefined ? {} : { pollAfterMs };
  const progress = typeof video.progress === 'number' ? { progress: video.progress } : {};
  switch (video.status) {
    case 'queued':
      return { state: 'queued', ...progress, ...hint };
    case 'in_progress':
      return { state: 'running', ...progress, ...hint };
    case 'completed':
      return { state: 'succeeded', progress: 100, output: { mimeType: 'video/mp4' } };
    case 'failed': {
      const code = video.error?.code ?? '';
      const reason = video.error?.message;
      const kind = /moderation|policy|safety/i.test(code) ? 'policy' : 'failed';
      return { state: 'failed', error: new ProviderError(kind, { raw: JSON.stringify(video.error ?? {}), ...(reason ? { reason } : {}) }) };
    }
    default:
      return { state: 'failed', error: new ProviderError('unknown', { raw: JSON.stringify(video) }) };
  }
}

/**
 * Every model a gateway lists, unfiltered (gateways serve other vendors' video models under their
 * own ids), except ids that are not plain data: those are dropped, never offered or sent.
 */
export function gatewayModels(data: unknown): ModelInfo[] {
  if (!Array.isArray(data)) return [];
  const seen = new Set<string>();
  const out: ModelInfo[] = [];
  for (const entry of data) {
    const id: unknown = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || !isValidModelId(id) || seen.has(id)) continue;
    seen.add(id);
    out.push({ id });
  }
  return out;
}

/** The OpenAI-compatible Videos API (OpenAI itself, gateways, Azure-style deployments, local servers). */
export function createOpenAIProvider(config: ProviderConfig): VideoProvider & { remix(job: RemoteJob, prompt: string, signal?: AbortSignal): Promise<RemoteJob> } {
  const url = (path: string) => {
    const full = joinUrl(config.baseUrl, path);
    assertSameOrigin(config.baseUrl, full);
    return full;
  };
  const auth = { authorization: `Bearer ${config.key}` };
  const common = { classify: classifyOpenAI, secret: config.key, ...(config.fetch ? { fetch: config.fetch } : {}) };

  async function getVideo(id: string, signal?: AbortSignal): Promise<{ video: VideoResource; pollAfterMs: number | undefined }> {
    const response = await call({ ...common, url: url(`/videos/${encodeURIComponent(id)}`), headers: auth, phase: 'read', signal });
    const hint = Number.parseInt(response.headers.get('openai-poll-after-ms') ?? '', 10);
    return { video: await readJson<VideoResource>(response, config.key), pollAfterMs: Number.isFinite(hint) ? hint : undefined };
  }

  async function remove(job: RemoteJob, signal?: AbortSignal): Promise<void> {
    await call({ ...common, url: url(`/videos/${encodeURIComponent(job.id)}`), method: 'DELETE', headers: auth, phase: 'read', signal });
  }

  return {
    id: 'openai',
    async listModels(signal) {
      const response = await call({ ...common, url: url('/models'), headers: auth, phase: 'read', signal });
      const list = await readJson<{ data?: unknown }>(response, config.key);
      return gatewayModels(list.data);
    },
    capabilities: (model) => capabilitiesFor('openai', model),
    async create(request, signal) {
      assertModelId(request.params.model);
      assertNotRetired('openai', request.params.model);
      const { body, headers } = openaiCreateRequest(request, config.createBody ?? 'multipart');
      const response = await call({ ...common, url: url('/videos'), method: 'POST', headers: { ...auth, ...headers }, body, phase: 'create', signal });
      const video = await readJson<VideoResource>(response, config.key);
      return { id: video.id };
    },
    async poll(job, signal) {
      const { video, pollAfterMs } = await getVideo(job.id, signal);
      return openaiStatus(video, pollAfterMs);
    },
    async download(job, _output: JobOutput, signal): Promise<DownloadedVideo> {
      const content = (variant: string) => url(`/videos/${encodeURIComponent(job.id)}/content?variant=${variant}`);
      const media = { headers: auth, secret: config.key, signal, ...(config.fetch ? { fetch: config.fetch } : {}) };
      const video = await fetchMedia({ ...media, url: content('video') });
      // The thumbnail is a nicety: a run without one is still complete.
      const thumb = await fetchMedia({ ...media, url: content('thumbnail') }).catch(() => undefined);
      return thumb ? { video, thumb } : { video };
    },
    async cancel(job, signal) {
      // The Videos API has no cancel: deleting is the closest (it works once the job settles).
      await remove(job, signal).catch(() => undefined);
    },
    remove,
    async remix(job, prompt, signal) {
      const response = await call({
        ...common,
        url: url(`/videos/${encodeURIComponent(job.id)}/remix`),
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ prompt }),
        phase: 'create',
        signal,
      });
      const video = await readJson<VideoResource>(response, config.key);
      return { id: video.id };
    },
  };
}
