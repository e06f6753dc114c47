// @ts-check
/**
 * Fake Google Gemini API under /v1beta: paged GET /models, Omni through /interactions (with
 * previous_interaction_id to continue a clip), Veo through :predictLongRunning operations (with
 * instances[0].video to extend one), and generated files: GET /files/{id} with a state
 * (PROCESSING, ACTIVE, FAILED, as js-genai's FileState) and GET /files/{id}:download?alt=media,
 * 404 before ACTIVE. Errors use Google's {error:{code,message,status}}. Magic words besides
 * common.mjs's: [processing] the file stays PROCESSING 2.5 s after the job ends · [filefail]
 * the file ends FAILED · [redirect] the download redirects (302) to keyless storage (/__media) ·
 * [uri] an Omni GET shows the file uri (by default GET carries the video inline, as §5 says).
 */
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { cors, jobDurationMs, json, media, parseJson, portFromArgs, sendMedia, startFake, xssPayload } from './common.mjs';

const models = [
  { name: 'models/gemini-2.5-flash', displayName: 'Gemini 2.5 Flash', supportedGenerationMethods: ['generateContent', 'countTokens'] },
  { name: 'models/gemini-omni-1.1-flash', displayName: 'Gemini Omni 1.1 Flash', supportedGenerationMethods: ['generateContent'] },
  { name: 'models/text-embedding-004', displayName: 'Text Embedding 004', supportedGenerationMethods: ['embedContent'] },
  // veo-3.1-generate-preview and veo-3.1-fast-generate-preview were shut down on 2026-10-22: no longer listed, 404 when called.
  { name: 'models/veo-3.1-lite-generate-preview', displayName: 'Veo 3.1 Lite', supportedGenerationMethods: ['predictLongRunning'] },
];

/** @param {number} code @param {string} status @param {string} message @param {object[]} [details] */
const googleError = (code, status, message, details) => ({ error: { code, message, status, ...(details ? { details } : {}) } });

