import { describe, expect, it, vi } from 'vitest';
import { downloadKeyed, fileNameOf, waitUntilActive, type GeminiFile } from '../../../src/providers/gemini-files';
import { createGeminiProvider, classifyGemini } from '../../../src/providers/gemini';
import { ProviderError } from '../../../src/providers/types';

const base = 'https://generativelanguage.googleapis.com/v1beta';
const own = new URL(base).origin;
const key = 'AIza-secret-key-123';

interface Seen {
  url: string;
  headers: Record<string, string>;
  redirect: RequestRedirect | undefined;
}

/** A fetch that answers from a table of url → Response (or thrower), recording what each request carried. */
function fakeFetch(routes: Record<string, () => Response>) {
  const seen: Seen[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    seen.push({ url, headers: Object.fromEntries(new Headers(init?.headers).entries()), redirect: init?.redirect });
    const route = routes[url];
    if (!route) return new Response('{"error":{"code":404,"message":"no route","status":"NOT_FOUND"}}', { status: 404 });
    return route();
  });
  return { fetch: fn as unknown as typeof fetch, seen };
}

const mp4 = () => new Response(new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]), { status: 200, headers: { 'content-type': 'video/mp4' } });
const redirectTo = (location: string) => () => new Response(null, { status: 302, headers: { location } });
const fileJson = (state: string, extra: Record<string, unknown> = {}) => () => new Response(JSON.stringify({ name: 'files/abc123', state, ...extra }), { status: 200 });

describe('fileNameOf: which file a video uri names (js-genai tFileName)', () => {
  it('reads files/{id} from the provider\'s own download and file links', () => {
    expect(fileNameOf(`${base}/files/abc123:download?alt=media`, base)).toBe('files/abc123');
    expect(fileNameOf(`${base}/files/ab-12`, base)).toBe('files/ab-12');
  });
  it('names nothing on another origin, or for an id that is not plain', () => {
    expect(fileNameOf('https://storage.example.com/v1beta/files/abc123', base)).toBeUndefined();
    expect(fileNameOf(`${base}/files/ABC%2F..`, base)).toBeUndefined();
    expect(fileNameOf('not a url', base)).toBeUndefined();
  });
});

describe('waitUntilActive: a file is polled until ACTIVE', () => {
  it('PROCESSING, PROCESSING, ACTIVE: waits twice with growing sleeps, then returns the file', async () => {
    const states = ['PROCESSING', 'PROCESSING', 'ACTIVE'];
    const get = vi.fn(async (): Promise<GeminiFile> => ({ name: 'files/x', state: states.shift()! }));
    const sleeps: number[] = [];
    const file = await waitUntilActive({ get, sleep: async (ms) => void sleeps.push(ms), now: () => 0 });
    expect(file.state).toBe('ACTIVE');
    expect(get).toHaveBeenCalledTimes(3);
    expect(sleeps).toEqual([1000, 1600]);
  });

  it('FAILED is fileFailed with Google\'s own words', async () => {
    await expect(waitUntilActive({ get: async () => ({ state: 'FAILED', error: { code: 13, message: 'Transcoding failed.' } }), sleep: async () => {} })).rejects.toMatchObject({
      kind: 'fileFailed',
      reason: 'Transcoding failed.',
    });
  });

  it('still PROCESSING when the time budget runs out is fileNotReady, not "expired"', async () => {
    let clock = 0;
    const error = await waitUntilActive({ get: async () => ({ state: 'PROCESSING' }), sleep: async (ms) => void (clock += ms), now: () => clock, budgetMs: 20_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'fileNotReady' });
    expect(clock).toBeLessThanOrEqual(20_000);
  });
});

