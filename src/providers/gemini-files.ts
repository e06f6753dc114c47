import { abortableSleep, redact, type Classifier } from './http';
import { ProviderError } from './types';

/**
 * Gemini's generated files: a video uri points at a File (`files/{id}`) that must be ACTIVE
 * before its bytes can be fetched (js-genai `FileState`: STATE_UNSPECIFIED, PROCESSING, ACTIVE,
 * FAILED; `files.get` is `GET files/{id}`, the bytes `GET files/{id}:download?alt=media`).
 */
export type FileState = 'STATE_UNSPECIFIED' | 'PROCESSING' | 'ACTIVE' | 'FAILED' | (string & {});

export interface GeminiFile {
  name?: string;
  uri?: string;
  downloadUri?: string;
  mimeType?: string;
  state?: FileState;
  error?: { code?: number; message?: string };
}

/** Waits between `files.get` looks: 1 s growing to 8 s; a file still PROCESSING after the budget is a failure. */
export const fileWait = { firstMs: 1000, factor: 1.6, maxMs: 8000, budgetMs: 10 * 60_000 } as const;

/**
 * The `files/{id}` a video uri names, when it is one of the provider's own file links
 * (`…/files/abc123:download?alt=media`, `…/files/abc123`); undefined for any other link.
 * Like js-genai's tFileName: the id is the lowercase letters, digits and dashes after `files/`.
 */
export function fileNameOf(uri: string, baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(baseUrl).origin) return undefined;
  const id = /\/files\/([a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)(?::download)?$/.exec(url.pathname)?.[1];
  return id ? `files/${id}` : undefined;
}

export interface WaitOptions {
  /** `files.get`: one look at the file. */
  get: (signal?: AbortSignal) => Promise<GeminiFile>;
  signal?: AbortSignal | undefined;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  budgetMs?: number;
}

/**
 * Looks at a file until it is ACTIVE. FAILED is `fileFailed` with Google's words; a file still
 * PROCESSING when the budget runs out is `fileNotReady`. A missing or unspecified state counts
 * as ready (older answers carry none), and the download says the rest.
 */
export async function waitUntilActive(options: WaitOptions): Promise<GeminiFile> {
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + (options.budgetMs ?? fileWait.budgetMs);
  for (let n = 0; ; n++) {
    const file = await options.get(options.signal);
    if (file.state === 'FAILED') {
      const reason = file.error?.message;
      throw new ProviderError('fileFailed', { raw: JSON.stringify(file).slice(0, 4000), ...(reason ? { reason } : {}) });
    }
    if (file.state !== 'PROCESSING') return file;
    const wait = Math.min(fileWait.firstMs * fileWait.factor ** n, fileWait.maxMs);
    if (now() + wait > deadline) throw new ProviderError('fileNotReady', { raw: JSON.stringify(file).slice(0, 4000) });
    await sleep(wait, options.signal);
  }
}

export interface KeyedDownload {
  url: string;
  /** The origin the key may go to (the configured base URL's). */
  ownOrigin: string;
  key: string;
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch;
  classify: Classifier;
}

const maxHops = 5;

/**
 * Fetches a provider file with the key in the `x-goog-api-key` header, never in the URL. Redirects
 * are followed by hand (`redirect: 'manual'`): to the provider's own origin with the key, anywhere
 * else without it. A browser hides a cross-origin redirect's target (an `opaqueredirect`), and
 * following it blind would carry the header there, so that is `notStored`; so is a keyless link
 * the browser refuses to read (CORS), which is kept as `playUrl` so the clip can still be watched.
 */
export async function downloadKeyed(options: KeyedDownload): Promise<Blob> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let url = options.url;
  for (let hop = 0; hop <= maxHops; hop++) {
    const own = new URL(url).origin === options.ownOrigin;
    if (!own) return fetchKeyless(doFetch, url, options);
    const response = await keyedFetch(doFetch, url, options);
    if (response.type === 'opaqueredirect') throw new ProviderError('notStored', { raw: 'the browser hid where the file redirects to, so it was not followed with the key' });
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) throw new ProviderError('notStored', { raw: `a ${response.status} without a location` });
      url = new URL(location, url).toString();
      continue;
    }
    return response.blob();
  }
  throw new ProviderError('notStored', { raw: 'too many redirects' });
}

/** One request to the provider's own origin, with the key, redirects left to the caller. */
async function keyedFetch(doFetch: typeof fetch, url: string, options: KeyedDownload): Promise<Response> {
  let response: Response;
  try {
    response = await doFetch(url, {
      headers: { 'x-goog-api-key': options.key },
      redirect: 'manual',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw new ProviderError('aborted');
    throw new ProviderError('network', { raw: redact(String((error as Error)?.message ?? error), options.key) });
  }
  if (response.ok || response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return response;
  throw options.classify(response.status, redact(await response.text().catch(() => ''), options.key), response.headers);
}

async function fetchKeyless(doFetch: typeof fetch, url: string, options: KeyedDownload): Promise<Blob> {
  let response: Response;
  try {
    response = await doFetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow', ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    if (options.signal?.aborted) throw new ProviderError('aborted');
    // A link the page may open but not read: CORS refused it (or the network failed).
    throw new ProviderError('notStored', { raw: redact(String((error as Error)?.message ?? error), options.key), playUrl: redact(url, options.key) });
  }
  if (!response.ok) throw options.classify(response.status, redact(await response.text().catch(() => ''), options.key), response.headers);
  return response.blob();
}
