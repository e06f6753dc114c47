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
  /**
   * For a model whose options Laqta does not know (a gateway's own id): the exact `size` to send
   * ("1280x720"), or nothing, in which case no size is sent at all.
   */
  size?: string;
  /** For a model whose options Laqta does not know: true to send no length, leaving it to the provider. */
  secondsOmitted?: boolean;
}

export function defaultParams(): GenerationParams {
  return { provider: 'gemini', model: 'gemini-omni-1.1-flash', seconds: 8, aspectRatio: '16:9', resolution: '720p' };
}

/**
 * A published list price, with the day it was read and the page it was read from (prices change
 * monthly: the UI shows both beside every estimate). US dollars.
 */
export interface ModelPrice {
  /** Per second of output, by resolution (`*` for any), with sound where sound is optional. */
  perSecond?: Readonly<Record<string, number>>;
  /** Per second with sound off, by resolution, where the model charges less for silence. */
  perSecondSilent?: Readonly<Record<string, number>>;
  /** Per clip, by length in seconds, where the provider prices whole clips. */
  perClip?: Readonly<Record<string, number>>;
  /** The day the price was read, YYYY-MM-DD. */
  asOf: string;
  /** The provider's page the price was read from (absent only for Previz, drawn free on this device). */
  source?: string;
}

/** A model its provider shut down: never sent. `replacement` is the id the provider names instead. */
export interface Retirement {
  since: string;
  replacement?: string;
}

/** What one model accepts. Plain data: the UI reads it to offer only valid choices. */
export interface ModelCapabilities {
  durations: readonly number[];
  aspectRatios: readonly string[];
  resolutions: readonly string[];
  audio: 'always' | 'optional' | 'never';
  negativePrompt: boolean;
  /** True when the model takes some image input (see `imageInputs` for which). */
  referenceImage: boolean;
  /** Which image inputs the model takes; absent: none. */
  imageInputs?: ImageInputSupport;
  /** Reference images cannot come with a first or last frame (Veo). */
  imageReferencesAlone?: boolean;
  /** A last frame is taken only with a first frame (fal's first-and-last-frame endpoints). */
  imageLastNeedsFirst?: boolean;
  /** A first or last frame must be exactly the video's size (OpenAI Videos `input_reference`). */
  imageExactSize?: boolean;
  maxPromptLength: number;
  /** The published price, where there is one (never for a retired model). */
  price?: ModelPrice;
  /** Set when the provider shut the model down: every request naming it is refused before it is sent. */
  retired?: Retirement;
  /**
   * True when Laqta does not know the model's options (a gateway's own id): the person sets seconds
   * and size freely, or leaves either out, and is told to check the provider's page.
   */
  freeOptions?: boolean;
  /** Resolutions that only come with some durations (Veo: 1080p and 4k need 8 s). */
  resolutionNeedsSeconds?: Readonly<Record<string, readonly number[]>>;
  /** True when Laqta has no mapping for the model: the person edits the raw JSON input. */
  rawInput?: boolean;
  /** True when the model takes a seed: each take of a batch then gets its own, recorded on its run. Every model's data says. */
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
 * `retired` the provider shut the model down (`allowed`: the date, then the replacement if any);
 * `outOfRange` free seconds outside 1-{@link maxFreeSeconds}; `invalid` a free size that is not
 * WIDTHxHEIGHT; a `provider` Laqta does not know is `unsupported`.
 */
export type ProblemCause =
  | { field: 'model'; reason: 'invalidId' | 'retired' }
  | { field: 'text'; reason: 'empty' | 'tooLong' }
  | { field: 'provider' | 'aspectRatio'; reason: 'unsupported' }
  | { field: 'seconds'; reason: 'unsupported' | 'outOfRange' }
  | { field: 'size'; reason: 'invalid' }
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
  else if (caps.retired) {
    const { since, replacement } = caps.retired;
    problems.push({ field: 'model', value: params.model, reason: 'retired', allowed: replacement ? [since, replacement] : [since] });
    return problems;
  }
  if (!text.trim()) problems.push({ field: 'text', value: '', reason: 'empty', allowed: [] });
  else if (text.length > caps.maxPromptLength)
    problems.push({ field: 'text', value: String(text.length), reason: 'tooLong', allowed: [String(caps.maxPromptLength)] });
  for (const p of imageProblems(params.images, imageRulesOf(caps, params))) problems.push({ field: 'images', value: p.slot, reason: p.reason, allowed: p.allowed });
  if (caps.rawInput) {
    if (!isJsonObject(params.rawInput ?? '')) problems.push({ field: 'rawInput', value: params.rawInput ?? '', reason: 'invalidJson', allowed: [] });
    return problems;
  }
  if (caps.freeOptions) return [...problems, ...checkFreeOptions(params)];
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
  if (caps.retired) return params;
  if (caps.rawInput) {
    const { images: _dropped, ...rest } = params;
    return rest;
  }
  if (caps.freeOptions) {
    const { images: _dropped, ...free } = params;
    delete free.negativePrompt;
    delete free.audio;
    return free;
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
  // Free size and "leave out" belong to models whose options Laqta does not know.
  delete fitted.size;
  delete fitted.secondsOmitted;
  return fitted;
}

/** The image rules of a model for these parameters (the exact size follows the chosen aspect and resolution). */
export function imageRulesOf(caps: ModelCapabilities, params: Pick<GenerationParams, 'aspectRatio' | 'resolution'>) {
  const frame = caps.imageExactSize ? videoFrame(params.aspectRatio, params.resolution) : undefined;
  return {
    support: caps.imageInputs,
    ...(caps.imageReferencesAlone ? { referencesAlone: true } : {}),
    ...(caps.imageLastNeedsFirst ? { lastNeedsFirst: true } : {}),
    ...(frame ? { exactSize: frame } : {}),
  };
}

/** The longest clip a free seconds field accepts (gateways list 4-15 s today; this leaves room). */
export const maxFreeSeconds = 120;

/** A free size: WIDTHxHEIGHT in pixels, as the Videos API spells it. */
export const freeSizePattern = /^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$/;

/** Seconds and size for a model whose options Laqta does not know: only their form is checked. */
function checkFreeOptions(params: GenerationParams): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const s = params.seconds;
  if (!params.secondsOmitted && !(Number.isInteger(s) && s >= 1 && s <= maxFreeSeconds))
    problems.push({ field: 'seconds', value: String(s), reason: 'outOfRange', allowed: [String(maxFreeSeconds)] });
  if (params.size !== undefined && params.size !== '' && !freeSizePattern.test(params.size))
    problems.push({ field: 'size', value: params.size.slice(0, 40), reason: 'invalid', allowed: [] });
  return problems;
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
