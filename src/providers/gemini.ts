import { capabilitiesFor, isVeoModel } from './capabilities';
import { isValidModelId, modelPath as encodedPath } from '../domain/model-id';
import { assertModelId, assertNotRetired, assertSameOrigin, call, joinUrl, kindForStatus, parseBody, readJson, retryAfterMs } from './http';
import { geminiFiles, type GeminiOptions } from './gemini-download';
import { omniContinueBody, omniDelivery, veoExtendBody } from './gemini-continue';

export { omniDelivery };
import {
  ProviderError,
  type DownloadedVideo,
  type GenerationRequest,
  type InputImage,
  type JobOutput,
  type JobStatus,
  type ModelInfo,
  type ProviderConfig,
  type RemoteJob,
  type RequestImages,
  type VideoProvider,
} from './types';

interface GoogleErrorBody {
  error?: { code?: number; message?: string; status?: string; details?: { reason?: string }[] };
}

/** A Google API error envelope → ProviderError. A bad key is a 400 with reason API_KEY_INVALID. */
export function classifyGemini(status: number, body: string, headers: Headers): ProviderError {
  const error = (parseBody(body) as GoogleErrorBody | undefined)?.error;
  const reasons = (error?.details ?? []).map((d) => d.reason ?? '').join(' ');
  const message = error?.message;
  const init = { status, raw: body, retryAfterMs: retryAfterMs(headers), ...(message ? { reason: message } : {}) };
  if (/API_KEY_INVALID|API_KEY_EXPIRED/.test(reasons) || error?.status === 'UNAUTHENTICATED') return new ProviderError('auth', init);
  if (status === 403 && /billing|BILLING/.test(`${message ?? ''} ${reasons}`)) return new ProviderError('quota', init);
  // Per-minute caps pass; a 429 that points at billing does not.
  if (status === 429 && /billing|prepay|credits/i.test(message ?? '')) return new ProviderError('quota', init);
  if (/safety|SAFETY|blocked|responsible AI/i.test(message ?? '') && status === 400) return new ProviderError('policy', init);
  return new ProviderError(kindForStatus(status), init);
}

/** `POST /models/{model}:predictLongRunning` body for Veo. */
export function veoBody(request: GenerationRequest): Record<string, unknown> {
  const { params, text } = request;
  const parameters: Record<string, unknown> = {
    aspectRatio: params.aspectRatio,
    resolution: params.resolution,
    durationSeconds: params.seconds,
    sampleCount: 1,
  };
  if (params.negativePrompt?.trim()) parameters.negativePrompt = params.negativePrompt.trim();
  return { instances: [{ prompt: text, ...veoImages(request.images) }], parameters };
}

/** Veo's image fields (js-genai `generateVideosConfigToMldev`): `image`, `lastFrame`, `referenceImages`. */
function veoImages(images: RequestImages | undefined): Record<string, unknown> {
  if (!images) return {};
  const image = (i: InputImage) => ({ bytesBase64Encoded: i.base64, mimeType: i.mimeType });
  const out: Record<string, unknown> = {};
  if (images.first) out.image = image(images.first);
  if (images.last) out.lastFrame = image(images.last);
  if (images.references?.length) out.referenceImages = images.references.map((r) => ({ image: image(r), referenceType: 'ASSET' }));
  return out;
}

/**
 * Omni's input with images: the text, then one `image` item per picture (first frame, last
 * frame, then references). The text opens with a line binding each tag to its picture
 * (`<FIRST_FRAME>@Image1 <LAST_FRAME>@Image2 <IMAGE_REF_0>@Image3`). The image items are the
 * Interactions API's own (js-genai samples). The binding line follows what published Omni
 * clients send; it was not found in Google's API reference, so check it with a real key
 * (`npm run smoke`) when Google documents it.
 */
export function omniInput(text: string, images: RequestImages | undefined): string | Record<string, unknown>[] {
  const ordered: [string, InputImage][] = [];
  if (images?.first) ordered.push(['<FIRST_FRAME>', images.first]);
  if (images?.last) ordered.push(['<LAST_FRAME>', images.last]);
  for (const [i, ref] of (images?.references ?? []).entries()) ordered.push([`<IMAGE_REF_${i}>`, ref]);
  if (!ordered.length) return text;
  const binding = ordered.map(([tag], i) => `${tag}@Image${i + 1}`).join(' ');
  // Text first, then the pictures, as js-genai's multimodal sample sends them.
  return [{ type: 'text', text: `[# Media ${binding}]\n${text}` }, ...ordered.map(([, image]) => ({ type: 'image', mime_type: image.mimeType, data: image.base64 }))];
}

/** `POST /interactions` body for Omni: a background job, large clips delivered by file uri. */
export function omniBody(request: GenerationRequest, delivery: 'uri' | 'inline' = omniDelivery(request.params.resolution)): Record<string, unknown> {
  const { params, text } = request;
  return {
    model: params.model,
    input: omniInput(text, request.images),
    background: true,
    response_format: { type: 'video', aspect_ratio: params.aspectRatio, resolution: params.resolution, duration: `${params.seconds}s`, delivery },
  };
}

