/**
 * Pacing: how fast the scene's own clock runs against the clip's. Clouds, sun and the subject
 * follow the scene clock, so slow motion crawls and a time-lapse sweeps the sun across the sky.
 */

/** Scene seconds per clip second, by pacing term (time-lapse: one clip second is 40 minutes). */
const rates: Readonly<Record<string, number>> = {
  'real-time': 1,
  'long-take': 1,
  'slow-motion': 0.25,
  'fast-motion': 3,
  'time-lapse': 2400,
  hyperlapse: 600,
};

/** The scene clock at clip time `t` for these pacing terms (the first one that changes time wins). */
export function sceneTime(pacing: readonly string[], t: number, seconds: number): number {
  for (const id of pacing) {
    switch (id) {
      case 'speed-ramp': {
        // Normal speed, then easing into quarter speed from 40 % to 60 % of the clip.
        const a = seconds * 0.4;
        const b = seconds * 0.6;
        if (t <= a) return t;
        if (t >= b) return a + (b - a) * 0.625 + (t - b) * 0.25;
        const u = (t - a) / (b - a);
        return a + (b - a) * (u - 0.375 * u * u);
      }
      case 'freeze-frame':
        return Math.min(t, seconds * 0.75);
      case 'reverse':
        return seconds - t;
      case 'stop-motion-steps':
        return Math.floor(t * 8) / 8;
      default:
        if (rates[id] !== undefined && rates[id] !== 1) return t * rates[id]!;
    }
  }
  return t;
}

/** True when the scene clock runs so fast that people would blur: the stand-in holds still. */
export function subjectHolds(pacing: readonly string[]): boolean {
  return pacing.includes('time-lapse') || pacing.includes('hyperlapse');
}

/** How many degrees the sun moves per scene second (15° an hour). */
export const sunDegreesPerSecond = 15 / 3600;

/** The pacing terms Previz can show. */
export const previewedPacing = new Set(['real-time', 'long-take', 'slow-motion', 'fast-motion', 'time-lapse', 'hyperlapse', 'speed-ramp', 'freeze-frame', 'reverse', 'stop-motion-steps']);
