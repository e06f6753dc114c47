/** Colours as plain numbers (0-255 channels), so plans cross into a Worker as data. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export const rgb = (r: number, g: number, b: number): Rgb => ({ r, g, b });

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const k = Math.min(1, Math.max(0, t));
  return { r: a.r + (b.r - a.r) * k, g: a.g + (b.g - a.g) * k, b: a.b + (b.b - a.b) * k };
}

export function scale(c: Rgb, k: number): Rgb {
  return { r: c.r * k, g: c.g * k, b: c.b * k };
}

export function css(c: Rgb, alpha = 1): string {
  const ch = (v: number) => Math.round(Math.min(255, Math.max(0, v)));
  return alpha >= 1 ? `rgb(${ch(c.r)} ${ch(c.g)} ${ch(c.b)})` : `rgb(${ch(c.r)} ${ch(c.g)} ${ch(c.b)} / ${Math.max(0, alpha).toFixed(3)})`;
}

/**
 * The colour of light at a colour temperature in kelvin (Tanner Helland's fit of the black-body
 * curve, good from 1,000 K to 40,000 K): 1,900 K candle orange, 5,600 K daylight white, 9,000 K blue.
 */
export function kelvinToRgb(kelvin: number): Rgb {
  const t = Math.min(40_000, Math.max(1000, kelvin)) / 100;
  const clamp = (v: number) => Math.min(255, Math.max(0, v));
  const r = t <= 66 ? 255 : clamp(329.698727446 * (t - 60) ** -0.1332047592);
  const g = t <= 66 ? clamp(99.4708025861 * Math.log(t) - 161.1195681661) : clamp(288.1221695283 * (t - 60) ** -0.0755148492);
  const b = t >= 66 ? 255 : t <= 19 ? 0 : clamp(138.5177312231 * Math.log(t - 10) - 305.0447927307);
  return { r, g, b };
}

/** Colour names people write in a palette line (CSS names plus the grading words prompts use). */
const named: Readonly<Record<string, string>> = {
  amber: '#ffb000', cream: '#f3e5c0', walnut: '#5b3a29', 'walnut brown': '#5b3a29', brown: '#7b4a2a', teal: '#1f8a8a',
  sand: '#d8c08c', rust: '#b7410e', ochre: '#cc7722', gold: '#d4a017', golden: '#d4a017', crimson: '#b0102a', red: '#d0302a',
  scarlet: '#ff2400', orange: '#f28c28', yellow: '#f2d22e', mustard: '#d6a82a', olive: '#708238', green: '#3c9a4a',
  emerald: '#1f9d63', mint: '#98e0b8', sage: '#9caf88', cyan: '#22c7d9', turquoise: '#30d5c8', blue: '#2f6fd0',
  navy: '#1b2a55', indigo: '#3f3a9c', cobalt: '#0047ab', violet: '#7f4fc9', purple: '#7a3b9a', magenta: '#e0309a',
  pink: '#f08cb0', rose: '#e07a8a', coral: '#f2785c', peach: '#f6b78c', salmon: '#f08070', white: '#f4f4f0',
  ivory: '#f6f0dc', black: '#141414', charcoal: '#2f3136', grey: '#8a8d91', gray: '#8a8d91', silver: '#c0c4c8',
  slate: '#5a6470', steel: '#6e7f8d', beige: '#d9c7a5', tan: '#c9a679', copper: '#b86b3a', bronze: '#9c6b30',
  terracotta: '#c4603c', burgundy: '#7a1f32', maroon: '#6e1e24', lavender: '#b9a6e0', lilac: '#c3a6d8', neon: '#ff2bd6',
  ember: '#e2562a', honey: '#e0a93b', chocolate: '#5c3317', espresso: '#3b2418', khaki: '#b9a36a', denim: '#3d5a80',
};

/** An RGB colour for a palette word ("amber", "walnut brown", "#1f8a8a"), or undefined. */
export function colourByName(name: string): Rgb | undefined {
  const key = name.trim().toLowerCase();
  const hex = /^#?([0-9a-f]{6})$/.exec(key)?.[1] ?? named[key]?.slice(1) ?? named[key.split(/\s+/).at(-1) ?? '']?.slice(1);
  if (!hex) return undefined;
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}
