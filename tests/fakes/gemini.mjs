// @ts-check
/**
 * Fake Google Gemini API under /v1beta: paged GET /models, Omni through /interactions, Veo
 * through :predictLongRunning operations, and file downloads that need the key and redirect
 * to keyless storage (/__media), like Google's. Errors use Google's {error:{code,message,status}}.
 */
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { jobDurationMs, json, media, parseJson, portFromArgs, sendMedia, startFake, xssPayload } from './common.mjs';

const models = [
  { name: 'models/gemini-2.5-flash', displayName: 'Gemini 2.5 Flash', supportedGenerationMethods: ['generateContent', 'countTokens'] },
  { name: 'models/gemini-omni-1.1-flash', displayName: 'Gemini Omni 1.1 Flash', supportedGenerationMethods: ['generateContent'] },
  { name: 'models/text-embedding-004', displayName: 'Text Embedding 004', supportedGenerationMethods: ['embedContent'] },
  { name: 'models/veo-3.1-generate-preview', displayName: 'Veo 3.1', supportedGenerationMethods: ['predictLongRunning'] },
  { name: 'models/veo-3.1-fast-generate-preview', displayName: 'Veo 3.1 Fast', supportedGenerationMethods: ['predictLongRunning'] },
];

/** @param {number} code @param {string} status @param {string} message @param {object[]} [details] */
const googleError = (code, status, message, details) => ({ error: { code, message, status, ...(details ? { details } : {}) } });

/** @param {number} port */
export function startGeminiFake(port) {
  /** The origin clients reach this fake at (known from the first request). */
  let origin = `http://127.0.0.1:${port}`;
  /** @type {Map<string, { id: string, kind: 'interaction' | 'operation', model: string, prompt: string, delivery: string, createdAt: number, durationMs: number, cancelled: boolean }>} */
  const jobs = new Map();

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
  const fileUri = (job) => `${origin}/v1beta/files/${job.id}:download?alt=media`;

  /** @param {any} job */
  function interaction(job) {
    const p = phase(job);
    const base = { id: job.id, model: job.model, created: new Date(job.createdAt).toISOString(), updated: new Date().toISOString() };
    if (p === 'completed') {
      const content = job.delivery === 'inline' ? { type: 'video', data: media['sample-b.mp4'].bytes.toString('base64'), mime_type: 'video/mp4' } : { type: 'video', uri: fileUri(job), mime_type: 'video/mp4' };
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
        if (!body || typeof body.model !== 'string' || typeof body.input !== 'string' || format?.type !== 'video')
          return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload: model, input and response_format {type: "video"} are required.'));
        if (/^retired/.test(body.model)) return json(res, 404, notFound(body.model));
        const seconds = /^(\d+)s$/.exec(format.duration ?? '8s');
        if (!seconds || Number(seconds[1]) < 3 || Number(seconds[1]) > 10) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `response_format.duration must be between 3s and 10s, got ${JSON.stringify(format.duration)}.`));
        if (!['16:9', '9:16'].includes(format.aspect_ratio ?? '16:9')) return json(res, 400, googleError(400, 'INVALID_ARGUMENT', 'response_format.aspect_ratio must be 16:9 or 9:16.'));
        const job = { id: `int_${randomUUID()}`, kind: /** @type {const} */ ('interaction'), model: body.model, prompt: body.input, delivery: format.delivery ?? 'inline', createdAt: Date.now(), durationMs: jobDurationMs(body.input), cancelled: false };
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
        if (params.durationSeconds !== undefined && ![4, 6, 8].includes(params.durationSeconds))
          return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `durationSeconds must be 4, 6 or 8; got ${JSON.stringify(params.durationSeconds)}.`));
        if (['1080p', '4k'].includes(params.resolution) && params.durationSeconds !== 8)
          return json(res, 400, googleError(400, 'INVALID_ARGUMENT', `${params.resolution} is only available with durationSeconds 8.`));
        const job = { id: randomUUID().slice(0, 12), kind: /** @type {const} */ ('operation'), model, prompt, delivery: 'uri', createdAt: Date.now(), durationMs: jobDurationMs(prompt), cancelled: false };
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

      m = /^\/files\/([^/:]+):download$/.exec(path);
      if (m && method === 'GET') {
        const job = jobs.get(m[1] ?? '');
        if (!job || /\[expire\]/.test(job.prompt) || phase(job) !== 'completed') return json(res, 404, googleError(404, 'NOT_FOUND', 'File not found or expired.'));
        res.setHeader('access-control-allow-origin', '*');
        res.writeHead(302, { location: `${origin}/__media/${/\[notvideo\]/.test(job.prompt) ? 'notvideo' : `${job.id}.mp4`}` });
        res.end();
        return;
      }
      return json(res, 404, googleError(404, 'NOT_FOUND', `Unknown route ${path}.`));
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) startGeminiFake(portFromArgs('LAQTA_FAKE_GEMINI_PORT'));
