import { capabilitiesFor } from './capabilities';
import { falInput, falModel, falModels } from './fal-models';
import { falFrameTarget } from './fal-images';
import { modelPath } from '../domain/model-id';
import { assertModelId, assertNotRetired, assertSameOrigin, call, fetchMedia, joinUrl, kindForStatus, parseBody, readJson, retryAfterMs } from './http';
import {
  ProviderError,
  type DownloadedVideo,
  type GenerationRequest,
  type JobStatus,
  type ProviderConfig,
  type RemoteJob,
  type VideoProvider,
} from './types';

interface FalErrorBody {
  detail?: string | { msg?: string; type?: string; loc?: unknown[] }[];
}

/** A fal.ai error → ProviderError (`detail` is a sentence, or a list of validation problems). */
export function classifyFal(status: number, body: string, headers: Headers): ProviderError {
  const detail = (parseBody(body) as FalErrorBody | undefined)?.detail;
  const items = Array.isArray(detail) ? detail : [];
  const message = typeof detail === 'string' ? detail : items.map((d) => d.msg ?? '').filter(Boolean).join(' ');
  const init = { status, raw: body, retryAfterMs: retryAfterMs(headers), ...(message ? { reason: message } : {}) };
  if (items.some((d) => /content_policy|nsfw|safety/i.test(d.type ?? '')) || /content policy|nsfw|safety checker/i.test(message))
    return new ProviderError('policy', init);
  if ((status === 402 || status === 403) && /balance|locked|billing|credit/i.test(message)) return new ProviderError('quota', init);
  return new ProviderError(kindForStatus(status), init);
}

/** The endpoint a request goes to: the model's image-to-video id when it carries a first frame. */
export function falEndpoint(request: GenerationRequest): string {
  return falFrameTarget(request.params.model, framesOf(request))?.endpoint ?? request.params.model;
}

const framesOf = (request: GenerationRequest) => ({ first: Boolean(request.images?.first), last: Boolean(request.images?.last) });
const dataUri = (image: { mimeType: string; base64: string }) => `data:${image.mimeType};base64,${image.base64}`;

