/**
 * Generation parameters: what the provider's API takes as fields, never written into the prose
 * (a model ignores "make it 8 seconds" in the text). The provider layer checks them against
 * each model's capabilities before anything is sent.
 */
export interface GenerationParams {
  provider: string;
  model: string;
  seconds: number;
  aspectRatio: string;
  resolution: string;
}

export function defaultParams(): GenerationParams {
  return { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 8, aspectRatio: '16:9', resolution: '720p' };
}
