/**
 * Image inputs of a generation: a first frame, a last frame and reference images. The images
 * themselves are bytes in the media database (`image/<id>`, the id being the SHA-256 of the
 * bytes, so the same picture is stored once however many versions and runs use it); prompts,
 * versions and runs hold only these small references.
 */

export const imageTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof imageTypes)[number];

export function isImageType(value: unknown): value is ImageType {
  return typeof value === 'string' && (imageTypes as readonly string[]).includes(value);
}

/** One stored image as a record names it. */
export interface ImageRef {
  /** SHA-256 of the stored bytes, 64 lower-case hex digits. */
  id: string;
  mimeType: ImageType;
  width: number;
  height: number;
  bytes: number;
}

export interface ImageInputs {
  first?: ImageRef;
  last?: ImageRef;
  references?: ImageRef[];
}

/** Which image inputs a model takes (task A's capability shape). */
export interface ImageInputSupport {
  first: boolean;
  last: boolean;
  references: number;
}

export type ImageSlot = 'first' | 'last' | 'reference';

/** At most this many reference images, whatever a model says (Veo and Omni take 3). */
export const maxReferences = 3;

export const imageLimits = {
  /** A picked or imported file larger than this is refused before it is decoded. */
  fileBytes: 20 * 1024 * 1024,
  /** Longest side a picked image may have before resizing (decoding more costs too much memory). */
  maxSide: 12_000,
  /** Longest side of a stored image, whatever the model's frame. */
  storedSide: 3840,
} as const;

const idPattern = /^[0-9a-f]{64}$/;

export function isImageId(value: unknown): value is string {
  return typeof value === 'string' && idPattern.test(value);
}

/** Every image of a set, in sending order: first, last, then references. */
export function imageRefs(images: ImageInputs | undefined): ImageRef[] {
  if (!images) return [];
  return [...(images.first ? [images.first] : []), ...(images.last ? [images.last] : []), ...(images.references ?? [])];
}

export function hasImages(images: ImageInputs | undefined): boolean {
  return imageRefs(images).length > 0;
}

/** The set with `ref` in `slot` (a reference is appended, up to maxReferences). Undefined when empty. */
export function withImage(images: ImageInputs | undefined, slot: ImageSlot, ref: ImageRef): ImageInputs {
  const base = images ?? {};
  if (slot === 'first') return { ...base, first: ref };
  if (slot === 'last') return { ...base, last: ref };
  return { ...base, references: [...(base.references ?? []), ref].slice(0, maxReferences) };
}

/** The set without the image in `slot` (`index` for a reference), or undefined when nothing is left. */
export function withoutImage(images: ImageInputs | undefined, slot: ImageSlot, index = 0): ImageInputs | undefined {
  if (!images) return undefined;
  const next: ImageInputs = { ...images };
  if (slot === 'first') delete next.first;
  else if (slot === 'last') delete next.last;
  else {
    const references = (images.references ?? []).filter((_, i) => i !== index);
    if (references.length) next.references = references;
    else delete next.references;
  }
  return hasImages(next) ? next : undefined;
}

/** Only what a model takes: other slots are dropped (used when the person switches model). */
export function fitImages(images: ImageInputs | undefined, support: ImageInputSupport | undefined): ImageInputs | undefined {
  if (!images || !support) return undefined;
  const next: ImageInputs = {};
  if (support.first && images.first) next.first = images.first;
  if (support.last && images.last) next.last = images.last;
  const references = (images.references ?? []).slice(0, Math.min(support.references, maxReferences));
  if (references.length) next.references = references;
  return hasImages(next) ? next : undefined;
}

/**
 * Why a set cannot go to a model: `notOffered` a slot the model does not take; `tooMany` more
 * references than it takes; `notWithFrames` references together with a first or last frame
 * (Veo takes references only without frames); `wrongSize` an image whose size is not the
 * video's own (the OpenAI Videos API wants the first frame at exactly `size`); `needsFirst` a
 * last frame without a first one, for a model that takes the last only with the first.
 */
