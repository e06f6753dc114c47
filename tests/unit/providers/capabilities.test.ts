import { describe, expect, it } from 'vitest';
import { checkParams, fitParams, type GenerationParams } from '../../../src/domain/params';
import { batchCost, estimateCost } from '../../../src/domain/cost';
import { capabilitiesFor, providers } from '../../../src/providers/capabilities';
import { falModels } from '../../../src/providers/fal-models';
import { providerIds } from '../../../src/providers/types';

const params = (p: Partial<GenerationParams>): GenerationParams => ({ provider: 'gemini', model: 'veo-3.1-lite-generate-preview', seconds: 8, aspectRatio: '16:9', resolution: '720p', ...p });

describe('a combination is checked against the model before sending', () => {
  const veo = capabilitiesFor('gemini', 'veo-3.1-lite-generate-preview');

  it('accepts what Veo offers', () => {
    expect(checkParams(veo, params({}), 'a fox')).toEqual([]);
  });

  it('refuses 1080p at 4 s on Veo and says it needs 8 s', () => {
    expect(checkParams(veo, params({ resolution: '1080p', seconds: 4 }), 'a fox')).toEqual([
      { field: 'resolution', value: '1080p', reason: 'needsSeconds', allowed: ['8'] },
    ]);
  });

  it('names the duration and the allowed ones when the model does not offer it', () => {
    expect(checkParams(capabilitiesFor('fal', 'fal-ai/veo3'), params({ provider: 'fal', model: 'fal-ai/veo3', seconds: 5 }), 'x')).toContainEqual({
      field: 'seconds',
      value: '5',
      reason: 'unsupported',
      allowed: ['4', '6', '8'],
    });
  });

  it('refuses a negative prompt for a model without that field', () => {
    const problems = checkParams(capabilitiesFor('fal', 'fal-ai/ltx-2/text-to-video'), params({ provider: 'fal', model: 'fal-ai/ltx-2/text-to-video', negativePrompt: 'blur' }), 'x');
    expect(problems.map((p) => p.field)).toContain('negativePrompt');
  });

  it('refuses an empty prompt and one over the model\'s length limit', () => {
    expect(checkParams(veo, params({}), '   ')[0]?.reason).toBe('empty');
    expect(checkParams(veo, params({}), 'x'.repeat(4001))[0]).toMatchObject({ field: 'text', reason: 'tooLong', allowed: ['4000'] });
  });

  it('asks for a JSON object as the raw input of an unknown fal model', () => {
    const raw = capabilitiesFor('fal', 'someone/new-model');
    expect(checkParams(raw, params({ provider: 'fal', model: 'someone/new-model', rawInput: '[1]' }), 'x')[0]?.reason).toBe('invalidJson');
    expect(checkParams(raw, params({ provider: 'fal', model: 'someone/new-model', rawInput: '{"prompt":"x"}' }), 'x')).toEqual([]);
  });

  it('moves a combination onto the nearest one a newly chosen model accepts', () => {
    const kling = capabilitiesFor('fal', 'fal-ai/kling-video/v2.1/master/text-to-video');
    const fitted = fitParams(kling, params({ seconds: 8, resolution: '720p' }));
    expect(fitted.seconds).toBe(10);
    expect(fitted.resolution).toBe('1080p');
    expect(checkParams(kling, fitted, 'x')).toEqual([]);
  });
});

