// @ts-check
/**
 * Fake OpenAI-compatible gateway serving the Videos API under /v1 (api.openai.com itself shut it
 * down on 2026-09-24; gateways still serve it). Create is accepted as multipart/form-data (what
 * the official SDK sends) or JSON; either body is validated against the official schema (a copy
 * of shared/specs/openai-videos.openapi.yaml beside this file) with `seconds` and `size` widened
 * to any string, because a gateway's own models have their own, and refused with a 400 in
 * OpenAI's error envelope (e.g. `seconds` sent as a number). Each model then checks its own
 * options, as gateways do:
 *   google/veo-3.1-fast: 4-8 s, size 1280x720 or 720x1280, or none;
 *   minimax/h3: 6 or 10 s, and no size at all (a size is a 400).
 * `GET /models` lists those, a text model (gateways list every model), and ids that are not plain
 * data, which a client must drop.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import YAML from 'yaml';
import Ajv2020Module from 'ajv/dist/2020.js';
import { jobDurationMs, json, parseJson, portFromArgs, sendMedia, startFake, xssPayload } from './common.mjs';

const specPath = process.env.LAQTA_OPENAI_SPEC || fileURLToPath(new URL('./openai-videos.openapi.yaml', import.meta.url));

/** Validators for the request bodies, compiled from the spec's components. */
export function loadValidators(path = specPath) {
  const doc = YAML.parse(readFileSync(path, 'utf8'));
  // A gateway's models have their own seconds and sizes: the schema's Sora enums become any string.
  doc.components.schemas.VideoSeconds = { type: 'string' };
  doc.components.schemas.VideoSize = { type: 'string' };
  const Ajv2020 = /** @type {any} */ (Ajv2020Module).default ?? Ajv2020Module;
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  for (const format of ['uri', 'binary', 'unixtime']) ajv.addFormat(format, true);
  ajv.addSchema({ $id: 'openai', components: doc.components });
  return {
    create: ajv.getSchema('openai#/components/schemas/CreateVideoJsonBody'),
    multipart: ajv.getSchema('openai#/components/schemas/CreateVideoMultipartBody'),
    remix: ajv.getSchema('openai#/components/schemas/CreateVideoRemixBody'),
  };
}

