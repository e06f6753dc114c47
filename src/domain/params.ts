import { isValidModelId } from './model-id';
import { fitImages, imageProblems, videoFrame, type ImageInputSupport, type ImageInputs, type ImageProblemReason } from './image-inputs';

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
  /** What the model should avoid, for models that take it as a field. */
  negativePrompt?: string;
  /** Ask for sound, for models where audio is optional. */
  audio?: boolean;
  /** The exact JSON input sent to a model Laqta has no mapping for (fal.ai), edited by the person. */
  rawInput?: string;
  /** The random seed of this take, for models that take one (same seed, same settings: a comparable take). */
  seed?: number;
  /** Image inputs (first frame, last frame, references) as references to stored media, never bytes. */
  images?: ImageInputs;
}

export function defaultParams(): GenerationParams {
  return { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 8, aspectRatio: '16:9', resolution: '720p' };
}

/** What one model accepts. Plain data: the UI reads it to offer only valid choices. */
export interface ModelCapabilities {
  durations: readonly number[];
  aspectRatios: readonly string[];
  resolutions: readonly string[];
  audio: 'always' | 'optional' | 'never';
  negativePrompt: boolean;
  referenceImage: boolean;
  /** Which image inputs the model takes; absent: none. */
  imageInputs?: ImageInputSupport;
  /** Reference images cannot come with a first or last frame (Veo). */
  imageReferencesAlone?: boolean;
  /** A first or last frame must be exactly the video's size (OpenAI Videos `input_reference`). */
  imageExactSize?: boolean;
  maxPromptLength: number;
  /** US dollars per second of output, by resolution (`*` for any), where the price is published. */
  pricePerSecond?: Readonly<Record<string, number>>;
  /** Resolutions that only come with some durations (Veo: 1080p and 4k need 8 s). */
  resolutionNeedsSeconds?: Readonly<Record<string, readonly number[]>>;
  /** True when Laqta has no mapping for the model: the person edits the raw JSON input. */
  rawInput?: boolean;
  /** True when the model takes a seed: each take of a batch then gets its own, recorded on its run. */
  seed?: boolean;
  /**
   * True when the model is documented to take a multi-shot prompt (separate shot blocks in one
   * text, cut as written), so a storyboard can be sent as one run. Only set from a provider's own
   * documentation (specs/PROVIDERS.md); no model Laqta knows is documented so today.
   */
  multiShot?: boolean;
}

/**
 * Why a combination is refused: which field, the value given, and what would be accepted. Only
 * the (field, reason) pairs below can occur, and each has a sentence (`generate.problem.<field>.<reason>`):
 * `unsupported` value not offered; `needsSeconds` resolution needs other durations; `tooLong`
 * text over the model's limit; `empty` nothing to send; `notOffered` the model has no such option;
 * `invalidJson` the raw input is not a JSON object; `invalidId` the model id is not plain data;
 * a `provider` Laqta does not know is `unsupported`.
 */
export type ProblemCause =
  | { field: 'model'; reason: 'invalidId' }
  | { field: 'text'; reason: 'empty' | 'tooLong' }
  | { field: 'provider' | 'seconds' | 'aspectRatio'; reason: 'unsupported' }
  | { field: 'resolution'; reason: 'unsupported' | 'needsSeconds' }
  | { field: 'negativePrompt' | 'audio'; reason: 'notOffered' }
  | { field: 'rawInput'; reason: 'invalidJson' }
  | { field: 'images'; reason: ImageProblemReason };

export type ParamField = ProblemCause['field'];

export type ParamProblem = ProblemCause & { value: string; allowed: string[] };

/** Every (field, reason) pair as `field.reason`: the tail of its message key. */
export type ProblemKey = ProblemCause extends infer C ? (C extends { field: infer F extends string; reason: infer R extends string } ? `${F}.${R}` : never) : never;

export function problemKey(p: ProblemCause): ProblemKey {
  return `${p.field}.${p.reason}` as ProblemKey;
}

