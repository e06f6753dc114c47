import { describe, expect, it } from 'vitest';
import { omniStatus } from '../../../src/providers/gemini';

describe('an Omni interaction\'s failure becomes one kind, with Google\'s words kept', () => {
  it('errors[] of a failed interaction', () => {
    const status = omniStatus({ id: 'i', status: 'failed', errors: [{ code: 'internal', message: 'Video generation failed.' }] });
    expect(status).toMatchObject({ state: 'failed', error: { kind: 'failed', reason: 'Video generation failed.' } });
    expect(status.error?.raw).toContain('Video generation failed.');
  });

  it('a safety block in errors[] or in a step\'s own error is a content-policy refusal', () => {
    expect(omniStatus({ id: 'i', status: 'failed', errors: [{ code: 'content_blocked', message: 'The output was blocked by safety filters.' }] }).error?.kind).toBe('policy');
    const stepOnly = omniStatus({ id: 'i', status: 'completed', steps: [{ type: 'model_output', error: { code: 3, message: 'Output blocked.', details: [{ reason: 'SAFETY' }] } }] });
    expect(stepOnly).toMatchObject({ state: 'failed', error: { kind: 'policy', reason: 'Output blocked.' } });
  });

  it('budget_exceeded and requires_action each have their own kind', () => {
    expect(omniStatus({ id: 'i', status: 'budget_exceeded', errors: [{ code: 'budget_exceeded', message: 'Budget reached.' }] }).error?.kind).toBe('budget');
    expect(omniStatus({ id: 'i', status: 'requires_action' }).error?.kind).toBe('needsAction');
  });

  it('cancelled is aborted, incomplete and unknown statuses are failures', () => {
    expect(omniStatus({ id: 'i', status: 'cancelled' }).error?.kind).toBe('aborted');
    expect(omniStatus({ id: 'i', status: 'incomplete' }).error?.kind).toBe('failed');
    expect(omniStatus({ id: 'i', status: 'paused_for_reasons' }).state).toBe('failed');
  });

  it('a completed interaction with a video succeeds', () => {
    expect(omniStatus({ id: 'i', status: 'completed', steps: [{ type: 'model_output', content: [{ type: 'video', uri: 'https://x/files/a', mime_type: 'video/mp4' }] }] })).toMatchObject({
      state: 'succeeded',
      output: { videoUrl: 'https://x/files/a' },
    });
  });
});