/** An ajv error in the words of OpenAI's 400 answers. @param {any} error @param {unknown} body */
export function openaiValidationError(error, body) {
  const param = error.instancePath.replace(/^\//, '').split('/')[0] || error.params?.missingProperty || null;
  const value = param && body && typeof body === 'object' ? /** @type {any} */ (body)[param] : undefined;
  const got = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'number' ? (Number.isInteger(value) ? 'an integer' : 'a decimal') : `a ${typeof value}`;
  let message;
  if (error.keyword === 'required') message = `Missing required parameter: '${error.params.missingProperty}'.`;
  else if (error.keyword === 'type') message = `Invalid type for '${param}': expected a ${error.params.type}, but got ${got} instead.`;
  else if (error.keyword === 'enum') message = `Invalid value: '${value}'. Supported values are: ${error.params.allowedValues.map((/** @type {string} */ v) => `'${v}'`).join(', ')}.`;
  else message = `Invalid '${param}': ${error.message}.`;
  return { error: { message, type: 'invalid_request_error', param: error.params?.missingProperty ?? param, code: error.keyword === 'type' ? 'invalid_type' : 'invalid_value' } };
}

/**
 * The gateway's models and their own options (`sizes: null`: the model takes no size at all).
 * @type {Record<string, { seconds: string[], defaultSeconds: string, sizes: string[] | null }>}
 */
export const gatewayModels = {
  'google/veo-3.1-fast': { seconds: ['4', '5', '6', '7', '8'], defaultSeconds: '8', sizes: ['1280x720', '720x1280'] },
  'minimax/h3': { seconds: ['6', '10'], defaultSeconds: '6', sizes: null },
};

/** What `GET /models` lists: the video models, a text model, and two ids that are not plain data. */
export const listedModelIds = [...Object.keys(gatewayModels), 'gpt-5-mini', 'evil/../../v1beta/files', 'x?fal_webhook=https://attacker.example/'];

/** A model's own refusal of seconds or size, in OpenAI's envelope, or undefined. @param {string} model @param {any} body */
export function gatewayOptionError(model, body) {
  const spec = gatewayModels[model];
  if (!spec) return undefined;
  const invalid = (/** @type {string} */ param, /** @type {string} */ message) => ({ error: { message, type: 'invalid_request_error', param, code: 'invalid_value' } });
  if (body.seconds !== undefined && !spec.seconds.includes(body.seconds))
    return invalid('seconds', `Invalid value: '${body.seconds}'. ${model} supports seconds: ${spec.seconds.map((s) => `'${s}'`).join(', ')}.`);
  if (body.size !== undefined && spec.sizes === null) return invalid('size', `${model} does not take a size: leave 'size' out.`);
  if (body.size !== undefined && spec.sizes && !spec.sizes.includes(body.size))
    return invalid('size', `Invalid value: '${body.size}'. ${model} supports size: ${spec.sizes.map((s) => `'${s}'`).join(', ')}.`);
  return undefined;
}

/** The fields of a multipart body (text parts only: this fake takes no uploads). @param {string} text @param {string} contentType */
async function formFields(text, contentType) {
  try {
    const form = await new Response(text, { headers: { 'content-type': contentType } }).formData();
    /** @type {Record<string, string>} */
    const out = {};
    for (const [name, value] of form.entries()) if (typeof value === 'string') out[name] = value;
    return out;
  } catch {
    return undefined;
  }
}

/** @param {number} port */
export function startOpenAIFake(port) {
  const validators = loadValidators();
  /** @type {Map<string, { id: string, model: string, prompt: string, size: string | null, seconds: string, createdAt: number, durationMs: number, remixedFrom: string | null }>} */
  const jobs = new Map();
  const deleted = new Set();
  const limited = new Set();
  /** Prompts whose first job already failed ([failfirst]: later jobs of the same prompt succeed). */
  const failedFirst = new Set();

  /** @param {any} job */
  function resource(job) {
    const elapsed = Date.now() - job.createdAt;
    const fraction = Math.min(1, elapsed / job.durationMs);
    const bad = job.failsFirst ? ['[fail]', 'fail'] : /\[(fail|policy|xss)\]/.exec(job.prompt);
    const done = fraction >= 1;
    const status = !done ? (fraction < 0.15 ? 'queued' : 'in_progress') : bad ? 'failed' : 'completed';
    const error =
      status !== 'failed'
        ? null
        : bad?.[1] === 'policy'
          ? { code: 'moderation_blocked', message: 'Your request was blocked by our moderation system: depicts a real person.' }
          : { code: 'generation_failed', message: bad?.[1] === 'xss' ? xssPayload : 'The video could not be generated. Please try again.' };
    return {
      id: job.id,
      object: 'video',
      model: job.model,
      status,
      progress: done ? 100 : Math.floor(fraction * 100),
      created_at: Math.floor(job.createdAt / 1000),
      completed_at: done ? Math.floor((job.createdAt + job.durationMs) / 1000) : null,
      expires_at: done ? Math.floor((job.createdAt + job.durationMs) / 1000) + 3600 : null,
      prompt: job.prompt,
      size: job.size,
      seconds: job.seconds,
      remixed_from_video_id: job.remixedFrom,
      error,
    };
  }

  /** @param {string} prompt @param {string} model @param {string | null} size @param {string} seconds @param {string | null} remixedFrom */
  function addJob(prompt, model, size, seconds, remixedFrom) {
    const job = { id: `video_${randomUUID().replace(/-/g, '')}`, model, prompt, size, seconds, createdAt: Date.now(), durationMs: jobDurationMs(prompt), remixedFrom };
    jobs.set(job.id, job);
    return job;
  }

  return startFake({
    name: 'openai',
    port,
    async handle(req, res, text, url) {
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bearer ') || auth.length <= 'Bearer '.length)
        return json(res, 401, { error: { message: 'You didn\'t provide an API key.', type: 'invalid_request_error', param: null, code: null } });
      if (/bad/.test(auth))
        return json(res, 401, { error: { message: 'Incorrect API key provided: sk-****. You can find your API key at https://platform.openai.com/account/api-keys.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
      const path = url.pathname.replace(/^\/v1/, '');
      const method = req.method ?? 'GET';

      if (method === 'GET' && path === '/models') return json(res, 200, { object: 'list', data: listedModelIds.map((id) => ({ id, object: 'model', created: 1764547200, owned_by: 'gateway' })) });

      if (method === 'POST' && path === '/videos') {
        if (/broke/.test(auth))
          return json(res, 429, { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } });
        const type = req.headers['content-type'] ?? '';
        const multipart = type.startsWith('multipart/form-data');
        if (!multipart && !type.includes('application/json'))
          return json(res, 400, { error: { message: 'Send multipart/form-data or application/json.', type: 'invalid_request_error', param: null, code: null } });
        const body = multipart ? await formFields(text, type) : parseJson(text);
        if (body === undefined) return json(res, 400, { error: { message: 'We could not parse the body of your request.', type: 'invalid_request_error', param: null, code: null } });
        const validate = multipart ? validators.multipart : validators.create;
        if (!validate?.(body)) return json(res, 400, openaiValidationError(validate?.errors?.[0], body));
        const model = body.model ?? '';
        if (!gatewayModels[model])
          return json(res, 404, { error: { message: `The model \`${model}\` does not exist or you do not have access to it.`, type: 'invalid_request_error', param: null, code: 'model_not_found' } });
        const refused = gatewayOptionError(model, body);
        if (refused) return json(res, 400, refused);
        if (/\[429\]/.test(body.prompt) && !limited.has(body.prompt)) {
          limited.add(body.prompt);
          return json(res, 429, { error: { message: 'Rate limit reached for requests.', type: 'requests', param: null, code: 'rate_limit_exceeded' } }, { 'retry-after': '1' });
        }
        const job = addJob(body.prompt, model, body.size ?? null, body.seconds ?? gatewayModels[model]?.defaultSeconds ?? '8', null);
        if (/\[failfirst\]/.test(body.prompt) && !failedFirst.has(body.prompt)) {
          failedFirst.add(body.prompt);
          /** @type {any} */ (job).failsFirst = true;
        }
        return json(res, 200, resource(job));
      }

      if (method === 'GET' && path === '/videos') {
        const data = [...jobs.values()].filter((j) => !deleted.has(j.id)).map(resource);
        return json(res, 200, { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: false });
      }

      const match = /^\/videos\/([^/]+)(\/content|\/remix)?$/.exec(path);
      const job = match ? jobs.get(decodeURIComponent(match[1] ?? '')) : undefined;
      if (!match || !job || deleted.has(job.id))
        return json(res, 404, { error: { message: 'Video not found.', type: 'invalid_request_error', param: null, code: 'not_found' } });

      if (method === 'GET' && !match[2]) return json(res, 200, resource(job), { 'openai-poll-after-ms': '400' });
      if (method === 'DELETE' && !match[2]) {
        deleted.add(job.id);
        return json(res, 200, { id: job.id, object: 'video.deleted', deleted: true });
      }
      if (method === 'GET' && match[2] === '/content') {
        const state = resource(job);
        if (state.status !== 'completed' || /\[expire\]/.test(job.prompt))
          return json(res, 404, { error: { message: 'Video content is not available or has expired.', type: 'invalid_request_error', param: null, code: 'not_found' } });
        const variant = url.searchParams.get('variant') ?? 'video';
        if (variant === 'thumbnail') return sendMedia(res, 'thumb.webp');
        if (variant !== 'video') return json(res, 400, { error: { message: `Invalid variant '${variant}'.`, type: 'invalid_request_error', param: 'variant', code: null } });
        return sendMedia(res, /\[notvideo\]/.test(job.prompt) ? 'notvideo' : /\[big\]/.test(job.prompt) ? 'big.mp4' : 'sample-a.mp4');
      }
      if (method === 'POST' && match[2] === '/remix') {
        if (!(req.headers['content-type'] ?? '').includes('application/json'))
          return json(res, 400, { error: { message: 'Unsupported content type in this fake: send JSON.', type: 'invalid_request_error', param: null, code: null } });
        const body = parseJson(text);
        if (body === undefined) return json(res, 400, { error: { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error', param: null, code: null } });
        if (!validators.remix?.(body)) return json(res, 400, openaiValidationError(validators.remix?.errors?.[0], body));
        if (resource(job).status !== 'completed')
          return json(res, 400, { error: { message: 'Only completed videos can be remixed.', type: 'invalid_request_error', param: null, code: null } });
        return json(res, 200, resource(addJob(body.prompt, job.model, job.size, job.seconds, job.id)));
      }
      return json(res, 404, { error: { message: 'Unknown route.', type: 'invalid_request_error', param: null, code: null } });
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) startOpenAIFake(portFromArgs('LAQTA_FAKE_OPENAI_PORT'));