/** Checks a combination against a model's capabilities; an empty list means it can be sent. */
export function checkParams(caps: ModelCapabilities, params: GenerationParams, text: string): ParamProblem[] {
  const problems: ParamProblem[] = [];
  if (!isValidModelId(params.model)) problems.push({ field: 'model', value: params.model.slice(0, 200), reason: 'invalidId', allowed: [] });
  if (!text.trim()) problems.push({ field: 'text', value: '', reason: 'empty', allowed: [] });
  else if (text.length > caps.maxPromptLength)
    problems.push({ field: 'text', value: String(text.length), reason: 'tooLong', allowed: [String(caps.maxPromptLength)] });
  for (const p of imageProblems(params.images, imageRulesOf(caps, params))) problems.push({ field: 'images', value: p.slot, reason: p.reason, allowed: p.allowed });
  if (caps.rawInput) {
    if (!isJsonObject(params.rawInput ?? '')) problems.push({ field: 'rawInput', value: params.rawInput ?? '', reason: 'invalidJson', allowed: [] });
    return problems;
  }
  if (!caps.durations.includes(params.seconds))
    problems.push({ field: 'seconds', value: String(params.seconds), reason: 'unsupported', allowed: caps.durations.map(String) });
  if (!caps.aspectRatios.includes(params.aspectRatio))
    problems.push({ field: 'aspectRatio', value: params.aspectRatio, reason: 'unsupported', allowed: [...caps.aspectRatios] });
  if (!caps.resolutions.includes(params.resolution))
    problems.push({ field: 'resolution', value: params.resolution, reason: 'unsupported', allowed: [...caps.resolutions] });
  else {
    const needs = caps.resolutionNeedsSeconds?.[params.resolution];
    if (needs && !needs.includes(params.seconds))
      problems.push({ field: 'resolution', value: params.resolution, reason: 'needsSeconds', allowed: needs.map(String) });
  }
  if (params.negativePrompt?.trim() && !caps.negativePrompt)
    problems.push({ field: 'negativePrompt', value: params.negativePrompt, reason: 'notOffered', allowed: [] });
  if (params.audio === false && caps.audio === 'always') problems.push({ field: 'audio', value: 'off', reason: 'notOffered', allowed: ['on'] });
  if (params.audio === true && caps.audio === 'never') problems.push({ field: 'audio', value: 'on', reason: 'notOffered', allowed: ['off'] });
  return problems;
}

/**
 * Moves a combination onto the nearest one the model accepts (used when the person switches
 * model): keeps every value that is still valid, else takes the closest duration or the first option.
 */
export function fitParams(caps: ModelCapabilities, params: GenerationParams): GenerationParams {
  if (caps.rawInput) {
    const { images: _dropped, ...rest } = params;
    return rest;
  }
  const seconds = caps.durations.includes(params.seconds)
    ? params.seconds
    : ([...caps.durations].sort((a, b) => Math.abs(a - params.seconds) - Math.abs(b - params.seconds))[0] ?? params.seconds);
  const aspectRatio = caps.aspectRatios.includes(params.aspectRatio) ? params.aspectRatio : (caps.aspectRatios[0] ?? params.aspectRatio);
  let resolution = caps.resolutions.includes(params.resolution) ? params.resolution : (caps.resolutions[0] ?? params.resolution);
  const needs = caps.resolutionNeedsSeconds?.[resolution];
  if (needs && !needs.includes(seconds)) resolution = caps.resolutions.find((r) => !caps.resolutionNeedsSeconds?.[r]) ?? resolution;
  const fitted: GenerationParams = { ...params, seconds, aspectRatio, resolution };
  if (!caps.negativePrompt) delete fitted.negativePrompt;
  if (caps.audio !== 'optional') delete fitted.audio;
  const images = fitImages(params.images, caps.imageInputs);
  if (images) fitted.images = images;
  else delete fitted.images;
  return fitted;
}

/** The image rules of a model for these parameters (the exact size follows the chosen aspect and resolution). */
export function imageRulesOf(caps: ModelCapabilities, params: Pick<GenerationParams, 'aspectRatio' | 'resolution'>) {
  const frame = caps.imageExactSize ? videoFrame(params.aspectRatio, params.resolution) : undefined;
  return { support: caps.imageInputs, ...(caps.imageReferencesAlone ? { referencesAlone: true } : {}), ...(frame ? { exactSize: frame } : {}) };
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