describe('downloadKeyed: the key in a header, never in a URL, never to another origin', () => {
  it('sends x-goog-api-key in the header and no key in the URL', async () => {
    const url = `${base}/files/abc123:download?alt=media`;
    const { fetch, seen } = fakeFetch({ [url]: mp4 });
    const blob = await downloadKeyed({ url, ownOrigin: own, key, fetch, classify: classifyGemini });
    expect(blob.size).toBe(12);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers['x-goog-api-key']).toBe(key);
    expect(seen[0]!.url).not.toContain(key);
    expect(seen[0]!.redirect).toBe('manual');
  });

  it('follows a redirect to another origin without the key', async () => {
    const url = `${base}/files/abc123:download?alt=media`;
    const storage = 'https://storage.example.com/blob/abc123?sig=s1';
    const { fetch, seen } = fakeFetch({ [url]: redirectTo(storage), [storage]: mp4 });
    await downloadKeyed({ url, ownOrigin: own, key, fetch, classify: classifyGemini });
    expect(seen.map((s) => s.url)).toEqual([url, storage]);
    expect(seen[1]!.headers).not.toHaveProperty('x-goog-api-key');
    expect(JSON.stringify(seen[1])).not.toContain(key);
  });

  it('keeps the key across a redirect that stays on the provider\'s origin', async () => {
    const url = `${base}/files/abc123:download?alt=media`;
    const next = `${own}/download/v1beta/files/abc123:download?alt=media`;
    const { fetch, seen } = fakeFetch({ [url]: redirectTo(next), [next]: mp4 });
    await downloadKeyed({ url, ownOrigin: own, key, fetch, classify: classifyGemini });
    expect(seen[1]!.headers['x-goog-api-key']).toBe(key);
  });

  it('a redirect the browser hides (opaqueredirect) is not followed with the key: notStored', async () => {
    const url = `${base}/files/abc123:download?alt=media`;
    const opaque = () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    const { fetch, seen } = fakeFetch({ [url]: opaque });
    await expect(downloadKeyed({ url, ownOrigin: own, key, fetch, classify: classifyGemini })).rejects.toMatchObject({ kind: 'notStored' });
    expect(seen).toHaveLength(1);
  });

  it('CORS refusal of the keyless link: notStored, with that link kept so the clip still plays', async () => {
    const url = `${base}/files/abc123:download?alt=media`;
    const storage = 'https://storage.example.com/blob/abc123?sig=s1';
    const { fetch } = fakeFetch({
      [url]: redirectTo(storage),
      [storage]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const error = (await downloadKeyed({ url, ownOrigin: own, key, fetch, classify: classifyGemini }).catch((e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.kind).toBe('notStored');
    expect(error.playUrl).toBe(storage);
  });
});

describe('Gemini adapter download: file state first, then bytes', () => {
  const fileUrl = `${base}/files/abc123`;
  const downloadUrl = `${base}/files/abc123:download?alt=media`;

  it('waits for PROCESSING → ACTIVE before downloading (no early download, no "expired")', async () => {
    const states = ['PROCESSING', 'ACTIVE'];
    const { fetch, seen } = fakeFetch({ [fileUrl]: () => fileJson(states.shift()!)(), [downloadUrl]: mp4 });
    const p = createGeminiProvider({ baseUrl: base, key, fetch }, { sleep: async () => {}, now: () => 0 });
    const got = await p.download({ id: 'models/veo/operations/1', kind: 'operation' }, { videoUrl: downloadUrl });
    expect(got.video.size).toBe(12);
    expect(seen.map((s) => s.url)).toEqual([fileUrl, fileUrl, downloadUrl]);
    expect(seen.every((s) => !s.url.includes(key))).toBe(true);
  });

  it('a FAILED file is a clear failure, never downloaded', async () => {
    const { fetch, seen } = fakeFetch({ [fileUrl]: fileJson('FAILED', { error: { code: 13, message: 'Could not process the video.' } }), [downloadUrl]: mp4 });
    const p = createGeminiProvider({ baseUrl: base, key, fetch }, { sleep: async () => {} });
    await expect(p.download({ id: 'op', kind: 'operation' }, { videoUrl: downloadUrl })).rejects.toMatchObject({ kind: 'fileFailed', reason: 'Could not process the video.' });
    expect(seen.map((s) => s.url)).not.toContain(downloadUrl);
  });

  it('a file that is gone (404 on files.get) has expired', async () => {
    const { fetch } = fakeFetch({});
    const p = createGeminiProvider({ baseUrl: base, key, fetch }, { sleep: async () => {} });
    await expect(p.download({ id: 'op', kind: 'operation' }, { videoUrl: downloadUrl })).rejects.toMatchObject({ kind: 'expired' });
  });

  it('Omni: a clip the browser will not fetch by its link is read inline from the interaction instead', async () => {
    const opaque = () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    const inline = btoa(String.fromCharCode(0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70));
    const interaction = () => new Response(JSON.stringify({ id: 'int_1', status: 'completed', steps: [{ type: 'model_output', content: [{ type: 'video', data: inline, mime_type: 'video/mp4' }] }] }));
    const { fetch } = fakeFetch({ [fileUrl]: fileJson('ACTIVE'), [downloadUrl]: opaque, [`${base}/interactions/int_1`]: interaction });
    const p = createGeminiProvider({ baseUrl: base, key, fetch }, { sleep: async () => {} });
    const got = await p.download({ id: 'int_1', kind: 'interaction' }, { videoUrl: downloadUrl });
    expect(got.video.size).toBe(8);
  });
});
