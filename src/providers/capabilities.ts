import type { ModelCapabilities, Retirement } from '../domain/params';
import { falModel, falModels, rawFalCaps } from './fal-models';
import { falImageInputs } from './fal-images';
import type { ProviderId } from './types';

/**
 * What each provider's models accept, as data beside their ids. Model choices come from the
 * provider's own list (Settings → "List models"); the ids here are only what Laqta knows about.
 * Prices carry the day they were read and the page they came from: they are estimates.
 */
export interface ProviderInfo {
  id: ProviderId;
  label: string;
  /** Where the provider lives; undefined for an OpenAI-compatible gateway (the person enters theirs). */
  defaultBaseUrl: string | undefined;
  /** The model chosen before the person picks one; undefined when there is no sensible default. */
  defaultModel: string | undefined;
  /** Runs at once at this provider (their per-key caps are low). */
  concurrency: number;
  /** Shown in model pickers until the provider's own list is fetched (never a retired id). */
  knownModels: readonly string[];
}

export const providers: Readonly<Record<ProviderId, ProviderInfo>> = {
  gemini: {
    id: 'gemini',
    label: 'Google Gemini',
    defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    defaultModel: 'gemini-omni-1.1-flash',
    concurrency: 2,
    knownModels: ['gemini-omni-1.1-flash'],
  },
  fal: {
    id: 'fal',
    label: 'fal.ai',
    defaultBaseUrl: 'https://queue.fal.run',
    defaultModel: 'fal-ai/veo3.1',
    concurrency: 2,
    knownModels: falModels.filter((m) => !m.caps.retired).map((m) => m.id),
  },
  openai: {
    id: 'openai',
    label: 'OpenAI-compatible',
    // api.openai.com shut its Videos API down on 2026-09-24: only gateways serve it now.
    defaultBaseUrl: undefined,
    defaultModel: undefined,
    concurrency: 2,
    knownModels: [],
  },
};

/**
 * Ids their provider shut down, with the day and what the provider names instead. Stored prompts
 * that name one still load; a run naming one is refused before anything is sent.
 */
export const retiredModels: Readonly<Record<ProviderId, Readonly<Record<string, Retirement>>>> = {
  gemini: {
    'veo-3.1-generate-preview': { since: '2026-10-22', replacement: 'gemini-omni-1.1-flash' },
    'veo-3.1-fast-generate-preview': { since: '2026-10-22', replacement: 'gemini-omni-1.1-flash' },
  },
  openai: {
    'sora-2': { since: '2026-09-24' },
    'sora-2-pro': { since: '2026-09-24' },
    'sora-2-2025-10-06': { since: '2026-09-24' },
    'sora-2-pro-2025-10-06': { since: '2026-09-24' },
    'sora-2-2025-12-08': { since: '2026-09-24' },
  },
  fal: {},
};

/** The retirement of an id at a provider, if its provider shut it down. */
export function retirementOf(provider: ProviderId, model: string): Retirement | undefined {
  const id = provider === 'gemini' ? model.replace(/^models\//, '') : model;
  return Object.hasOwn(retiredModels[provider], id) ? retiredModels[provider][id] : (falModel(id)?.caps.retired ?? undefined);
}

/** Sora's fixed enums (the Videos API schema): they apply to Sora ids only. */
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
  seed: false,
  maxPromptLength: 32_000,
};

/** True for an id of OpenAI's Sora family, bare or under a gateway's prefix ("openai/sora-2"). */
export function isSoraModel(model: string): boolean {
  return /(^|\/)sora-/i.test(model);
}

/**
 * A gateway's own id: Laqta does not know its seconds or sizes (no standard field in `GET /models`
 * says them), so the person sets them, or leaves them out, and checks the gateway's page.
 */
const gatewayModel: ModelCapabilities = {
  durations: [],
  aspectRatios: [],
  resolutions: [],
  audio: 'never',
  negativePrompt: false,
  referenceImage: false,
  seed: false,
  maxPromptLength: 32_000,
  freeOptions: true,
};

const omni: ModelCapabilities = {
  durations: [3, 4, 5, 6, 7, 8, 9, 10],
  aspectRatios: ['16:9', '9:16'],
  resolutions: ['360p', '720p', '1080p', '4k'],
  audio: 'always',
  negativePrompt: false,
  referenceImage: true,
  // Omni takes a first frame, a last frame and up to 3 reference images (PROVIDERS.md §5).
  imageInputs: { first: true, last: true, references: 3 },
  seed: false,
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
  // earlier Veo models take a first frame only (see knownCapabilities).
  imageInputs: { first: true, last: true, references: 3 },
  imageReferencesAlone: true,
  // The Gemini API refuses Veo's seed (js-genai: "seed parameter is not supported in Gemini API").
  seed: false,
  // Veo takes about 1,024 tokens of prompt.
  maxPromptLength: 4000,
};

/** True for Gemini models reached through predictLongRunning operations (Veo), not Interactions. */
export function isVeoModel(model: string): boolean {
  return /^(models\/)?veo-/i.test(model);
}

/** What a model accepts at a provider (defaults for an id Laqta does not know). */
export function capabilitiesFor(provider: ProviderId, model: string): ModelCapabilities {
  const caps = knownCapabilities(provider, model);
  const retired = retirementOf(provider, model);
  if (!retired) return caps;
  // A retired model has no price: nothing can be bought any more.
  const { price: _gone, ...rest } = caps;
  return { ...rest, retired };
}

function knownCapabilities(provider: ProviderId, model: string): ModelCapabilities {
  switch (provider) {
    case 'openai':
      return isSoraModel(model) ? sora : gatewayModel;
    case 'gemini': {
      if (!isVeoModel(model)) return omni;
      const id = model.replace(/^models\//, '');
      return /^veo-3\.1/.test(id) ? veo : { ...veo, imageInputs: { first: true, last: false, references: 0 } };
    }
    case 'fal':
      return falImageInputs(model, falModel(model)?.caps ?? rawFalCaps);
  }
}
