import { describe, expect, it, vi } from 'vitest';
import { assertSameOrigin, call, redact, retryAfterMs, retryDelayMs, shouldRetry } from '../../../src/providers/http';
import { classifyOpenAI } from '../../../src/providers/openai-videos';
import { ProviderError } from '../../../src/providers/types';

const noSleep = vi.fn(async () => undefined);

function answers(...responses: (Response | Error)[]) {
  const fetch = vi.fn(async () => {
    const next = responses.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  });
  return fetch as unknown as typeof globalThis.fetch & typeof fetch;
}

const oaiError = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error: { message: code, type: 'x', param: null, code } }), { status, headers });

describe('retry policy', () => {
  it.each([
    ['read', 'network', undefined, true],
    ['read', 'server', 503, true],
    ['read', 'rateLimit', 429, true],
    ['read', 'quota', 429, false],
    ['read', 'auth', 401, false],
    ['read', 'badRequest', 400, false],
    ['create', 'rateLimit', 429, true],
    ['create', 'quota', 429, false],
    ['create', 'server', 500, false],
    ['create', 'server', 503, false],
    ['create', 'network', undefined, false],
  ] as const)('a %s failing with %s (%s) is retried: %s', (phase, kind, status, expected) => {
    expect(shouldRetry(phase, new ProviderError(kind, status ? { status } : {}))).toBe(expected);
  });

  it('waits what the provider asks: retry-after-ms first, then retry-after seconds or date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 26 Nov 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({}))).toBeUndefined();
  });

  it('backs off from 0.5 s doubling to at most 8 s, with up to 25 % jitter, when there is no hint', () => {
    expect(retryDelayMs(0, undefined, () => 0)).toBe(500);
    expect(retryDelayMs(1, undefined, () => 0)).toBe(1000);
    expect(retryDelayMs(10, undefined, () => 0)).toBe(8000);
    expect(retryDelayMs(0, undefined, () => 1)).toBe(375);
    expect(retryDelayMs(0, 1500)).toBe(1500);
    expect(retryDelayMs(0, 120_000, () => 0)).toBe(500);
  });
});

describe('call', () => {
  const base = { url: 'https://api.example/v1/videos', classify: classifyOpenAI, sleep: noSleep, random: () => 0 };

  it('retries a read twice on 503 and then reports the server failure', async () => {
    const fetch = answers(oaiError(503, 'busy'), oaiError(503, 'busy'), oaiError(503, 'busy'));
    await expect(call({ ...base, phase: 'read', fetch })).rejects.toMatchObject({ kind: 'server', status: 503 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('never repeats a create that failed with a 5xx (it may have been accepted)', async () => {
    const fetch = answers(oaiError(500, 'oops'), new Response('{}'));
    await expect(call({ ...base, phase: 'create', method: 'POST', fetch })).rejects.toMatchObject({ kind: 'server' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('never repeats a create whose connection was lost', async () => {
    const fetch = answers(new TypeError('Failed to fetch'), new Response('{}'));
    await expect(call({ ...base, phase: 'create', method: 'POST', fetch })).rejects.toMatchObject({ kind: 'network' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('repeats a create refused with 429 rate_limit_exceeded after the retry-after wait', async () => {
    const sleep = vi.fn(async () => undefined);
    const fetch = answers(oaiError(429, 'rate_limit_exceeded', { 'retry-after': '1' }), new Response('{"id":"v"}'));
    const response = await call({ ...base, phase: 'create', method: 'POST', fetch, sleep });
    expect(response.ok).toBe(true);
    expect(sleep).toHaveBeenCalledWith(1000, undefined);
  });

  it('does not repeat a 429 insufficient_quota: no credit is not a rate limit', async () => {
    const fetch = answers(oaiError(429, 'insufficient_quota'), new Response('{}'));
    await expect(call({ ...base, phase: 'create', method: 'POST', fetch })).rejects.toMatchObject({ kind: 'quota' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('scrubs the key from anything it keeps', async () => {
    const fetch = answers(new Response('{"error":{"message":"bad key sk-canary-123 given","code":"invalid_api_key"}}', { status: 401 }));
    const error = (await call({ ...base, phase: 'read', fetch, secret: 'sk-canary-123' }).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('auth');
    expect(error.raw).not.toContain('sk-canary-123');
    expect(redact('a sk-canary-123 b', 'sk-canary-123')).toBe('a ••• b');
  });
});

describe('key origin', () => {
  it('refuses to build a keyed request for another origin than the configured one', () => {
    expect(() => assertSameOrigin('https://api.example/v1', 'https://api.example/v1/videos')).not.toThrow();
    expect(() => assertSameOrigin('https://api.example/v1', 'https://evil.example/v1/videos')).toThrow();
  });
});
