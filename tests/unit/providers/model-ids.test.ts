import { describe, expect, it } from 'vitest';
import { createProvider } from '../../../src/providers/registry';
import { providerIds, type ProviderId } from '../../../src/providers/types';
import type { GenerationParams } from '../../../src/domain/params';
import { checkParams } from '../../../src/domain/params';
import { capabilitiesFor } from '../../../src/providers/capabilities';

const bases: Record<ProviderId, string> = { openai: 'https://gw.example/v1', gemini: 'https://generativelanguage.googleapis.com/v1beta', fal: 'https://queue.fal.run' };
const params = (provider: ProviderId, model: string): GenerationParams => ({ provider, model, seconds: 8, aspectRatio: '16:9', resolution: '720p' });

const hostile = ['fal-ai/veo3?fal_webhook=https://evil.example/hook', 'fal-ai/veo3#frag', 'fal-ai/%2e%2e/x', '../../interactions', 'veo-3.1/../../files'];

describe.each(providerIds)('%s: a hostile model id is refused before any request', (id) => {
  it.each(hostile)('%s', async (model) => {
    const sent: string[] = [];
    const fetch = (async (url: string) => {
      sent.push(String(url));
      return new Response('{}', { status: 200 });
    }) as typeof globalThis.fetch;
    const provider = createProvider(id, { baseUrl: bases[id], key: 'k-123456', fetch });
    await expect(provider.create({ text: 'a fox', params: params(id, model) })).rejects.toMatchObject({ kind: 'invalidModel', reason: model });
    expect(sent).toEqual([]);
  });
});

describe('the Generate check names a hostile id before anything is sent', () => {
  it('reports the model field with the id as given', () => {
    const model = 'fal-ai/veo3?fal_webhook=https://evil.example/hook';
    expect(checkParams(capabilitiesFor('fal', model), { ...params('fal', model), rawInput: '{}' }, 'a fox')).toContainEqual({
      field: 'model',
      value: model,
      reason: 'invalidId',
      allowed: [],
    });
  });
});