interface Operation {
  name: string;
  done?: boolean;
  error?: { code?: number; message?: string };
  response?: {
    generateVideoResponse?: {
      generatedSamples?: { video?: { uri?: string; mimeType?: string } }[];
      raiMediaFilteredCount?: number;
      raiMediaFilteredReasons?: string[];
    };
  };
}

/** A Veo operation → one look at the job; safety-filtered output is a policy failure with Google's reason. */
export function veoStatus(op: Operation): JobStatus {
  if (!op.done) return { state: 'running' };
  if (op.error) {
    const reason = op.error.message;
    const kind = /safety|blocked|responsible/i.test(reason ?? '') ? 'policy' : 'failed';
    return { state: 'failed', error: new ProviderError(kind, { raw: JSON.stringify(op.error), ...(reason ? { reason } : {}) }) };
  }
  const result = op.response?.generateVideoResponse;
  const sample = result?.generatedSamples?.find((s) => s.video?.uri);
  if (sample?.video?.uri) return { state: 'succeeded', progress: 100, output: { videoUrl: sample.video.uri, mimeType: sample.video.mimeType ?? 'video/mp4' } };
  if (result?.raiMediaFilteredCount || result?.raiMediaFilteredReasons?.length) {
    const reason = (result.raiMediaFilteredReasons ?? []).join(' ');
    return { state: 'failed', error: new ProviderError('policy', { raw: JSON.stringify(result), ...(reason ? { reason } : {}) }) };
  }
  return { state: 'failed', error: new ProviderError('failed', { raw: JSON.stringify(op.response ?? {}) }) };
}

/** A failure as the Interactions API writes it: `errors[]` items and a step's own `error` (a Status). */
interface InteractionFault {
  code?: string | number;
  message?: string;
  details?: unknown[];
}

interface Interaction {
  id: string;
  status: 'queued' | 'in_progress' | 'completed' | 'failed' | 'cancelled' | 'incomplete' | 'requires_action' | 'budget_exceeded' | (string & {});
  steps?: { type?: string; error?: InteractionFault; content?: { type?: string; data?: string; uri?: string; mime_type?: string }[] }[];
  errors?: InteractionFault[];
  /** Older answers (and the fake of a year ago) carried one `error`; still read. */
  error?: InteractionFault;
}

const safetyWords = /safety|blocked|prohibited|responsible|content[ _-]?policy|\bpolicy\b|RAI|SPII|CSAM/i;

/** Every fault an interaction reports: its `errors[]`, each step's `error`, and a lone `error`. */
function faultsOf(interaction: Interaction): InteractionFault[] {
  return [...(interaction.errors ?? []), ...(interaction.steps ?? []).flatMap((s) => (s.error ? [s.error] : [])), ...(interaction.error ? [interaction.error] : [])];
}

/** A failed, stopped or blocked interaction as one ProviderError (a safety block is always `policy`). */
export function interactionError(interaction: Interaction): ProviderError {
  const faults = faultsOf(interaction);
  const reason = faults.map((f) => f.message).filter(Boolean).join(' ') || undefined;
  const raw = JSON.stringify({ status: interaction.status, ...(faults.length ? { errors: faults } : {}) }).slice(0, 4000);
  const init = { raw, ...(reason ? { reason } : {}) };
  if (faults.some((f) => safetyWords.test(`${f.code ?? ''} ${f.message ?? ''} ${JSON.stringify(f.details ?? [])}`))) return new ProviderError('policy', init);
  if (interaction.status === 'budget_exceeded') return new ProviderError('budget', init);
  if (interaction.status === 'requires_action') return new ProviderError('needsAction', init);
  if (interaction.status === 'cancelled') return new ProviderError('aborted', init);
  return new ProviderError('failed', init);
}

/** An Omni interaction → one look at the job. */
export function omniStatus(interaction: Interaction): JobStatus {
  switch (interaction.status) {
    case 'queued':
      return { state: 'queued' };
    case 'in_progress':
      return { state: 'running' };
    case 'completed': {
      const video = (interaction.steps ?? []).flatMap((s) => s.content ?? []).find((c) => c.type === 'video' && (c.uri || c.data));
      // A completed interaction whose output step was blocked carries the reason on the step.
      if (!video) return { state: 'failed', error: faultsOf(interaction).length ? interactionError(interaction) : new ProviderError('failed', { raw: JSON.stringify(interaction).slice(0, 4000) }) };
      const output: JobOutput = { mimeType: video.mime_type ?? 'video/mp4' };
      if (video.uri) output.videoUrl = video.uri;
      else if (video.data) output.videoBase64 = video.data;
      return { state: 'succeeded', progress: 100, output };
    }
    default:
      // failed, cancelled, incomplete, requires_action, budget_exceeded, and any status to come.
      return { state: 'failed', error: interactionError(interaction) };
  }
}

