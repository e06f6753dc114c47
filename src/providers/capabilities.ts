import type { ModelCapabilities } from '../domain/params';
import { falModel, falModels, rawFalCaps } from './fal-models';
import { falImageInputs } from './fal-images';
import type { ProviderId } from './types';

/**
 * What each provider's models accept, as data. Ids are defaults the person can change (models
 * come and go: listModels() asks the provider), so an unknown id gets its provider's defaults.
 * Prices are published list prices per second of output, shown only as estimates.
 */
export interface ProviderInfo {
  id: ProviderId;
  label: string;
  defaultBaseUrl: string;
  defaultModel: string;
  /** Runs at once at this provider (their per-key caps are low). */
  concurrency: number;
  /** Shown in model pickers before the provider's own list is fetched. */
  knownModels: readonly string[];
}

export const providers: Readonly<Record<ProviderId, ProviderInfo>> = {
  gemini: {
    id: 'gemini',
    label: 'Google Gemini',
    defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    defaultModel: 'gemini-omni-1.1-flash',
    concurrency: 2,
    knownModels: ['gemini-omni-1.1-flash', 'veo-3.1-generate-preview', 'veo-3.1-fast-generate-preview'],
  },
  fal: {
    id: 'fal',
    label: 'fal.ai',
    defaultBaseUrl: 'https://queue.fal.run',
    defaultModel: 'fal-ai/kling-video/v2.1/master/text-to-video',
    concurrency: 2,
    knownModels: falModels.map((m) => m.id),
  },
  openai: {
    id: 'openai',
    label: 'OpenAI-compatible',
    defaultBaseUrl: 'https://api.openai.com/v1',
    defaultModel: 'sora-2',
    concurrency: 2,
    knownModels: ['sora-2', 'sora-2-pro'],
  },
};

const sora: ModelCapabilities = {
  durations: [4, 8, 12],
  aspectRatios: ['16:9', '9:16'],
  resolutions: ['720p'],
  audio: 'always',
  negativePrompt: false,
  referenceImage: true,
  // `input_reference` is one image, used as the first frame, at exactly the video's `size`.
  imageInputs: { first: true, last: false, references: 0 },
  imageExactSize: true,
  maxPromptLength: 32_000,
};

const openaiModels: Record<string, ModelCapabilities> = {
  'sora-2': { ...sora, pricePerSecond: { '*': 0.1 } },
  'sora-2-pro': { ...sora, resolutions: ['720p', '1024p'], pricePerSecond: { '720p': 0.3, '1024p': 0.5 } },
};

/** A gateway's own model id: the schema's sizes, price unknown. */
const openaiDefault: ModelCapabilities = { ...sora, resolutions: ['720p', '1024p'] };

const omni: ModelCapabilities = {
  durations: [3, 4, 5, 6, 7, 8, 9, 10],
  aspectRatios: ['16:9', '9:16'],
  resolutions: ['360p', '720p', '1080p', '4k'],
  audio: 'always',
  negativePrompt: false,
  referenceImage: true,
  imageInputs: { first: true, last: true, references: 3 },
  maxPromptLength: 32_000,
};

const veo: ModelCapabilities = {
  durations: [4, 6, 8],
  aspectRatios: ['16:9', '9:16'],
  resolutions: ['720p', '1080p', '4k'],
  resolutionNeedsSeconds: { '1080p': [8], '4k': [8] },
  audio: 'always',
  negativePrompt: true,
  referenceImage: true,
  // Veo 3.1 takes a first frame, a last frame, or up to 3 reference images (not with frames);
  // earlier Veo models take a first frame only (see veoCaps).
  imageInputs: { first: true, last: true, references: 3 },
  imageReferencesAlone: true,
  // Veo takes about 1,024 tokens of prompt.
  maxPromptLength: 4000,
};

const veoPrices: Record<string, number> = {
  'veo-3.1-generate-preview': 0.4,
  'veo-3.1-fast-generate-preview': 0.15,
};

/** True for Gemini models reached through predictLongRunning operations (Veo), not Interactions. */
export function isVeoModel(model: string): boolean {
  return /^(models\/)?veo-/i.test(model);
}

/** What a model accepts at a provider (defaults for an id Laqta does not know). */
export function capabilitiesFor(provider: ProviderId, model: string): ModelCapabilities {
  switch (provider) {
    case 'openai':
      return openaiModels[model] ?? openaiDefault;
    case 'gemini': {
      if (!isVeoModel(model)) return omni;
      const id = model.replace(/^models\//, '');
      const base: ModelCapabilities = /^veo-3\.1/.test(id) ? veo : { ...veo, imageInputs: { first: true, last: false, references: 0 } };
      const price = veoPrices[id];
      return price === undefined ? base : { ...base, pricePerSecond: { '*': price } };
    }
    case 'fal':
      return falImageInputs(model, falModel(model)?.caps ?? rawFalCaps);
  }
}
