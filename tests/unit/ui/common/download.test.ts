import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../src/ui/common/download';
import { videoFileName } from '../../../../src/ui/runs/run-text';
import type { Run } from '../../../../src/domain/run';

describe('download file names', () => {
  it('keeps a title readable but strips path, control and direction characters', () => {
    expect(safeFileName('../secret/\u202eevil\u0000 name?.md', 'fallback')).toBe('secret evil name .md');
    expect(safeFileName('محطة الترام', 'fallback')).toBe('محطة الترام');
  });

  it('falls back when nothing readable is left, and never starts with a dot', () => {
    expect(safeFileName('...', 'laqta')).toBe('laqta');
    expect(safeFileName('  \u200f ', 'laqta')).toBe('laqta');
    expect(safeFileName('.hidden', 'laqta')).toBe('hidden');
  });

  it('caps a long title at 80 characters', () => {
    expect(safeFileName('a'.repeat(200), 'x')).toHaveLength(80);
  });

  it('names a video after its title, its run and its container', () => {
    const run = { id: 'run-0123456789abcdef', media: { mimeType: 'video/webm' } } as unknown as Run;
    expect(videoFileName('Tram / stop', run)).toBe('Tram stop-abcdef.webm');
    expect(videoFileName('', { ...run, media: undefined } as unknown as Run)).toBe('laqta-video-abcdef.mp4');
  });
});
