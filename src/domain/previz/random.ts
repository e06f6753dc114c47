/**
 * Seeded randomness for takes: the same seed always gives the same take, another seed another
 * one (like a model's seed). Pure: no Math.random, so a plan can be re-rendered exactly.
 */

/** A small, fast 32-bit generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed with a channel number so independent wobbles do not move in step. */
export function mixSeed(seed: number, channel: number): number {
  let h = (seed ^ Math.imul(channel + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function lattice(seed: number, i: number): number {
  return seededRandom(mixSeed(seed, i))() * 2 - 1;
}

/** Smooth 1-D value noise in [-1, 1]: `x` in cycles; the same (seed, x) always gives the same value. */
export function valueNoise(seed: number, x: number): number {
  const i = Math.floor(x);
  const f = x - i;
  const s = f * f * (3 - 2 * f);
  return lattice(seed, i) * (1 - s) + lattice(seed, i + 1) * s;
}

/** Two octaves of value noise: the breathing of a hand-held camera. */
export function shakeNoise(seed: number, x: number): number {
  return valueNoise(seed, x) * 0.7 + valueNoise(mixSeed(seed, 7), x * 2.7) * 0.3;
}