export type ImageProblemReason = 'notOffered' | 'tooMany' | 'notWithFrames' | 'wrongSize' | 'needsFirst';

export interface ImageProblem {
  slot: ImageSlot;
  reason: ImageProblemReason;
  allowed: string[];
}

export interface ImageRules {
  support: ImageInputSupport | undefined;
  /** References may not come with a first or last frame. */
  referencesAlone?: boolean;
  /** A last frame is taken only together with a first frame. */
  lastNeedsFirst?: boolean;
  /** Every image must be exactly this size (width × height). */
  exactSize?: { width: number; height: number };
}

export function imageProblems(images: ImageInputs | undefined, rules: ImageRules): ImageProblem[] {
  if (!hasImages(images) || !images) return [];
  const support = rules.support ?? { first: false, last: false, references: 0 };
  const problems: ImageProblem[] = [];
  if (images.first && !support.first) problems.push({ slot: 'first', reason: 'notOffered', allowed: [] });
  if (images.last && !support.last) problems.push({ slot: 'last', reason: 'notOffered', allowed: [] });
  else if (images.last && !images.first && rules.lastNeedsFirst) problems.push({ slot: 'last', reason: 'needsFirst', allowed: [] });
  const refs = images.references ?? [];
  if (refs.length && support.references === 0) problems.push({ slot: 'reference', reason: 'notOffered', allowed: [] });
  else if (refs.length > support.references) problems.push({ slot: 'reference', reason: 'tooMany', allowed: [String(support.references)] });
  if (rules.referencesAlone && refs.length && (images.first || images.last)) problems.push({ slot: 'reference', reason: 'notWithFrames', allowed: [] });
  const exact = rules.exactSize;
  if (exact) {
    for (const [slot, ref] of [['first', images.first], ['last', images.last]] as const) {
      if (ref && (ref.width !== exact.width || ref.height !== exact.height)) problems.push({ slot, reason: 'wrongSize', allowed: [`${exact.width}×${exact.height}`] });
    }
  }
  return problems;
}

/**
 * The frame of a video in pixels: "720p" at 16:9 is 1280×720, at 9:16 720×1280; "4k" is 2160
 * lines. An unknown resolution or aspect gives undefined.
 */
export function videoFrame(aspectRatio: string, resolution: string): { width: number; height: number } | undefined {
  const ratio = /^(\d+):(\d+)$/.exec(aspectRatio);
  const lines = /^4k$/i.test(resolution) ? 2160 : Number(/^(\d{3,4})p$/i.exec(resolution)?.[1]);
  if (!ratio || !Number.isFinite(lines) || lines <= 0) return undefined;
  const w = Number(ratio[1]);
  const h = Number(ratio[2]);
  if (!w || !h) return undefined;
  const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);
  return w >= h ? { width: even((lines * w) / h), height: lines } : { width: lines, height: even((lines * h) / w) };
}

/** How a picture becomes a stored image: the part of the source to take and the size to draw it at. */
export interface ResizePlan {
  source: { x: number; y: number; width: number; height: number };
  width: number;
  height: number;
}

/**
 * `fit`: the whole picture, scaled down (never up) to fit in `box`. `cover`: exactly `box`,
 * cropped around the centre (for models that want the frame at the video's size).
 */
export function resizePlan(width: number, height: number, box: { width: number; height: number }, mode: 'fit' | 'cover'): ResizePlan {
  if (mode === 'cover') {
    const scale = Math.max(box.width / width, box.height / height);
    const cropW = Math.min(width, Math.round(box.width / scale));
    const cropH = Math.min(height, Math.round(box.height / scale));
    return { source: { x: Math.floor((width - cropW) / 2), y: Math.floor((height - cropH) / 2), width: cropW, height: cropH }, width: box.width, height: box.height };
  }
  const scale = Math.min(1, box.width / width, box.height / height);
  return { source: { x: 0, y: 0, width, height }, width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
