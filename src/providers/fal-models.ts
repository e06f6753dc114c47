import type { ModelCapabilities } from '../domain/params';

/**
 * How Laqta's parameters become the input JSON of the video models fal.ai hosts. Data, not code:
 * a new model is a new row. `duration` says how the model spells seconds ("5", 5 or "8s");
 * `resolutionValues` renames Laqta's resolution where the model uses its own words ("768P").
 * Prices are fal's published list prices per second of output, as an estimate only.
 * Seeds: Wan 2.2, Seedance 1.0 Pro and Veo 3 list an integer `seed` in their input schemas (and
 * PROVIDERS.md names Veo, Seedance and Wan); Kling 2.1 Master, Hailuo 02 and LTX-2 list none.
 */
export interface FalModel {
  /** The endpoint id, e.g. "fal-ai/kling-video/v2.1/master/text-to-video". */
  id: string;
  label: string;
  caps: ModelCapabilities;
  input: {
    duration?: { field: string; format: 'string' | 'number' | 'secondsSuffix' };
    aspectRatio?: string;
    resolution?: string;
    resolutionValues?: Readonly<Record<string, string>>;
    negativePrompt?: string;
    audio?: string;
    /** The field that takes a seed (an integer), for models whose endpoint has one. */
    seed?: string;
  };
  /** Fixed fields every request to this model carries. */
  fixed?: Readonly<Record<string, unknown>>;
}

const textOnly = { negativePrompt: false, referenceImage: false, maxPromptLength: 2500 } as const;

export const falModels: readonly FalModel[] = [
  {
    id: 'fal-ai/kling-video/v2.1/master/text-to-video',
    label: 'Kling 2.1 Master',
    caps: {
      ...textOnly,
      durations: [5, 10],
      aspectRatios: ['16:9', '9:16', '1:1'],
      resolutions: ['1080p'],
      audio: 'never',
      negativePrompt: true,
      pricePerSecond: { '*': 0.28 },
    },
    input: { duration: { field: 'duration', format: 'string' }, aspectRatio: 'aspect_ratio', negativePrompt: 'negative_prompt' },
  },
  {
    id: 'fal-ai/wan/v2.2-a14b/text-to-video',
    label: 'Wan 2.2',
    caps: {
      ...textOnly,
      durations: [5],
      aspectRatios: ['16:9', '9:16', '1:1'],
      resolutions: ['480p', '580p', '720p'],
      audio: 'never',
      negativePrompt: true,
      seed: true,
    },
    input: { aspectRatio: 'aspect_ratio', resolution: 'resolution', negativePrompt: 'negative_prompt', seed: 'seed' },
  },
  {
    id: 'fal-ai/bytedance/seedance/v1/pro/text-to-video',
    label: 'Seedance 1.0 Pro',
    caps: {
      ...textOnly,
      durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      aspectRatios: ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'],
      resolutions: ['480p', '720p', '1080p'],
      audio: 'never',
      seed: true,
    },
    input: { duration: { field: 'duration', format: 'string' }, aspectRatio: 'aspect_ratio', resolution: 'resolution', seed: 'seed' },
  },
  {
    id: 'fal-ai/minimax/hailuo-02/standard/text-to-video',
    label: 'MiniMax Hailuo 02',
    caps: {
      ...textOnly,
      durations: [6, 10],
      aspectRatios: ['16:9'],
      resolutions: ['512p', '768p'],
      audio: 'never',
      pricePerSecond: { '768p': 0.045, '512p': 0.017 },
    },
    input: { duration: { field: 'duration', format: 'string' }, resolution: 'resolution', resolutionValues: { '512p': '512P', '768p': '768P' } },
    fixed: { prompt_optimizer: true },
  },
  {
    id: 'fal-ai/veo3',
    label: 'Veo 3 (fal)',
    caps: {
      ...textOnly,
      durations: [8],
      aspectRatios: ['16:9', '9:16'],
      resolutions: ['720p', '1080p'],
      audio: 'optional',
      negativePrompt: true,
      pricePerSecond: { '*': 0.4 },
      seed: true,
    },
    input: {
      duration: { field: 'duration', format: 'secondsSuffix' },
      aspectRatio: 'aspect_ratio',
      resolution: 'resolution',
      negativePrompt: 'negative_prompt',
      audio: 'generate_audio',
      seed: 'seed',
    },
  },
  {
    id: 'fal-ai/ltx-2/text-to-video',
    label: 'LTX-2',
    caps: {
      ...textOnly,
      durations: [6, 8, 10],
      aspectRatios: ['16:9'],
      resolutions: ['1080p', '1440p', '2160p'],
      audio: 'optional',
      pricePerSecond: { '1080p': 0.06, '1440p': 0.12, '2160p': 0.24 },
    },
    input: { duration: { field: 'duration', format: 'number' }, resolution: 'resolution', audio: 'generate_audio' },
  },
];

export function falModel(id: string): FalModel | undefined {
  return falModels.find((m) => m.id === id);
}

/** Capabilities of a model Laqta does not know: the person writes the input JSON. */
export const rawFalCaps: ModelCapabilities = {
  durations: [],
  aspectRatios: [],
  resolutions: [],
  audio: 'optional',
  negativePrompt: false,
  referenceImage: false,
  maxPromptLength: 100_000,
  rawInput: true,
};

/** The input JSON for a known model from Laqta's parameters. */
export function falInput(model: FalModel, text: string, p: { seconds: number; aspectRatio: string; resolution: string; negativePrompt?: string; audio?: boolean; seed?: number }): Record<string, unknown> {
  const input: Record<string, unknown> = { prompt: text, ...model.fixed };
  const map = model.input;
  if (map.duration) {
    input[map.duration.field] =
      map.duration.format === 'number' ? p.seconds : map.duration.format === 'secondsSuffix' ? `${p.seconds}s` : String(p.seconds);
  }
  if (map.aspectRatio) input[map.aspectRatio] = p.aspectRatio;
  if (map.resolution) input[map.resolution] = map.resolutionValues?.[p.resolution] ?? p.resolution;
  if (map.negativePrompt && p.negativePrompt?.trim()) input[map.negativePrompt] = p.negativePrompt.trim();
  if (map.audio && p.audio !== undefined) input[map.audio] = p.audio;
  if (map.seed && p.seed !== undefined) input[map.seed] = p.seed;
  return input;
}
