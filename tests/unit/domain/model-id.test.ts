import { describe, expect, it } from 'vitest';
import { isValidModelId, modelPath } from '../../../src/domain/model-id';

describe('a model id is plain data', () => {
  it.each([
    'gemini-omni-1.1-flash',
    'veo-3.1-generate-preview',
    'fal-ai/kling-video/v3/standard/text-to-video',
    'google/veo-3.1-fast',
    'models/veo-3.0-generate-001',
    'bytedance/seedance-2.0/text-to-video',
  ])('accepts %s', (id) => {
    expect(isValidModelId(id)).toBe(true);
  });

  it.each([
    ['a query', 'fal-ai/veo3?fal_webhook=https://evil.example/hook'],
    ['a fragment', 'fal-ai/veo3#x'],
    ['a percent escape', 'fal-ai/%2e%2e/other'],
    ['a parent step', 'fal-ai/../../interactions'],
    ['a parent step at the start', '../models'],
    ['a lone dot segment', 'fal-ai/./veo3'],
    ['a leading slash', '/fal-ai/veo3'],
    ['a trailing slash', 'fal-ai/veo3/'],
    ['an empty segment', 'fal-ai//veo3'],
    ['a colon (another method)', 'veo-3:predict'],
    ['a space', 'sora 2'],
    ['a backslash', 'fal-ai\\veo3'],
    ['an empty id', ''],
    ['a scheme', 'https://evil.example/x'],
    ['an over-long id', `a${'b'.repeat(200)}`],
  ])('refuses %s', (_why, id) => {
    expect(isValidModelId(id)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isValidModelId(undefined)).toBe(false);
    expect(isValidModelId(42)).toBe(false);
  });

  it('encodes a path segment by segment (valid ids stay as they are)', () => {
    expect(modelPath('fal-ai/kling-video/v3')).toBe('fal-ai/kling-video/v3');
    expect(modelPath('a?b/c#d')).toBe('a%3Fb/c%23d');
  });
});