describe('cost estimate', () => {
  it('is seconds × the published price at that resolution', () => {
    expect(estimateCost(capabilitiesFor('fal', 'bytedance/seedance-2.0/text-to-video'), params({ seconds: 10 }))).toBe(3.034);
    expect(estimateCost(capabilitiesFor('fal', 'fal-ai/veo3.1'), params({ seconds: 8, resolution: '4k' }))).toBe(4.8);
  });

  it('follows the sound switch where silence costs less (Veo 3 and 3.1 on fal, Kling 3)', () => {
    const veo3 = capabilitiesFor('fal', 'fal-ai/veo3');
    expect(estimateCost(veo3, params({ seconds: 8 }))).toBe(3.2);
    expect(estimateCost(veo3, params({ seconds: 8, audio: true }))).toBe(3.2);
    expect(estimateCost(veo3, params({ seconds: 8, audio: false }))).toBe(1.6);
    expect(estimateCost(capabilitiesFor('fal', 'fal-ai/veo3.1'), params({ seconds: 4, resolution: '1080p', audio: false }))).toBe(0.8);
    expect(estimateCost(capabilitiesFor('fal', 'fal-ai/kling-video/v3/standard/text-to-video'), params({ seconds: 5, audio: false }))).toBe(0.42);
  });

  it('is the published price of the whole clip where the provider prices clips (Hailuo 2.3)', () => {
    const hailuo = capabilitiesFor('fal', 'fal-ai/minimax/hailuo-2.3/standard/text-to-video');
    expect(estimateCost(hailuo, params({ seconds: 6, resolution: '768p' }))).toBe(0.28);
    expect(estimateCost(hailuo, params({ seconds: 10, resolution: '768p' }))).toBe(0.56);
  });

  it('is never shown for a retired model, nor for a gateway model whose price Laqta does not know', () => {
    expect(estimateCost(capabilitiesFor('openai', 'sora-2'), params({ seconds: 8 }))).toBeUndefined();
    expect(estimateCost(capabilitiesFor('gemini', 'veo-3.1-generate-preview'), params({ seconds: 8 }))).toBeUndefined();
    expect(estimateCost(capabilitiesFor('openai', 'google/veo-3.1-fast'), params({ seconds: 8 }))).toBeUndefined();
  });

  it('is unknown when no price is published, and a batch counts those apart', () => {
    expect(estimateCost(capabilitiesFor('gemini', 'gemini-omni-1.1-flash'), params({}))).toBeUndefined();
    expect(batchCost([0.8, undefined, 1.2])).toEqual({ total: 2, unknown: 1, count: 3 });
  });
});

describe('capability data', () => {
  it.each(providerIds)('%s: its default and known models have usable capabilities, none of them retired', (id) => {
    for (const model of [providers[id].defaultModel ?? providers[id].knownModels[0], ...providers[id].knownModels]) {
      if (model === undefined) continue;
      expect(capabilitiesFor(id, model).retired).toBeUndefined();
      const caps = capabilitiesFor(id, model);
      expect(caps.durations.length).toBeGreaterThan(0);
      expect(caps.aspectRatios.length).toBeGreaterThan(0);
      expect(caps.resolutions.length).toBeGreaterThan(0);
      for (const needs of Object.values(caps.resolutionNeedsSeconds ?? {})) for (const s of needs) expect(caps.durations).toContain(s);
    }
  });

  it.each(falModels.map((m) => [m.label, m] as const))('fal %s: every mapped field has a capability behind it', (_label, model) => {
    if (model.input.negativePrompt) expect(model.caps.negativePrompt).toBe(true);
    if (model.input.audio) expect(model.caps.audio).toBe('optional');
    if (model.input.resolutionValues) for (const r of model.caps.resolutions) expect(model.input.resolutionValues[r]).toBeTruthy();
    expect(model.id).toMatch(/^[\w.-]+\/[\w./-]+$/);
  });
});

