// @ts-check
/**
 * Shared pieces of the local fake provider servers (plain node:http on 127.0.0.1). Each fake
 * follows its provider's contract (../../../shared/specs/PROVIDERS.md); tests steer it with
 * magic words in the prompt, so parallel tests never share switches:
 *   [fail] the job fails · [policy] content refused · [slow] the job takes two minutes ·
 *   [9s] the job takes that many seconds · [big] the video is 50 MB (OpenAI fake) ·
 *   [expire] the finished file is gone (404) · [429] the first create is rate limited ·
 *   [xss] error text is an HTML payload · [notvideo] the "video" is an HTML page ·
 *   [budget] / [action] an Omni interaction stops as budget_exceeded / requires_action (Gemini fake) ·
 *   [failfirst] the first job of that prompt fails, later ones succeed (OpenAI fake).
 * Keys containing "bad" are refused (401-style), "broke" has no credit. Models starting with
 * "retired" are not found. GET /__control/requests lists what was received (for key checks).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const mediaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'media');

/** The fixture files served as generated videos. */
export const media = {
  'sample-a.mp4': { bytes: readFileSync(join(mediaDir, 'sample-a.mp4')), type: 'video/mp4' },
  'sample-b.mp4': { bytes: readFileSync(join(mediaDir, 'sample-b.mp4')), type: 'video/mp4' },
  'sample-c.webm': { bytes: readFileSync(join(mediaDir, 'sample-c.webm')), type: 'video/webm' },
  'thumb.webp': { bytes: readFileSync(join(mediaDir, 'thumb.webp')), type: 'image/webp' },
};

/** A 50 MB MP4 that plays: sample-a followed by a top-level `free` box of zeros (players skip it). */
/** @type {{ bytes: Buffer, type: string } | undefined} */
let big;
export function bigVideo() {
  if (!big) {
    const size = 50 * 1024 * 1024;
    const head = media['sample-a.mp4'].bytes;
    const box = Buffer.alloc(size - head.length);
    box.writeUInt32BE(box.length, 0);
    box.write('free', 4, 'latin1');
    big = { bytes: Buffer.concat([head, box]), type: 'video/mp4' };
  }
  return big;
}

export const xssPayload = '<img src=x onerror="document.title=\'pwned\'">';

const exposed = 'retry-after, retry-after-ms, openai-poll-after-ms, x-request-id';

/** @param {import('node:http').ServerResponse} res */
export function cors(res) {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', exposed);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function json(res, status, body, headers = {}) {
  cors(res);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {keyof typeof media | 'notvideo' | 'big.mp4'} name
 */
export function sendMedia(res, name) {
  cors(res);
  if (name === 'notvideo') {
    res.writeHead(200, { 'content-type': 'video/mp4' });
    res.end('<!doctype html><title>not a video</title><p>Surprise');
    return;
  }
  const file = name === 'big.mp4' ? bigVideo() : media[name];
  res.writeHead(200, { 'content-type': file.type, 'content-length': String(file.bytes.length) });
  res.end(file.bytes);
}

/** @param {import('node:http').IncomingMessage} req */
export function readBody(req) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** @param {string} text */
export function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** How long a job takes, from words in its prompt. @param {string} prompt */
export function jobDurationMs(prompt) {
  const seconds = /\[(\d{1,3})s\]/.exec(prompt);
  if (seconds) return Number(seconds[1]) * 1000;
  return /\[slow\]/.test(prompt) ? 120_000 : 2500;
}

/**
 * Starts a fake: `handle` gets every request that is not CORS preflight or /__control.
 * @param {{ name: string, port: number, handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, body: string, url: URL) => void | Promise<void> }} options
 */
export function startFake({ name, port, handle }) {
  /** @type {{ method: string, url: string, headers: Record<string, string>, body: string, at: number }[]} */
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? `127.0.0.1:${port}`}`);
    if (req.method === 'OPTIONS') {
      cors(res);
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'access-control-allow-headers': 'authorization, content-type, x-goog-api-key',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    if (url.pathname === '/__control/health') return json(res, 200, { ok: true, name });
    if (url.pathname === '/__control/requests') return json(res, 200, log);
    if (url.pathname === '/__control/reset') {
      log.length = 0;
      return json(res, 200, { ok: true });
    }
    const body = await readBody(req);
    /** @type {Record<string, string>} */
    const headers = {};
    for (const h of ['authorization', 'x-goog-api-key', 'content-type', 'origin', 'referer', 'cookie']) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    log.push({ method: req.method ?? 'GET', url: req.url ?? '', headers, body: body.slice(0, 2000), at: Date.now() });
    if (log.length > 5000) log.splice(0, 1000);
    try {
      await handle(req, res, body, url);
    } catch (error) {
      json(res, 500, { error: { message: String(error) } });
    }
  });
  server.listen(port, '127.0.0.1', () => console.log(`fake ${name} on http://127.0.0.1:${port}`));
  return server;
}

/** The port from `--port N` (or the env var), for running a fake on its own. @param {string} envName */
export function portFromArgs(envName) {
  const i = process.argv.indexOf('--port');
  const value = i >= 0 ? process.argv[i + 1] : process.env[envName];
  const port = Number(value);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`give --port or ${envName}`);
  return port;
}
