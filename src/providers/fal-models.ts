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

/**
 * One row of the table as fal's page states it. The input fields follow from it: fal's endpoints
 * all name them alike (`duration`, `aspect_ratio`, `resolution`, `negative_prompt`,
 * `generate_audio`, `seed`), and a model takes a negative prompt, a sound switch or a seed
 * exactly when its capabilities say so.
 */
interface FalRow {
  id: string;
  label: string;
  durations: readonly number[];
  aspectRatios: readonly string[];
  resolutions: readonly string[];
  audio: 'optional' | 'never';
  negativePrompt?: boolean;
  seed: boolean;
  /** How the model spells seconds; absent where the endpoint has no duration field. */
  duration?: 'string' | 'number' | 'secondsSuffix';
  /** Which size fields the endpoint has (most have both). */
  sizeFields?: { aspectRatio: boolean; resolution: boolean };
  /** The price on fal's page on the table's date; absent where it could not be confirmed. */
  price?: Omit<ModelPrice, 'asOf' | 'source'>;
  fixed?: Readonly<Record<string, unknown>>;
}

function falRow(row: FalRow): FalModel {
  const { aspectRatio, resolution } = row.sizeFields ?? { aspectRatio: true, resolution: true };
  const negativePrompt = row.negativePrompt ?? false;
  return {
    id: row.id,
    label: row.label,
    caps: {
      negativePrompt,
      referenceImage: false,
      maxPromptLength: 2500,
      durations: row.durations,
      aspectRatios: row.aspectRatios,
      resolutions: row.resolutions,
      audio: row.audio,
      seed: row.seed,
      ...(row.price ? { price: { ...row.price, asOf: falTableDate, source: `https://fal.ai/models/${row.id}` } } : {}),
    },
    input: {
      ...(row.duration ? { duration: { field: 'duration', format: row.duration } } : {}),
      ...(aspectRatio ? { aspectRatio: 'aspect_ratio' } : {}),
      ...(resolution ? { resolution: 'resolution' } : {}),
      ...(negativePrompt ? { negativePrompt: 'negative_prompt' } : {}),
      ...(row.audio === 'optional' ? { audio: 'generate_audio' } : {}),
      ...(row.seed ? { seed: 'seed' } : {}),
    },
    ...(row.fixed ? { fixed: row.fixed } : {}),
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** What fal's two Veo endpoints share: their lengths, shapes, sound switch, negative prompt and seed, and "8s" for seconds. */
const veo = {
  durations: [4, 6, 8],
  aspectRatios: ['16:9', '9:16'],
  audio: 'optional',
  negativePrompt: true,
  seed: true,
  duration: 'secondsSuffix',
} as const;

/** What fal's two Hailuo text-to-video endpoints share: 6 or 10 s at 768p, 16:9, no size fields, the prompt optimiser on. */
const hailuo = {
  durations: [6, 10],
  aspectRatios: ['16:9'],
  resolutions: ['768p'],
  sizeFields: { aspectRatio: false, resolution: false },
  audio: 'never',
  seed: false,
  duration: 'string',
  fixed: { prompt_optimizer: true },
} as const;

/** What fal's two Kling text-to-video endpoints share: three shapes, an aspect field but no resolution field, a negative prompt, no seed. */
const kling = {
  aspectRatios: ['16:9', '9:16', '1:1'],
  sizeFields: { aspectRatio: true, resolution: false },
  negativePrompt: true,
  seed: false,
  duration: 'string',
} as const;

/** The aspect ratios both Seedance models take. */
const seedanceAspects = ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'];

export const falModels: readonly FalModel[] = [
  falRow({
    id: 'fal-ai/veo3.1',
    label: 'Veo 3.1 (fal)',
    ...veo,
    resolutions: ['720p', '1080p', '4k'],
    price: { perSecond: { '720p': 0.4, '1080p': 0.4, '4k': 0.6 }, perSecondSilent: { '720p': 0.2, '1080p': 0.2, '4k': 0.4 } },
  }),
  falRow({
    id: 'fal-ai/kling-video/v3/standard/text-to-video',
    label: 'Kling 3.0 Standard',
    ...kling,
    durations: range(3, 15),
    // The endpoint has no resolution field; fal's page does not state the output size (unconfirmed).
    resolutions: ['720p'],
    audio: 'optional',
    price: { perSecond: { '*': 0.126 }, perSecondSilent: { '*': 0.084 } },
  }),
  falRow({
    id: 'bytedance/seedance-2.0/text-to-video',
    label: 'Seedance 2.0',
    durations: range(4, 15),
    aspectRatios: seedanceAspects,
    resolutions: ['480p', '720p'],
    // Sound costs the same either way.
    audio: 'optional',
    seed: true,
    duration: 'string',
    // fal prices 720p per second; 480p is priced by tokens, so it has no estimate here.
    price: { perSecond: { '720p': 0.3034 } },
  }),
  falRow({
    id: 'fal-ai/minimax/hailuo-2.3/standard/text-to-video',
    label: 'MiniMax Hailuo 2.3 Standard',
    // Fixed at 768p: the text-to-video endpoint has no resolution or aspect field.
    ...hailuo,
    price: { perClip: { '6': 0.28, '10': 0.56 } },
  }),
  falRow({
    id: 'fal-ai/veo3',
    label: 'Veo 3 (fal)',
    ...veo,
    resolutions: ['720p', '1080p'],
    // PROVIDERS.md §5 (checked 2026-12-01): $0.40/s with sound, $0.20/s without.
    price: { perSecond: { '*': 0.4 }, perSecondSilent: { '*': 0.2 } },
  }),
  falRow({
    id: 'fal-ai/kling-video/v2.1/master/text-to-video',
    label: 'Kling 2.1 Master',
    ...kling,
    durations: [5, 10],
    resolutions: ['1080p'],
    audio: 'never',
  }),
  falRow({
    id: 'fal-ai/wan/v2.2-a14b/text-to-video',
    label: 'Wan 2.2',
    durations: [5],
    aspectRatios: ['16:9', '9:16', '1:1'],
    resolutions: ['480p', '580p', '720p'],
    audio: 'never',
    negativePrompt: true,
    seed: true,
  }),
  falRow({
    id: 'fal-ai/bytedance/seedance/v1/pro/text-to-video',
    label: 'Seedance 1.0 Pro',
    durations: range(3, 12),
    aspectRatios: seedanceAspects,
    resolutions: ['480p', '720p', '1080p'],
    audio: 'never',
    seed: true,
    duration: 'string',
  }),
  falRow({
    id: 'fal-ai/minimax/hailuo-02/standard/text-to-video',
    label: 'MiniMax Hailuo 02',
    // 512p is an image-to-video option only (PROVIDERS.md §5): text-to-video is 768p.
    ...hailuo,
  }),
  falRow({
    id: 'fal-ai/ltx-2/text-to-video',
    label: 'LTX-2',
    durations: [6, 8, 10],
    aspectRatios: ['16:9'],
    resolutions: ['1080p', '1440p', '2160p'],
    sizeFields: { aspectRatio: false, resolution: true },
    audio: 'optional',
    seed: false,
    duration: 'number',
  }),
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