describe('capabilities as data, with dated and sourced prices', () => {
  it.each(falModels.map((m) => [m.id, m] as const))('fal %s: a price has the table date and its fal page; the seed flag matches the mapping', (_id, model) => {
    expect(typeof model.caps.seed).toBe('boolean');
    expect(!!model.input.seed).toBe(model.caps.seed);
    if (model.caps.price) expect(model.caps.price).toMatchObject({ asOf: '2026-12-01', source: `https://fal.ai/models/${model.id}` });
  });

  it('the models added on 2026-12-01 each have a dated, sourced price', () => {
    for (const id of ['fal-ai/veo3.1', 'fal-ai/kling-video/v3/standard/text-to-video', 'bytedance/seedance-2.0/text-to-video', 'fal-ai/minimax/hailuo-2.3/standard/text-to-video', 'fal-ai/veo3'])
      expect(capabilitiesFor('fal', id).price, id).toMatchObject({ asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), source: expect.stringMatching(/^https:\/\/fal\.ai\/models\//) });
  });

  it('Veo 3 on fal takes 4, 6 and 8 s; Hailuo is offered only at the 768p its text-to-video endpoint has', () => {
    expect(capabilitiesFor('fal', 'fal-ai/veo3').durations).toEqual([4, 6, 8]);
    expect(capabilitiesFor('fal', 'fal-ai/minimax/hailuo-2.3/standard/text-to-video')).toMatchObject({ durations: [6, 10], resolutions: ['768p'] });
    expect(capabilitiesFor('fal', 'fal-ai/minimax/hailuo-02/standard/text-to-video').resolutions).toEqual(['768p']);
  });

  it('every known model says whether it takes a seed (Sora and Veo on the Gemini API do not)', () => {
    expect(capabilitiesFor('gemini', 'veo-3.1-lite-generate-preview').seed).toBe(false);
    expect(capabilitiesFor('gemini', 'gemini-omni-1.1-flash').seed).toBe(false);
    expect(capabilitiesFor('openai', 'openai/sora-2').seed).toBe(false);
    expect(capabilitiesFor('fal', 'bytedance/seedance-2.0/text-to-video').seed).toBe(true);
  });

  it('image inputs are data beside the id (first, last, references)', () => {
    expect(capabilitiesFor('gemini', 'gemini-omni-1.1-flash').imageInputs).toEqual({ first: true, last: true, references: 3 });
    expect(capabilitiesFor('gemini', 'veo-3.1-lite-generate-preview').imageInputs).toEqual({ first: true, last: true, references: 3 });
    expect(capabilitiesFor('fal', 'fal-ai/veo3.1').imageInputs).toEqual({ first: true, last: true, references: 0 });
    expect(capabilitiesFor('fal', 'bytedance/seedance-2.0/text-to-video').imageInputs).toEqual({ first: true, last: true, references: 0 });
    expect(capabilitiesFor('fal', 'fal-ai/ltx-2/text-to-video').imageInputs).toBeUndefined();
  });

  it('the OpenAI-compatible provider has no default host and no default model', () => {
    expect(providers.openai.defaultBaseUrl).toBeUndefined();
    expect(providers.openai.defaultModel).toBeUndefined();
    expect(providers.openai.knownModels).toEqual([]);
  });
});

describe('retired ids', () => {
  it.each([
    ['gemini', 'veo-3.1-generate-preview', '2026-10-22', 'gemini-omni-1.1-flash'],
    ['gemini', 'models/veo-3.1-fast-generate-preview', '2026-10-22', 'gemini-omni-1.1-flash'],
    ['openai', 'sora-2', '2026-09-24', undefined],
    ['openai', 'sora-2-pro', '2026-09-24', undefined],
  ] as const)('%s %s is refused before sending, with its date and replacement', (provider, model, since, replacement) => {
    const caps = capabilitiesFor(provider, model);
    expect(caps.retired).toEqual(replacement ? { since, replacement } : { since });
    expect(caps.price).toBeUndefined();
    expect(checkParams(caps, params({ provider, model }), 'a fox')).toEqual([{ field: 'model', value: model, reason: 'retired', allowed: replacement ? [since, replacement] : [since] }]);
  });

  it('a stored prompt naming a retired id keeps its parameters when the model is looked at (nothing is rewritten)', () => {
    const stored = params({ provider: 'gemini', model: 'veo-3.1-generate-preview', seconds: 6 });
    expect(fitParams(capabilitiesFor('gemini', stored.model), stored)).toEqual(stored);
  });
});

describe("a gateway's own model: free seconds and size", () => {
  const free = capabilitiesFor('openai', 'minimax/h3');
  const gw = (p: Partial<GenerationParams>) => params({ provider: 'openai', model: 'minimax/h3', ...p });

  it('is marked as options Laqta does not know, with no price', () => {
    expect(free.freeOptions).toBe(true);
    expect(capabilitiesFor('openai', 'openai/sora-2').freeOptions).toBeUndefined();
  });

  it('accepts any whole number of seconds, a WIDTHxHEIGHT size, or either left out', () => {
    expect(checkParams(free, gw({ seconds: 6 }), 'x')).toEqual([]);
    expect(checkParams(free, gw({ seconds: 15, size: '1280x720' }), 'x')).toEqual([]);
    expect(checkParams(free, gw({ seconds: Number.NaN, secondsOmitted: true }), 'x')).toEqual([]);
  });

  it('refuses seconds that are not a whole number from 1 to 120, and a size that is not WIDTHxHEIGHT', () => {
    expect(checkParams(free, gw({ seconds: 0 }), 'x')).toEqual([{ field: 'seconds', value: '0', reason: 'outOfRange', allowed: ['120'] }]);
    expect(checkParams(free, gw({ seconds: 2.5 }), 'x')[0]?.reason).toBe('outOfRange');
    expect(checkParams(free, gw({ size: '1280×720' }), 'x')).toEqual([{ field: 'size', value: '1280×720', reason: 'invalid', allowed: [] }]);
    expect(checkParams(free, gw({ size: '1280x720&x=1' }), 'x')[0]?.reason).toBe('invalid');
  });

  it('switching to a known model drops the free size and "leave out"', () => {
    const fitted = fitParams(capabilitiesFor('fal', 'fal-ai/veo3'), gw({ provider: 'fal', model: 'fal-ai/veo3', size: '1280x720', secondsOmitted: true }));
    expect(fitted).not.toHaveProperty('size');
    expect(fitted).not.toHaveProperty('secondsOmitted');
  });
});
