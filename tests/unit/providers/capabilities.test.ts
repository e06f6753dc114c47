import { describe, expect, it } from 'vitest';
import { checkParams, fitParams, type GenerationParams } from '../../../src/domain/params';
import { batchCost, estimateCost } from '../../../src/domain/cost';
import { capabilitiesFor, providers } from '../../../src/providers/capabilities';
import { falModels } from '../../../src/providers/fal-models';
import { providerIds } from '../../../src/providers/types';

const params = (p: Partial<GenerationParams>): GenerationParams => ({ provider: 'gemini', model: 'veo-3.1-generate-preview', seconds: 8, aspectRatio: '16:9', resolution: '720p', ...p });

describe('a combination is checked against the model before sending', () => {
  const veo = capabilitiesFor('gemini', 'veo-3.1-generate-preview');

  it('accepts what Veo offers', () => {
    expect(checkParams(veo, params({}), 'a fox')).toEqual([]);
  });

  it('refuses 1080p at 4 s on Veo and says it needs 8 s', () => {
    expect(checkParams(veo, params({ resolution: '1080p', seconds: 4 }), 'a fox')).toEqual([
      { field: 'resolution', value: '1080p', reason: 'needsSeconds', allowed: ['8'] },
    ]);
  });

  it('names the duration and the allowed ones when the model does not offer it', () => {
    expect(checkParams(capabilitiesFor('openai', 'sora-2'), params({ provider: 'openai', model: 'sora-2', seconds: 5 }), 'x')).toContainEqual({
      field: 'seconds',
      value: '5',
      reason: 'unsupported',
      allowed: ['4', '8', '12'],
    });
  });

  it('refuses a negative prompt for a model without that field', () => {
    const problems = checkParams(capabilitiesFor('openai', 'sora-2'), params({ provider: 'openai', model: 'sora-2', negativePrompt: 'blur' }), 'x');
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
    expect(estimateCost(capabilitiesFor('openai', 'sora-2'), params({ seconds: 8 }))).toBe(0.8);
    expect(estimateCost(capabilitiesFor('openai', 'sora-2-pro'), params({ seconds: 12, resolution: '1024p' }))).toBe(6);
  });

  it('is unknown when no price is published, and a batch counts those apart', () => {
    expect(estimateCost(capabilitiesFor('gemini', 'gemini-omni-1.1-flash'), params({}))).toBeUndefined();
    expect(batchCost([0.8, undefined, 1.2])).toEqual({ total: 2, unknown: 1, count: 3 });
  });
});

describe('capability data', () => {
  it.each(providerIds)('%s: its default and known models have usable capabilities', (id) => {
    for (const model of [providers[id].defaultModel, ...providers[id].knownModels]) {
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
