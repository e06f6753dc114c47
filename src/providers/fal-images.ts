import type { ModelCapabilities } from '../domain/params';

/**
 * fal.ai splits most models into a text-to-video and an image-to-video endpoint. A first frame
 * goes to the image-to-video id, as `image_url` (a data URI is accepted, PROVIDERS.md §5). Rows
 * are only for pairs whose image-to-video id and field were found in fal's pages or client code;
 * Wan, LTX-2 and Seedance 2.0 are left out until their image-to-video ids and fields are checked.
 */
export interface FalImageEndpoint {
  /** The image-to-video endpoint id. */
  endpoint: string;
  /** The input field for the first frame. */
  firstField: string;
}

const endpoints: Readonly<Record<string, FalImageEndpoint>> = {
  'fal-ai/kling-video/v2.1/master/text-to-video': { endpoint: 'fal-ai/kling-video/v2.1/master/image-to-video', firstField: 'image_url' },
  'fal-ai/bytedance/seedance/v1/pro/text-to-video': { endpoint: 'fal-ai/bytedance/seedance/v1/pro/image-to-video', firstField: 'image_url' },
  'fal-ai/minimax/hailuo-02/standard/text-to-video': { endpoint: 'fal-ai/minimax/hailuo-02/standard/image-to-video', firstField: 'image_url' },
  'fal-ai/veo3': { endpoint: 'fal-ai/veo3/image-to-video', firstField: 'image_url' },
  // Checked 2026-12-01 on fal's model pages (llms.txt / API reference of each image-to-video id).
  'fal-ai/veo3.1': { endpoint: 'fal-ai/veo3.1/image-to-video', firstField: 'image_url' },
  'fal-ai/minimax/hailuo-2.3/standard/text-to-video': { endpoint: 'fal-ai/minimax/hailuo-2.3/standard/image-to-video', firstField: 'image_url' },
  'fal-ai/kling-video/v3/standard/text-to-video': { endpoint: 'fal-ai/kling-video/v3/standard/image-to-video', firstField: 'start_image_url' },
};

/** Where a first frame for `model` goes, if Laqta knows. */
export function falImageEndpoint(model: string): FalImageEndpoint | undefined {
  return endpoints[model];
}

/** A fal model's capabilities with its image inputs (a first frame where an image-to-video endpoint is known). */
export function falImageInputs(model: string, caps: ModelCapabilities): ModelCapabilities {
  if (caps.imageInputs || !endpoints[model]) return caps;
  return { ...caps, referenceImage: true, imageInputs: { first: true, last: false, references: 0 } };
}
