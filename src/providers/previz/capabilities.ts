import type { ModelCapabilities } from '../../domain/params';

/** Previz's one model: a schematic sketch drawn on this device. */
export const previzModel = 'previz-schematic';

/** What Previz draws: any of these lengths and shapes, at 360p or 720p, always free. */
export const previzCapabilities: ModelCapabilities = {
  durations: [2, 4, 6, 8, 10, 12],
  aspectRatios: ['16:9', '9:16', '1:1'],
  resolutions: ['360p', '720p'],
  audio: 'never',
  negativePrompt: false,
  referenceImage: false,
  maxPromptLength: 32_000,
  price: { perSecond: { '*': 0 }, asOf: '2026-12-01' },
  seed: true,
};

/** Frame size in pixels for an aspect ratio and resolution (the short side is the resolution's lines). */
export function previzFrameSize(aspectRatio: string, resolution: string): { width: number; height: number } {
  const lines = resolution === '360p' ? 360 : 720;
  const [w, h] = aspectRatio.split(':').map(Number);
  const ratio = w && h ? w / h : 16 / 9;
  const even = (n: number) => Math.round(n / 2) * 2;
  return ratio >= 1 ? { width: even(lines * ratio), height: lines } : { width: lines, height: even(lines / ratio) };
}