function decodeBase64(data: string, mimeType: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** Google's Gemini API: Omni through Interactions, Veo through long-running operations. */
export function createGeminiProvider(config: ProviderConfig, options: GeminiOptions = {}): VideoProvider {
  const url = (path: string) => {
    const full = joinUrl(config.baseUrl, path);
    assertSameOrigin(config.baseUrl, full);
    return full;
  };
  const auth = { 'x-goog-api-key': config.key };
  const common = { classify: classifyGemini, secret: config.key, ...(config.fetch ? { fetch: config.fetch } : {}) };
  const modelPath = (model: string) => encodedPath(model.startsWith('models/') ? model : `models/${model}`);
  // An operation name comes from Google's own answer; it is still checked and encoded like an id.
  const operationPath = (name: string) => {
    if (!isValidModelId(name)) throw new ProviderError('unknown', { raw: 'the operation name is not a plain path' });
    return encodedPath(name);
  };

  const files = geminiFiles(config, common, options);

  return {
    id: 'gemini',
    async listModels(signal) {
      const found: ModelInfo[] = [];
      let pageToken = '';
      // Pages of models; ten pages is far more than Google has ever listed.
      for (let page = 0; page < 10; page++) {
        const query = `?pageSize=100${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ''}`;
        const response = await call({ ...common, url: url(`/models${query}`), headers: auth, phase: 'read', signal });
        const body = await readJson<{ models?: { name: string; displayName?: string; supportedGenerationMethods?: string[] }[]; nextPageToken?: string }>(
          response,
          config.key,
        );
        for (const m of body.models ?? []) {
          const id = m.name.replace(/^models\//, '');
          if (!isValidModelId(id)) continue;
          if (m.supportedGenerationMethods?.includes('predictLongRunning') || /omni/i.test(id)) found.push({ id, ...(m.displayName ? { label: m.displayName } : {}) });
        }
        if (!body.nextPageToken) break;
        pageToken = body.nextPageToken;
      }
      return found;
    },
    capabilities: (model) => capabilitiesFor('gemini', model),
    async create(request, signal) {
      const model = request.params.model;
      assertModelId(model);
      assertNotRetired('gemini', model);
      const veo = isVeoModel(model);
      const response = await call({
        ...common,
        url: url(veo ? `/${modelPath(model)}:predictLongRunning` : '/interactions'),
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(veo ? veoBody(request) : omniBody(request)),
        phase: 'create',
        signal,
      });
      if (veo) return { id: (await readJson<Operation>(response, config.key)).name, kind: 'operation' };
      return { id: (await readJson<Interaction>(response, config.key)).id, kind: 'interaction' };
    },
    async continueClip(request, signal) {
      const model = request.params.model;
      assertModelId(model);
      const veo = isVeoModel(model);
      // The video link comes from Google's own answer; it is sent back only to the same origin.
      if (veo && request.parent.videoUri && new URL(request.parent.videoUri).origin !== new URL(config.baseUrl).origin)
        throw new ProviderError('badRequest', { reason: 'the clip\'s file link is not on this provider' });
      const response = await call({
        ...common,
        url: url(veo ? `/${modelPath(model)}:predictLongRunning` : '/interactions'),
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(veo ? veoExtendBody(request) : omniContinueBody(request)),
        phase: 'create',
        signal,
      });
      if (veo) return { id: (await readJson<Operation>(response, config.key)).name, kind: 'operation' };
      return { id: (await readJson<Interaction>(response, config.key)).id, kind: 'interaction' };
    },
    async poll(job, signal) {
      if (job.kind === 'operation') {
        const response = await call({ ...common, url: url(`/${operationPath(job.id)}`), headers: auth, phase: 'read', signal });
        return veoStatus(await readJson<Operation>(response, config.key));
      }
      const response = await call({ ...common, url: url(`/interactions/${encodeURIComponent(job.id)}`), headers: auth, phase: 'read', signal });
      return omniStatus(await readJson<Interaction>(response, config.key));
    },
    async download(job, output, signal): Promise<DownloadedVideo> {
      const mimeType = output.mimeType ?? 'video/mp4';
      if (output.videoBase64) return { video: decodeBase64(output.videoBase64, mimeType) };
      if (!output.videoUrl) throw new ProviderError('failed', { raw: 'no video in the result' });
      try {
        return { video: await files.fetchVideo(output.videoUrl, signal) };
      } catch (error) {
        // An Omni interaction read again carries the video inline (PROVIDERS.md §5), so a clip the
        // browser may not fetch by its link can still be stored.
        if (!(error instanceof ProviderError && error.kind === 'notStored') || job.kind !== 'interaction') throw error;
        const again = omniStatus(await readJson<Interaction>(await call({ ...common, url: url(`/interactions/${encodeURIComponent(job.id)}`), headers: auth, phase: 'read', signal }), config.key));
        if (!again.output?.videoBase64) throw error;
        return { video: decodeBase64(again.output.videoBase64, again.output.mimeType ?? mimeType) };
      }
    },
    async cancel(job, signal) {
      // The Gemini API has no cancel for Veo operations: a started Veo job runs (and is billed)
      // to the end. Laqta says so before it is started, and only stops following it here.
      if (job.kind === 'operation') return;
      await call({ ...common, url: url(`/interactions/${encodeURIComponent(job.id)}/cancel`), method: 'POST', headers: auth, phase: 'read', signal }).catch(
        () => undefined,
      );
    },
  };
}
