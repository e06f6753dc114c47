import type { ModelCapabilities, ModelPrice } from '../domain/params';

/**
 * How Laqta's parameters become the input JSON of the video models fal.ai hosts. Data, not code:
 * a new model is a new row. `duration` says how the model spells seconds ("5", 5 or "8s");
 * `resolutionValues` renames Laqta's resolution where the model uses its own words ("768P").
 * Every field and price below was read from the model's own fal page (`caps.price.source`) on the
 * table's date; a model whose price could not be confirmed that day shows no estimate.
 */
export interface FalModel {
  /** The endpoint id, e.g. "fal-ai/veo3.1". */
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
    /** The field that takes a seed (present exactly when `caps.seed`). */
    seed?: string;
  };
  /** Fixed fields every request to this model carries. */
  fixed?: Readonly<Record<string, unknown>>;
}

/** The day the fal table was last checked against fal's model pages. */
export const falTableDate = '2026-12-01';

const page = (id: string) => `https://fal.ai/models/${id}`;
const priced = (id: string, price: Omit<ModelPrice, 'asOf' | 'source'>): ModelPrice => ({ ...price, asOf: falTableDate, source: page(id) });

const textOnly = { negativePrompt: false, referenceImage: false, maxPromptLength: 2500 } as const;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const falModels: readonly FalModel[] = [
  {
    id: 'fal-ai/veo3.1',
    label: 'Veo 3.1 (fal)',
    caps: {
      ...textOnly,
      durations: [4, 6, 8],
      aspectRatios: ['16:9', '9:16'],
      resolutions: ['720p', '1080p', '4k'],
      audio: 'optional',
      negativePrompt: true,
      seed: true,
      price: priced('fal-ai/veo3.1', { perSecond: { '720p': 0.4, '1080p': 0.4, '4k': 0.6 }, perSecondSilent: { '720p': 0.2, '1080p': 0.2, '4k': 0.4 } }),
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
    id: 'fal-ai/kling-video/v3/standard/text-to-video',
    label: 'Kling 3.0 Standard',
    caps: {
      ...textOnly,
      durations: range(3, 15),
      aspectRatios: ['16:9', '9:16', '1:1'],
      // The endpoint has no resolution field; fal's page does not state the output size (unconfirmed).
      resolutions: ['720p'],
      audio: 'optional',
      negativePrompt: true,
      seed: false,
      price: priced('fal-ai/kling-video/v3/standard/text-to-video', { perSecond: { '*': 0.126 }, perSecondSilent: { '*': 0.084 } }),
    },
    input: { duration: { field: 'duration', format: 'string' }, aspectRatio: 'aspect_ratio', negativePrompt: 'negative_prompt', audio: 'generate_audio' },
  },
  {
    id: 'bytedance/seedance-2.0/text-to-video',
    label: 'Seedance 2.0',
    caps: {
      ...textOnly,
      durations: range(4, 15),
      aspectRatios: ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'],
      resolutions: ['480p', '720p'],
      // Sound costs the same either way.
      audio: 'optional',
      seed: true,
      // fal prices 720p per second; 480p is priced by tokens, so it has no estimate here.
      price: priced('bytedance/seedance-2.0/text-to-video', { perSecond: { '720p': 0.3034 } }),
    },
    input: { duration: { field: 'duration', format: 'string' }, aspectRatio: 'aspect_ratio', resolution: 'resolution', audio: 'generate_audio', seed: 'seed' },
  },
  {
    id: 'fal-ai/minimax/hailuo-2.3/standard/text-to-video',
    label: 'MiniMax Hailuo 2.3 Standard',
    caps: {
      ...textOnly,
      durations: [6, 10],
      // Fixed at 768p: the text-to-video endpoint has no resolution or aspect field.
      aspectRatios: ['16:9'],
      resolutions: ['768p'],
      audio: 'never',
      seed: false,
      price: priced('fal-ai/minimax/hailuo-2.3/standard/text-to-video', { perClip: { '6': 0.28, '10': 0.56 } }),
    },
    input: { duration: { field: 'duration', format: 'string' } },
    fixed: { prompt_optimizer: true },
  },
  {
    id: 'fal-ai/veo3',
    label: 'Veo 3 (fal)',
    caps: {
      ...textOnly,
      durations: [4, 6, 8],
      aspectRatios: ['16:9', '9:16'],
      resolutions: ['720p', '1080p'],
      audio: 'optional',
      negativePrompt: true,
      seed: true,
      // PROVIDERS.md §5 (checked 2026-12-01): $0.40/s with sound, $0.20/s without.
      price: priced('fal-ai/veo3', { perSecond: { '*': 0.4 }, perSecondSilent: { '*': 0.2 } }),
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
    id: 'fal-ai/kling-video/v2.1/master/text-to-video',
    label: 'Kling 2.1 Master',
    caps: {
      ...textOnly,
      durations: [5, 10],
      aspectRatios: ['16:9', '9:16', '1:1'],
      resolutions: ['1080p'],
      audio: 'never',
      negativePrompt: true,
      seed: false,
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
      // 512p is an image-to-video option only (PROVIDERS.md §5): text-to-video is 768p.
      resolutions: ['768p'],
      audio: 'never',
      seed: false,
    },
    input: { duration: { field: 'duration', format: 'string' } },
    fixed: { prompt_optimizer: true },
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
      seed: false,
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
  seed: false,
  rawInput: true,
};

/** The input JSON for a known model from Laqta's parameters. */
export function falInput(
  model: FalModel,
  text: string,
  p: { seconds: number; aspectRatio: string; resolution: string; negativePrompt?: string; audio?: boolean; seed?: number },
): Record<string, unknown> {
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