/** The input JSON sent to a model: mapped from Laqta's parameters, or the person's own JSON for an unknown model. */
export function falRequestInput(request: GenerationRequest): Record<string, unknown> {
  const known = falModel(request.params.model);
  if (known) {
    const input = falInput(known, request.text, request.params);
    const { first, last } = request.images ?? {};
    const target = falFrameTarget(known.id, framesOf(request));
    if (first && target) input[target.firstField] = dataUri(first);
    if (last && target?.lastField) input[target.lastField] = dataUri(last);
    return input;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(request.params.rawInput ?? '{}');
  } catch {
    throw new ProviderError('badRequest', { reason: 'raw input is not JSON' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ProviderError('badRequest', { reason: 'raw input is not a JSON object' });
  const input = raw as Record<string, unknown>;
  return 'prompt' in input ? input : { prompt: request.text, ...input };
}

interface FalStatus {
  status: 'IN_QUEUE' | 'IN_PROGRESS' | 'COMPLETED';
  queue_position?: number;
  error?: string | null;
  error_type?: string | null;
}

/** A queue status → one look at the job (queue position while waiting). */
export function falStatus(s: FalStatus): JobStatus {
  if (s.status === 'IN_QUEUE') return { state: 'queued', ...(typeof s.queue_position === 'number' ? { queuePosition: s.queue_position } : {}) };
  if (s.status === 'IN_PROGRESS') return { state: 'running' };
  if (s.error) {
    const kind = /content_policy|nsfw|safety/i.test(`${s.error_type ?? ''} ${s.error}`) ? 'policy' : 'failed';
    return { state: 'failed', error: new ProviderError(kind, { reason: s.error, raw: JSON.stringify(s) }) };
  }
  return { state: 'succeeded', progress: 100 };
}

/** The video URL in a model's result (`video.url`, or the first of `videos`). */
export function falVideoUrl(result: unknown): { url: string; mimeType?: string } | undefined {
  const r = result as { video?: { url?: string; content_type?: string }; videos?: { url?: string; content_type?: string }[] };
  const file = r?.video?.url ? r.video : r?.videos?.find((v) => v.url);
  return file?.url ? { url: file.url, ...(file.content_type ? { mimeType: file.content_type } : {}) } : undefined;
}

/** fal.ai's queue: submit, status with queue position, result, cancel. */
export function createFalProvider(config: ProviderConfig): VideoProvider {
  const auth = { authorization: `Key ${config.key}` };
  const common = { classify: classifyFal, secret: config.key, ...(config.fetch ? { fetch: config.fetch } : {}) };
  // Status, result and cancel URLs come from fal's reply: the key goes with them only on fal's own origin.
  const own = (target: string) => {
    assertSameOrigin(config.baseUrl, target);
    return target;
  };
  const jobUrl = (job: RemoteJob, name: 'status' | 'response' | 'cancel') => {
    const given = job.urls?.[name];
    if (!given) throw new ProviderError('unknown', { raw: `no ${name} url for the job` });
    return own(given);
  };

  async function result(job: RemoteJob, signal?: AbortSignal): Promise<JobStatus> {
    let response: Response;
    try {
      response = await call({ ...common, url: jobUrl(job, 'response'), headers: auth, phase: 'read', signal });
    } catch (error) {
      // A finished request whose result is an error: the generation itself failed (or was refused).
      if (!(error instanceof ProviderError) || error.status === undefined || ['auth', 'quota', 'rateLimit', 'network', 'aborted'].includes(error.kind)) throw error;
      const kind = error.kind === 'policy' ? 'policy' : 'failed';
      return { state: 'failed', error: new ProviderError(kind, { status: error.status, ...(error.raw ? { raw: error.raw } : {}), ...(error.reason ? { reason: error.reason } : {}) }) };
    }
    const body = await readJson<unknown>(response, config.key);
    const video = falVideoUrl(body);
    if (!video) return { state: 'failed', error: new ProviderError('failed', { raw: JSON.stringify(body).slice(0, 4000) }) };
    return { state: 'succeeded', progress: 100, output: { videoUrl: video.url, mimeType: video.mimeType ?? 'video/mp4' } };
  }

  return {
    id: 'fal',
    async listModels(signal) {
      // fal's queue has no model list; the status of a request that does not exist still says
      // whether the key is accepted (401/403) or not (404).
      const probe = own(joinUrl(config.baseUrl, '/fal-ai/kling-video/requests/00000000-0000-0000-0000-000000000000/status'));
      try {
        await call({ ...common, url: probe, headers: auth, phase: 'read', signal });
      } catch (error) {
        if (!(error instanceof ProviderError) || (error.kind !== 'notFound' && error.kind !== 'badRequest')) throw error;
      }
      return falModels.map((m) => ({ id: m.id, label: m.label }));
    },
    capabilities: (model) => capabilitiesFor('fal', model),
    async create(request, signal) {
      assertModelId(request.params.model);
      assertNotRetired('fal', request.params.model);
      const endpoint = falEndpoint(request);
      assertModelId(endpoint);
      const response = await call({
        ...common,
        url: own(joinUrl(config.baseUrl, `/${modelPath(endpoint)}`)),
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(falRequestInput(request)),
        phase: 'create',
        signal,
      });
      const body = await readJson<{ request_id: string; status_url: string; response_url: string; cancel_url: string }>(response, config.key);
      return { id: body.request_id, urls: { status: body.status_url, response: body.response_url, cancel: body.cancel_url } };
    },
    async poll(job, signal) {
      const response = await call({ ...common, url: jobUrl(job, 'status'), headers: auth, phase: 'read', signal });
      const status = falStatus(await readJson<FalStatus>(response, config.key));
      return status.state === 'succeeded' ? result(job, signal) : status;
    },
    async download(_job, output, signal): Promise<DownloadedVideo> {
      if (!output.videoUrl) throw new ProviderError('failed', { raw: 'no video in the result' });
      // Result files live on fal's CDN and are public: no key goes with them.
      const video = await fetchMedia({ url: output.videoUrl, signal, ...(config.fetch ? { fetch: config.fetch } : {}) });
      return { video };
    },
    async cancel(job, signal) {
      await call({ ...common, url: jobUrl(job, 'cancel'), method: 'PUT', headers: auth, phase: 'read', signal }).catch(() => undefined);
    },
  };
}
