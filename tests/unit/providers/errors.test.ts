import { describe, expect, it } from 'vitest';
import { classifyOpenAI } from '../../../src/providers/openai-videos';
import { classifyGemini } from '../../../src/providers/gemini';
import { classifyFal } from '../../../src/providers/fal';
import { en } from '../../../src/i18n/messages/run';
import { ar } from '../../../src/i18n/messages/run.ar';
import { runErrorKinds, runErrorMessageKey } from '../../../src/providers/errors';

const h = new Headers();
const oai = (status: number, code: string | null, message = 'm') => classifyOpenAI(status, JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code } }), h);
const goog = (status: number, message: string, reason?: string) =>
  classifyGemini(status, JSON.stringify({ error: { code: status, message, status: 'X', ...(reason ? { details: [{ reason }] } : {}) } }), h);
const fal = (status: number, detail: unknown) => classifyFal(status, JSON.stringify({ detail }), h);

describe('provider answers become kinds', () => {
  it.each([
    ['OpenAI 401 invalid_api_key', oai(401, 'invalid_api_key'), 'auth'],
    ['OpenAI 429 insufficient_quota', oai(429, 'insufficient_quota'), 'quota'],
    ['OpenAI 429 rate_limit_exceeded', oai(429, 'rate_limit_exceeded'), 'rateLimit'],
    ['OpenAI 400 moderation_blocked', oai(400, 'moderation_blocked'), 'policy'],
    ['OpenAI 404 model_not_found', oai(404, 'model_not_found', 'The model `sora-2` does not exist'), 'notFound'],
    ['OpenAI 400 invalid_type', oai(400, 'invalid_type'), 'badRequest'],
    ['OpenAI 503', oai(503, null), 'server'],
    ['Gemini 400 API_KEY_INVALID', goog(400, 'API key not valid.', 'API_KEY_INVALID'), 'auth'],
    ['Gemini 403 PERMISSION_DENIED', goog(403, 'Method does not allow unregistered callers'), 'auth'],
    ['Gemini 404 model not found', goog(404, 'models/veo-2 is not found'), 'notFound'],
    ['Gemini 429 per-minute', goog(429, 'Resource has been exhausted (e.g. check quota).'), 'rateLimit'],
    ['Gemini 429 credits depleted', goog(429, 'Your prepayment credits are depleted. Check billing.'), 'quota'],
    ['fal 401', fal(401, 'Invalid API key'), 'auth'],
    ['fal 403 exhausted balance', fal(403, 'User is locked. Reason: Exhausted balance.'), 'quota'],
    ['fal 422 content policy', fal(422, [{ loc: ['body', 'prompt'], msg: 'flagged', type: 'content_policy_violation' }]), 'policy'],
    ['fal 422 validation', fal(422, [{ loc: ['body', 'duration'], msg: "Input should be '5' or '10'", type: 'enum' }]), 'badRequest'],
  ])('%s → %s', (_name, error, kind) => {
    expect(error.kind).toBe(kind);
  });

  it('keeps the provider\'s own reason for a policy refusal', () => {
    expect(fal(422, [{ msg: 'graphic violence', type: 'content_policy_violation' }]).reason).toBe('graphic violence');
  });
});

describe('every failure kind has one sentence in English and Arabic', () => {
  it.each(runErrorKinds)('%s', (kind) => {
    const key = runErrorMessageKey(kind);
    expect(en[key as keyof typeof en]).toBeTruthy();
    expect(ar[key as keyof typeof ar]).toBeTruthy();
    expect(ar[key as keyof typeof ar]).not.toBe(en[key as keyof typeof en]);
  });

  it('R27: names the provider when a model is gone', () => {
    expect(en['run.error.notFound']).toContain('{provider}');
    expect(en['run.error.notFound']).toMatch(/no longer available at/);
  });
});
