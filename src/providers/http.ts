import { isValidModelId } from '../domain/model-id';
import { retirementOf } from './capabilities';
import { ProviderError, type ProviderErrorKind, type ProviderId } from './types';

/**
 * `read` calls (poll, list, download, cancel) are safe to repeat. A `create` may cost money: it is
 * repeated only when the provider said plainly it did not take it (429 rate limit), never after a
 * timeout, a lost connection or a 5xx, where it may have been accepted.
 */
export type CallPhase = 'create' | 'read';

export const retryPolicy = {
  retries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  /** Longest server-asked wait we honour; a longer one is treated as "give up for now". */
  maxRetryAfterMs: 60_000,
  timeoutMs: 60_000,
} as const;

/** Statuses worth repeating a read for (the official OpenAI SDK's list). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Whether this failure may be retried in this phase. */
export function shouldRetry(phase: CallPhase, error: ProviderError): boolean {
  if (phase === 'create') return error.kind === 'rateLimit' && error.status === 429;
  if (error.kind === 'network') return true;
  return error.status !== undefined && isRetryableStatus(error.status) && error.kind !== 'quota';
}

/** The provider's own wait hint (`retry-after-ms`, then `retry-after` in seconds or as a date), if sane. */
export function retryAfterMs(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const after = headers.get('retry-after');
  if (!after) return undefined;
  const seconds = Number.parseFloat(after);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(after);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/** Wait before retry number `attempt` (0-based): the provider's hint when within 0-60 s, else 0.5 s doubling to 8 s, minus up to 25 % jitter. */
export function retryDelayMs(attempt: number, hintMs: number | undefined, random: () => number = Math.random): number {
  if (hintMs !== undefined && hintMs >= 0 && hintMs <= retryPolicy.maxRetryAfterMs) return hintMs;
  const backoff = Math.min(retryPolicy.baseDelayMs * 2 ** attempt, retryPolicy.maxDelayMs);
  return backoff * (1 - random() * 0.25);
}

/** The key goes only to the origin the person configured for that provider; anything else is a bug. */
export function assertSameOrigin(baseUrl: string, url: string): void {
  if (new URL(url).origin !== new URL(baseUrl).origin) throw new Error('refusing to send a provider key to another origin');
}

/** Joins a base URL ("https://host/v1/") and a path ("/videos") with exactly one slash. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Removes every occurrence of the key from text that will be kept or shown. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('•••');
}

export type Classifier = (status: number, body: string, headers: Headers) => ProviderError;

export interface CallOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** A string (JSON) or FormData (multipart: the browser sets the boundary); both can be sent again on a retry. */
  body?: string | FormData;
  phase: CallPhase;
  signal?: AbortSignal | undefined;
  classify: Classifier;
  /** The key, only to scrub it from anything kept. */
  secret?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  timeoutMs?: number;
}

/** Fetch with a timeout, typed errors and the retry policy above; resolves with an OK response. */
export async function call(options: CallOptions): Promise<Response> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 0; ; attempt++) {
    let error: ProviderError;
    try {
      const response = await fetchWithTimeout(doFetch, options);
      if (response.ok) return response;
      const body = redact(await readText(response), options.secret);
      error = options.classify(response.status, body, response.headers);
    } catch (thrown) {
      if (thrown instanceof ProviderError) throw thrown;
      if (options.signal?.aborted) throw new ProviderError('aborted');
      error = new ProviderError('network', { raw: redact(String((thrown as Error)?.message ?? thrown), options.secret) });
    }
    if (attempt >= retryPolicy.retries || !shouldRetry(options.phase, error)) throw error;
    if (error.retryAfterMs !== undefined && error.retryAfterMs > retryPolicy.maxRetryAfterMs) throw error;
    await sleep(retryDelayMs(attempt, error.retryAfterMs, options.random), options.signal);
  }
}

/**
 * Reads a JSON body, failing as `unknown` with the text kept when it is not JSON. A 200 can carry
 * the key too (a failure echoed in a job's status), so every string in it is scrubbed of the key.
 */
export async function readJson<T>(response: Response, secret?: string): Promise<T> {
  const text = await response.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProviderError('unknown', { status: response.status, raw: redact(text.slice(0, 4000), secret) });
  }
  return scrub(value, secret) as T;
}

/** A copy of a parsed JSON value with the key removed from every string (keys of objects too). */
export function scrub(value: unknown, secret: string | undefined): unknown {
  if (!secret || secret.length < 4) return value;
  if (typeof value === 'string') return redact(value, secret);
  if (Array.isArray(value)) return value.map((v) => scrub(v, secret));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redact(k, secret)] = scrub(v, secret);
    return out;
  }
  return value;
}

/** Refuses, before anything is sent, a model id that is not plain data (see domain/model-id). */
export function assertModelId(model: string): void {
  if (!isValidModelId(model)) throw new ProviderError('invalidModel', { reason: model.slice(0, 200) });
}

/** Refuses, before anything is sent, a model its provider shut down (the run shows why). */
export function assertNotRetired(provider: ProviderId, model: string): void {
  if (retirementOf(provider, model)) throw new ProviderError('retired', { reason: model });
}

async function fetchWithTimeout(doFetch: typeof fetch, options: CallOptions): Promise<Response> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? retryPolicy.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  return doFetch(options.url, {
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    signal,
    // Provider calls never carry cookies, and never follow us to the referring page.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
}

async function readText(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, 4000);
  } catch {
    return '';
  }
}

/** Sleeps, waking early (rejected as `aborted`) if the signal fires. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ProviderError('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ProviderError('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The generic status → kind mapping every provider starts from. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 402) return 'quota';
  if (status === 404 || status === 410) return 'notFound';
  if (status === 429) return 'rateLimit';
  if (status === 400 || status === 409 || status === 413 || status === 422) return 'badRequest';
  if (status >= 500 || status === 408) return 'server';
  return 'unknown';
}

/** Parses a JSON body if it is one. */
export function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Fetches media bytes (no retries beyond the policy; 404/410 on a finished job means the file expired). */
export async function fetchMedia(options: Omit<CallOptions, 'phase' | 'classify'> & { classify?: Classifier }): Promise<Blob> {
  const response = await call({
    ...options,
    phase: 'read',
    classify:
      options.classify ??
      ((status, body, headers) => {
        const kind = status === 404 || status === 410 || status === 403 ? 'expired' : kindForStatus(status);
        return new ProviderError(kind, { status, raw: body, retryAfterMs: retryAfterMs(headers) });
      }),
  });
  return response.blob();
}
