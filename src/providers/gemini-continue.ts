import { ProviderError, type ContinueRequest } from './types';

/** Clips this large or larger (about 4 MB and up) come by file uri; smaller ones inline (PROVIDERS.md §5). */
export function omniDelivery(resolution: string): 'uri' | 'inline' {
  return resolution === '1080p' || resolution === '4k' ? 'uri' : 'inline';
}

/**
 * Request bodies that continue a finished Gemini clip.
 *
 * Omni: a new interaction with `previous_interaction_id` (js-genai CreateModelInteraction); an
 * extension asks for the seconds it adds as `response_format.duration`, an edit leaves the
 * duration to the clip it changes.
 */
export function omniContinueBody(request: ContinueRequest): Record<string, unknown> {
  const { params, text, kind, parent } = request;
  const format: Record<string, unknown> = { type: 'video', aspect_ratio: params.aspectRatio, resolution: params.resolution };
  if (kind === 'extend') format.duration = `${params.seconds}s`;
  format.delivery = omniDelivery(params.resolution);
  return { model: params.model, input: text, previous_interaction_id: parent.id, background: true, response_format: format };
}

/**
 * Veo: `predictLongRunning` with `instances[0].video = {uri}` (js-genai GenerateVideosSource.video
 * → instances[0].video, Video.uri → uri), the earlier clip's file link; extensions come at 720p.
 */
export function veoExtendBody(request: ContinueRequest): Record<string, unknown> {
  const { params, text, kind, parent } = request;
  if (kind !== 'extend') throw new ProviderError('badRequest', { reason: 'Veo can extend a clip but not edit it' });
  if (!parent.videoUri) throw new ProviderError('badRequest', { reason: 'the clip\'s file link was not kept, so it cannot be extended' });
  const parameters: Record<string, unknown> = { aspectRatio: params.aspectRatio, resolution: '720p', sampleCount: 1 };
  if (params.negativePrompt?.trim()) parameters.negativePrompt = params.negativePrompt.trim();
  return { instances: [{ prompt: text, video: { uri: parent.videoUri } }], parameters };
}
