import type { CoachInput } from '../../domain/coach/index';
import { fitParams, type GenerationParams } from '../../domain/params';
import type { Shot } from '../../domain/shot';
import { capabilitiesFor } from '../../providers/capabilities';
import { isProviderId } from '../../providers/types';

/** What the coach knows beyond the text: the Shot, the chosen duration, and the chosen model's limits. */
export function coachContext(shot: Shot | undefined, params: GenerationParams): Omit<CoachInput, 'text'> {
  const caps = isProviderId(params.provider) ? capabilitiesFor(params.provider, params.model) : undefined;
  return { shot, seconds: params.seconds, maxPromptLength: caps?.maxPromptLength, negativeField: caps?.negativePrompt };
}

/** The parameters with this duration, moved onto the nearest one the model offers. */
export function withSeconds(params: GenerationParams, seconds: number): GenerationParams {
  const next = { ...params, seconds };
  return isProviderId(params.provider) ? fitParams(capabilitiesFor(params.provider, params.model), next) : next;
}
