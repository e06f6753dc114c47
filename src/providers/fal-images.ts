import type { ModelCapabilities } from '../domain/params';

/**
 * fal.ai splits most models into a text-to-video and an image-to-video endpoint. A first frame
 * goes to the image-to-video id, as `image_url` (a data URI is accepted, PROVIDERS.md §5). Rows
 * are only for pairs whose image-to-video id and field were found in fal's pages or client code;
 * Wan and LTX-2 are left out until their image-to-video ids and fields are checked.
 *
 * A last frame is offered only where fal's own page for the endpoint names its field (checked
 * 2026-12-02): Veo 3.1 has a first-last-frame endpoint of its own, Kling 3, Hailuo 02 and
 * Seedance 2.0 take it beside the first frame. Every one of them needs the first frame too. Kling 2.1 Master, Veo 3,
 * Seedance 1.0 Pro and Hailuo 2.3 have no documented last-frame field, so none is sent to them.
 */
export interface FalImageEndpoint {
  /** The image-to-video endpoint id. */
  endpoint: string;
  /** The input field for the first frame. */
  firstField: string;
  /** Where a first and a last frame go together, when the model takes a last frame. */
  last?: { endpoint: string; firstField: string; lastField: string };
}

const endpoints: Readonly<Record<string, FalImageEndpoint>> = {
  'fal-ai/kling-video/v2.1/master/text-to-video': { endpoint: 'fal-ai/kling-video/v2.1/master/image-to-video', firstField: 'image_url' },
  'fal-ai/bytedance/seedance/v1/pro/text-to-video': { endpoint: 'fal-ai/bytedance/seedance/v1/pro/image-to-video', firstField: 'image_url' },
  // https://fal.ai/models/fal-ai/minimax/hailuo-02/standard/image-to-video: optional `end_image_url`.
  'fal-ai/minimax/hailuo-02/standard/text-to-video': {
    endpoint: 'fal-ai/minimax/hailuo-02/standard/image-to-video',
    firstField: 'image_url',
    last: { endpoint: 'fal-ai/minimax/hailuo-02/standard/image-to-video', firstField: 'image_url', lastField: 'end_image_url' },
  },
  'fal-ai/veo3': { endpoint: 'fal-ai/veo3/image-to-video', firstField: 'image_url' },
  // Checked 2026-12-01 on fal's model pages (llms.txt / API reference of each image-to-video id).
  // https://fal.ai/docs/model-api-reference/video-generation-api/veo3.1-first-last-frame-to-video:
  // `first_frame_url` and `last_frame_url`, with the text-to-video endpoint's other fields.
  'fal-ai/veo3.1': {
    endpoint: 'fal-ai/veo3.1/image-to-video',
    firstField: 'image_url',
    last: { endpoint: 'fal-ai/veo3.1/first-last-frame-to-video', firstField: 'first_frame_url', lastField: 'last_frame_url' },
  },
  'fal-ai/minimax/hailuo-2.3/standard/text-to-video': { endpoint: 'fal-ai/minimax/hailuo-2.3/standard/image-to-video', firstField: 'image_url' },
  // https://fal.ai/docs/model-api-reference/video-generation-api/bytedance-seedance-2.0-image-to-video
  // (checked 2026-12-02): `image_url`, optional `end_image_url`, and the text-to-video endpoint's
  // duration ("auto" or 4-15), aspect ratio, resolution (480p, 720p; 1080p too) and seed.
  'bytedance/seedance-2.0/text-to-video': {
    endpoint: 'bytedance/seedance-2.0/image-to-video',
    firstField: 'image_url',
    last: { endpoint: 'bytedance/seedance-2.0/image-to-video', firstField: 'image_url', lastField: 'end_image_url' },
  },
  // https://fal.ai/docs/model-api-reference/video-generation-api/kling-video-v3-standard: optional `end_image_url`.
  'fal-ai/kling-video/v3/standard/text-to-video': {
    endpoint: 'fal-ai/kling-video/v3/standard/image-to-video',
    firstField: 'start_image_url',
    last: { endpoint: 'fal-ai/kling-video/v3/standard/image-to-video', firstField: 'start_image_url', lastField: 'end_image_url' },
  },
};

/** Where the frames of a request go: the endpoint and each frame's field (undefined: no frame, or a model Laqta has no image endpoint for). */
export function falFrameTarget(model: string, frames: { first: boolean; last: boolean }): { endpoint: string; firstField: string; lastField?: string } | undefined {
  const known = endpoints[model];
  if (!known || !frames.first) return undefined;
  if (frames.last && known.last) return known.last;
  return { endpoint: known.endpoint, firstField: known.firstField };
}

/** A fal model's capabilities with its image inputs (a first frame where an image-to-video endpoint is known, a last frame where its field is). */
export function falImageInputs(model: string, caps: ModelCapabilities): ModelCapabilities {
  const known = endpoints[model];
  if (caps.imageInputs || !known) return caps;
  return { ...caps, referenceImage: true, imageInputs: { first: true, last: Boolean(known.last), references: 0 }, ...(known.last ? { imageLastNeedsFirst: true } : {}) };
}
