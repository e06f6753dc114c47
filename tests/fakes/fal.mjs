// @ts-check
/**
 * Fake fal.ai queue: POST /{model} → request_id + status/response/cancel URLs; status with
 * queue position; the result carries a public media URL (no key needed); PUT cancel.
 * Auth is `Authorization: Key <key>`; errors use fal's {detail} envelope.
 */
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { jobDurationMs, json, parseJson, portFromArgs, sendMedia, startFake, xssPayload } from './common.mjs';

/** @param {number} port */
export function startFalFake(port) {
  /** The origin clients reach this fake at (known from the first request). */
  let origin = `http://127.0.0.1:${port}`;
  /** @type {Map<string, { id: string, model: string, input: any, createdAt: number, durationMs: number, cancelled: boolean }>} */
  const jobs = new Map();

  /** @param {any} job */
  function state(job) {
    // Waits in the queue for the first 1.8 s (position 2, then 1), then runs.
    const elapsed = Date.now() - job.createdAt;
    if (elapsed < 1800) return { status: 'IN_QUEUE', queue_position: elapsed < 900 ? 2 : 1 };
    if (elapsed < job.durationMs + 1800) return { status: 'IN_PROGRESS', logs: [] };
    return { status: 'COMPLETED', logs: [] };
  }

  return startFake({
    name: 'fal',
    port,
    handle(req, res, text, url) {
      origin = url.origin;
      if (url.pathname.startsWith('/__media/')) {
        if (url.pathname.endsWith('/gone')) return json(res, 404, { detail: 'File expired' });
        return sendMedia(res, url.pathname.endsWith('notvideo') ? 'notvideo' : 'sample-c.webm');
      }
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Key ')) return json(res, 401, { detail: 'Missing authorization header' });
      if (/bad/.test(auth)) return json(res, 401, { detail: 'Invalid API key' });
      if (/broke/.test(auth)) return json(res, 403, { detail: 'User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing.' });
      const method = req.method ?? 'GET';
      const path = url.pathname;

      const m = /^\/(.+)\/requests\/([^/]+)(\/status|\/cancel)?$/.exec(path);
      if (m) {
        const job = jobs.get(m[2] ?? '');
        if (!job) return json(res, 404, { detail: 'Request not found' });
        if (m[3] === '/cancel' && method === 'PUT') {
          const s = state(job);
          if (s.status === 'COMPLETED') return json(res, 400, { status: 'ALREADY_COMPLETED' });
          job.cancelled = true;
          return json(res, 202, { status: 'CANCELLATION_REQUESTED' });
        }
        if (m[3] === '/status') {
          if (job.cancelled) return json(res, 200, { status: 'COMPLETED', error: 'Request was cancelled', error_type: 'request_cancelled' });
          return json(res, 200, { ...state(job), request_id: job.id, response_url: `${origin}/${job.model}/requests/${job.id}`, status_url: `${origin}/${job.model}/requests/${job.id}/status`, cancel_url: `${origin}/${job.model}/requests/${job.id}/cancel` });
        }
        if (state(job).status !== 'COMPLETED') return json(res, 400, { detail: 'Request is still in progress' });
        const prompt = String(job.input.prompt ?? '');
        if (/\[policy\]/.test(prompt))
          return json(res, 422, { detail: [{ loc: ['body', 'prompt'], msg: 'The prompt was flagged by the content checker: graphic violence.', type: 'content_policy_violation' }] });
        if (/\[fail\]|\[xss\]/.test(prompt)) return json(res, 500, { detail: /\[xss\]/.test(prompt) ? xssPayload : 'The model failed to generate a video.' });
        const file = /\[expire\]/.test(prompt) ? 'gone' : /\[notvideo\]/.test(prompt) ? 'notvideo' : `${job.id}.webm`;
        return json(res, 200, { video: { url: `${origin}/__media/${file}`, content_type: 'video/webm', file_name: 'output.webm', file_size: 1000 }, seed: job.input.seed ?? 42 });
      }

      if (method === 'POST') {
        const model = path.replace(/^\/+/, '');
        if (/^retired/.test(model) || !model.includes('/')) return json(res, 404, { detail: `Application '${model}' not found` });
        const input = parseJson(text);
        if (!input || typeof input !== 'object') return json(res, 422, { detail: [{ loc: ['body'], msg: 'Input should be a valid JSON object', type: 'model_attributes_type' }] });
        if (typeof input.prompt !== 'string' || !input.prompt) return json(res, 422, { detail: [{ loc: ['body', 'prompt'], msg: 'Field required', type: 'missing' }] });
        // Models with a seed take an integer (Seedance's -1 means "pick one"); the result echoes it.
        if (input.seed !== undefined && (!Number.isInteger(input.seed) || input.seed < -1))
          return json(res, 422, { detail: [{ loc: ['body', 'seed'], msg: 'Input should be a valid integer', type: 'int_type' }] });
        if (model.includes('kling') && input.duration !== undefined && !['5', '10'].includes(input.duration))
          return json(res, 422, { detail: [{ loc: ['body', 'duration'], msg: "Input should be '5' or '10'", type: 'enum' }] });
        const job = { id: randomUUID(), model: model.split('/').slice(0, 2).join('/'), input, createdAt: Date.now(), durationMs: jobDurationMs(input.prompt), cancelled: false };
        jobs.set(job.id, job);
        const base = `${origin}/${job.model}/requests/${job.id}`;
        return json(res, 200, { status: 'IN_QUEUE', request_id: job.id, response_url: base, status_url: `${base}/status`, cancel_url: `${base}/cancel`, queue_position: 2 });
      }
      return json(res, 404, { detail: 'Not found' });
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) startFalFake(portFromArgs('LAQTA_FAKE_FAL_PORT'));