/** @param {number} port */
export function startGeminiFake(port) {
  /** The origin clients reach this fake at (known from the first request). */
  let origin = `http://127.0.0.1:${port}`;
  /** @typedef {{ id: string, kind: 'interaction' | 'operation', model: string, prompt: string, delivery: string, createdAt: number, durationMs: number, cancelled: boolean, seconds: number, parent?: string }} Job */
  /** @type {Map<string, Job>} */
  const jobs = new Map();

  /** The clip's whole length: its own seconds plus every clip it continues. @param {Job} job @returns {number} */
  const totalSeconds = (job) => {
    const parent = job.parent ? jobs.get(job.parent) : undefined;
    return job.seconds + (parent ? totalSeconds(parent) : 0);
  };

  /** The generated file's state: PROCESSING until the job ends (and 2.5 s more with [processing]). @param {Job} job */
  function fileState(job) {
    if (phase(job) !== 'completed') return 'PROCESSING';
    if (/\[filefail\]/.test(job.prompt)) return 'FAILED';
    if (/\[processing\]/.test(job.prompt) && Date.now() < job.createdAt + job.durationMs + 2500) return 'PROCESSING';
    return 'ACTIVE';
  }
  /** @param {Job} job */
  const fileResource = (job) => ({
    name: `files/${job.id}`,
    uri: `${origin}/v1beta/files/${job.id}`,
    downloadUri: fileUri(job),
    mimeType: 'video/mp4',
    source: 'GENERATED',
    state: fileState(job),
    ...(fileState(job) === 'FAILED' ? { error: { code: 13, message: 'The video file could not be processed.' } } : {}),
  });

  /** @param {any} job */
  function phase(job) {
    if (job.cancelled) return 'cancelled';
    const fraction = (Date.now() - job.createdAt) / job.durationMs;
    if (fraction < 0.15) return 'queued';
    if (fraction < 1) return 'in_progress';
    if (/\[budget\]/.test(job.prompt)) return 'budget_exceeded';
    if (/\[action\]/.test(job.prompt)) return 'requires_action';
    return /\[(fail|xss)\]/.test(job.prompt) ? 'failed' : /\[policy\]/.test(job.prompt) ? 'filtered' : 'completed';
  }
  /** @param {any} job */
  const fileUri = (job) => `${origin}/v1beta/files/${job.id.replace(/^int_/, '').toLowerCase()}:download?alt=media`;
  /** @param {string} fileId */
  const jobOfFile = (fileId) => [...jobs.values()].find((j) => j.id.replace(/^int_/, '').toLowerCase() === fileId);

  /** @param {any} job */
  function interaction(job) {
    const p = phase(job);
    const base = { id: job.id, model: job.model, created: new Date(job.createdAt).toISOString(), updated: new Date().toISOString() };
    if (p === 'completed') {
      // A GET carries the video inline even for uri delivery (PROVIDERS.md §5); [uri] shows the uri.
      const byUri = job.delivery === 'uri' && /\[uri\]/.test(job.prompt);
      const content = byUri ? { type: 'video', uri: fileUri(job), mime_type: 'video/mp4' } : { type: 'video', data: media['sample-b.mp4'].bytes.toString('base64'), mime_type: 'video/mp4' };
      return { ...base, status: 'completed', steps: [{ type: 'model_output', content: [content] }], usage: { total_tokens: 1 } };
    }
    // Failures come as errors[] ({code, message}) and, for a blocked output, the step's own error (a Status).
    if (p === 'filtered')
      return {
        ...base,
        status: 'failed',
        errors: [{ code: 'content_blocked', message: 'The output was blocked by safety filters: violence.' }],
        steps: [{ type: 'model_output', error: { code: 3, message: 'Output blocked.', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SAFETY' }] } }],
      };
    if (p === 'failed') return { ...base, status: 'failed', errors: [{ code: 'internal', message: /\[xss\]/.test(job.prompt) ? xssPayload : 'Video generation failed.' }] };
    if (p === 'budget_exceeded') return { ...base, status: 'budget_exceeded', errors: [{ code: 'budget_exceeded', message: 'The project budget for this billing period was reached.' }] };
    if (p === 'requires_action') return { ...base, status: 'requires_action', steps: [{ type: 'function_call', name: 'lookup', arguments: {} }] };
    return { ...base, status: p };
  }

  /** @param {any} job */
  function operation(job) {
    const p = phase(job);
    const name = `models/${job.model}/operations/${job.id}`;
    if (p === 'queued' || p === 'in_progress') return { name, done: false, metadata: {} };
    if (p === 'cancelled') return { name, done: true, error: { code: 1, message: 'Operation cancelled.' } };
    if (p === 'failed') return { name, done: true, error: { code: 13, message: /\[xss\]/.test(job.prompt) ? xssPayload : 'Internal error while generating the video.' } };
    const type = 'type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse';
    if (p === 'filtered')
      return { name, done: true, response: { '@type': type, generateVideoResponse: { raiMediaFilteredCount: 1, raiMediaFilteredReasons: ['The prompt contains a celebrity likeness, which is not allowed.'] } } };
    return { name, done: true, response: { '@type': type, generateVideoResponse: { generatedSamples: [{ video: { uri: fileUri(job) } }] } } };
  }

  /** @param {string} model */
  const notFound = (model) => googleError(404, 'NOT_FOUND', `models/${model} is not found for API version v1beta, or is not supported for predictLongRunning.`);

  return startFake({
    name: 'gemini',
    port,
    handle(req, res, text, url) {
      origin = url.origin;
      if (url.pathname.startsWith('/__media/')) {
        const file = url.pathname.slice('/__media/'.length);
        return file === 'notvideo' ? sendMedia(res, 'notvideo') : sendMedia(res, 'sample-b.mp4');
      }
      const key = req.headers['x-goog-api-key'] ?? url.searchParams.get('key') ?? '';
      if (!key) return json(res, 403, googleError(403, 'PERMISSION_DENIED', "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API."));
      if (/bad/.test(String(key)))
        return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }]));
      if (/broke/.test(String(key))) return json(res, 429, googleError(429, 'RESOURCE_EXHAUSTED', 'Your prepayment credits are depleted. Please check your plan and billing details.'));
      const path = url.pathname.replace(/^\/v1beta/, '');
      const method = req.method ?? 'GET';

      if (method === 'GET' && path === '/models') {
        const size = 2;
        const start = Number(url.searchParams.get('pageToken') || 0);
        const page = models.slice(start, start + size);
        return json(res, 200, { models: page, ...(start + size < models.length ? { nextPageToken: String(start + size) } : {}) });
      }

      if (method === 'POST' && path === '/interactions') {
        const body = parseJson(text);
        const format = body?.response_format;
        const prompt = promptOf(body?.input);
        if (!body || typeof body.model !== 'string' || prompt === undefined || format?.type !== 'video')
          return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload: model, input and response_format {type: "video"} are required.'));
        if (/^retired/.test(body.model)) return json(res, 404, notFound(body.model));
        const seconds = /^(\d+)s$/.exec(format.duration ?? '8s');
        if (!seconds || Number(seconds[1]) < 3 || Number(seconds[1]) > 10) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `response_format.duration must be between 3s and 10s, got ${JSON.stringify(format.duration)}.`));
        if (!['16:9', '9:16'].includes(format.aspect_ratio ?? '16:9')) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'response_format.aspect_ratio must be 16:9 or 9:16.'));
        /** @type {Job | undefined} */
        let parent;
        if (body.previous_interaction_id !== undefined) {
          parent = jobs.get(String(body.previous_interaction_id));
          if (!parent || parent.kind !== 'interaction') return json(res, 404, googleError(404, 'NOT_FOUND', 'The previous interaction was not found.'));
          if (interaction(parent).status !== 'completed') return json(res, 400, googleError(400, 'FAILED_PRECONDITION', 'The previous interaction has not completed.'));
        }
        // An extension adds its duration; an edit (no duration) keeps the clip's length. Up to 40 s in all.
        const own = parent && format.duration === undefined ? 0 : Number(seconds[1]);
        if (parent && totalSeconds(parent) + own > 40) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `A continued clip can be at most 40s long; this one would be ${totalSeconds(parent) + own}s.`));
        const job = { id: `int_${randomUUID()}`, kind: /** @type {const} */ ('interaction'), model: body.model, prompt, delivery: format.delivery ?? 'inline', createdAt: Date.now(), durationMs: jobDurationMs(prompt), cancelled: false, seconds: own, ...(parent ? { parent: parent.id } : {}) };
        jobs.set(job.id, job);
        return json(res, 200, interaction(job));
      }

      let m = /^\/interactions\/([^/]+?)(\/cancel)?$/.exec(path);
      if (m) {
        const job = jobs.get(decodeURIComponent(m[1] ?? ''));
        if (!job) return json(res, 404, googleError(404, 'NOT_FOUND', 'Interaction not found.'));
        if (m[2] && method === 'POST') job.cancelled = true;
        return json(res, 200, interaction(job));
      }

      m = /^\/models\/([^/:]+):predictLongRunning$/.exec(path);
      if (m && method === 'POST') {
        const model = m[1] ?? '';
        if (/^retired/.test(model) || !models.some((x) => x.name === `models/${model}`)) return json(res, 404, notFound(model));
        const body = parseJson(text);
        const prompt = body?.instances?.[0]?.prompt;
        const params = body?.parameters ?? {};
        if (typeof prompt !== 'string') return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'instances[0].prompt is required.'));
        // The Gemini API takes no seed for Veo (PROVIDERS.md): one sent is refused, as the real one does.
        if (params.seed !== undefined) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'seed is not supported by the Gemini API for this model.'));
        const instance = body.instances[0];
        for (const field of ['image', 'lastFrame']) {
          if (instance[field] !== undefined && !isVeoImage(instance[field])) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `instances[0].${field} must be {bytesBase64Encoded, mimeType}.`));
        }
        if (instance.referenceImages !== undefined) {
          const refs = instance.referenceImages;
          if (!Array.isArray(refs) || refs.length > 3 || !refs.every((r) => isVeoImage(r?.image) && typeof r.referenceType === 'string'))
            return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'instances[0].referenceImages takes up to 3 {image, referenceType}.'));
          if (instance.image || instance.lastFrame) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'referenceImages cannot be combined with image or lastFrame.'));
        }
        if (params.durationSeconds !== undefined && ![4, 6, 8].includes(params.durationSeconds))
          return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `durationSeconds must be 4, 6 or 8; got ${JSON.stringify(params.durationSeconds)}.`));
        if (['1080p', '4k'].includes(params.resolution) && params.durationSeconds !== 8)
          return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `${params.resolution} is only available with durationSeconds 8.`));
        /** @type {Job | undefined} */
        let parent;
        const video = body?.instances?.[0]?.video;
        if (video !== undefined) {
          // Extension: instances[0].video {uri} of an earlier Veo clip, 720p, +7 s, input up to 30 s.
          const fileId = /\/files\/([a-z0-9-]+)/.exec(String(video?.uri ?? ''))?.[1];
          parent = fileId ? jobOfFile(fileId) : undefined;
          if (!parent || parent.kind !== 'operation' || fileState(parent) !== 'ACTIVE') return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'instances[0].video must be the uri of an earlier Veo video that is still available.'));
          if (params.resolution !== undefined && params.resolution !== '720p') return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'Video extension is only available at 720p.'));
          if (totalSeconds(parent) > 30) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `The input video must be 30s or shorter; it is ${totalSeconds(parent)}s.`));
        }
        const job = { id: randomUUID().replace(/-/g, '').slice(0, 12), kind: /** @type {const} */ ('operation'), model, prompt, delivery: 'uri', createdAt: Date.now(), durationMs: jobDurationMs(prompt), cancelled: false, seconds: parent ? 7 : Number(params.durationSeconds ?? 8), ...(parent ? { parent: parent.id } : {}) };
        jobs.set(job.id, job);
        return json(res, 200, { name: `models/${model}/operations/${job.id}` });
      }

      m = /^\/models\/([^/]+)\/operations\/([^/:]+)(:cancel)?$/.exec(path);
      if (m) {
        const job = jobs.get(m[2] ?? '');
        if (!job) return json(res, 404, googleError(404, 'NOT_FOUND', 'Operation not found.'));
        if (m[3] && method === 'POST') {
          job.cancelled = true;
          return json(res, 200, {});
        }
        return json(res, 200, operation(job));
      }

      m = /^\/files\/([^/:]+)$/.exec(path);
      if (m && method === 'GET') {
        const job = jobOfFile(m[1] ?? '');
        if (!job || /\[expire\]/.test(job.prompt)) return json(res, 404, googleError(404, 'NOT_FOUND', 'File not found or expired.'));
        return json(res, 200, fileResource(job));
      }

      m = /^\/files\/([^/:]+):download$/.exec(path);
      if (m && method === 'GET') {
        const job = jobOfFile(m[1] ?? '');
        // Before the file is ACTIVE a download is refused like a missing file.
        if (!job || /\[expire\]/.test(job.prompt) || fileState(job) !== 'ACTIVE') return json(res, 404, googleError(404, 'NOT_FOUND', 'File not found or expired.'));
        const file = /\[notvideo\]/.test(job.prompt) ? 'notvideo' : `${job.id}.mp4`;
        if (/\[redirect\]/.test(job.prompt)) {
          cors(res);
          res.writeHead(302, { location: `${origin}/__media/${file}` });
          res.end();
          return;
        }
        return sendMedia(res, file === 'notvideo' ? 'notvideo' : 'sample-b.mp4');
      }
      return json(res, 404, googleError(404, 'NOT_FOUND', `Unknown route ${path}.`));
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) startGeminiFake(portFromArgs('LAQTA_FAKE_GEMINI_PORT'));

/**
 * The text of an interaction's input: a string, or a list of content items (text and
 * `{type:"image", mime_type, data}`), as the Interactions API takes them. Undefined when malformed.
 * @param {unknown} input
 */
function promptOf(input) {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return undefined;
  let text;
  for (const item of input) {
    if (item?.type === 'text' && typeof item.text === 'string') text = (text ?? '') + item.text;
    else if (item?.type === 'image') {
      if (typeof item.data !== 'string' || !/^image\/(png|jpeg|webp)$/.test(item.mime_type ?? '') || !/^[A-Za-z0-9+/]+=*$/.test(item.data)) return undefined;
    } else return undefined;
  }
  return text;
}

/** @param {any} image */
function isVeoImage(image) {
  return typeof image?.bytesBase64Encoded === 'string' && /^[A-Za-z0-9+/]+=*$/.test(image.bytesBase64Encoded) && /^image\/(png|jpeg|webp)$/.test(image.mimeType ?? '');
}
