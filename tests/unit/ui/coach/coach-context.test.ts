import { describe, expect, it } from 'vitest';
import { coachContext, withSeconds } from '../../../../src/ui/coach/coach-context';
import { defaultParams } from '../../../../src/domain/params';
import { capabilitiesFor } from '../../../../src/providers/capabilities';

describe('what the coach knows beyond the text', () => {
  it('takes the duration and the chosen model limits from the parameters', () => {
    const params = { ...defaultParams(), provider: 'fal', model: 'fal-ai/veo3', seconds: 4 };
    const caps = capabilitiesFor('fal', 'fal-ai/veo3');
    expect(coachContext(undefined, params)).toEqual({ shot: undefined, seconds: 4, maxPromptLength: caps.maxPromptLength, negativeField: caps.negativePrompt });
  });

  it('a duration moved out of the prose lands on the nearest one the model offers', () => {
    const params = { ...defaultParams(), provider: 'fal', model: 'fal-ai/veo3', seconds: 4 };
    const offered = capabilitiesFor('fal', 'fal-ai/veo3').durations;
    expect(withSeconds(params, offered[offered.length - 1]!).seconds).toBe(offered[offered.length - 1]);
    expect(offered).toContain(withSeconds(params, 7).seconds);
  });
});
