import type { Transition } from './storyboard';

/**
 * The clock of a storyboard played back to back: where each shot sits, which shot is on screen at
 * a time `t`, and how a dissolve blends two shots. A cut or match cut switches at the cut point; a
 * dissolve crossfades across it (half before, half after), so it adds no time: shot k still starts
 * exactly where the storyboard puts it. Pure: the player asks, the videos follow.
 */
export interface SequencePart {
  seconds: number;
  /** How the previous part gives way to this one (ignored for the first). */
  transition: Transition;
}

export interface TimelinePart {
  index: number;
  from: number;
  to: number;
  transition: Transition;
}

export interface Timeline {
  parts: TimelinePart[];
  total: number;
  /** Length of a dissolve, in seconds (shortened for shots shorter than it). */
  dissolve: number;
}

/** A video on screen at one moment: which part, at what time within it, how opaque (the later layer is drawn on top). */
export interface Layer {
  index: number;
  local: number;
  opacity: number;
}

export const defaultDissolveSeconds = 0.8;

export function sequenceTimeline(parts: readonly SequencePart[], dissolve = defaultDissolveSeconds): Timeline {
  let at = 0;
  const laid = parts.map((p, index) => {
    const from = at;
    at += Math.max(0, p.seconds);
    return { index, from, to: at, transition: index === 0 ? ('cut' as const) : p.transition };
  });
  return { parts: laid, total: at, dissolve };
}

/** The part on screen at `t` (clamped to the sequence): the one whose span holds it; the last at the very end. */
export function partAt(timeline: Timeline, t: number): number {
  const { parts } = timeline;
  if (!parts.length) return -1;
  const time = Math.min(Math.max(t, 0), timeline.total);
  const found = parts.findIndex((p) => time >= p.from && time < p.to);
  return found >= 0 ? found : parts.length - 1;
}

/** Half the crossfade into part `index` (0 when it is not a dissolve), never more than half of either shot. */
function halfFade(timeline: Timeline, index: number): number {
  const part = timeline.parts[index];
  const prev = timeline.parts[index - 1];
  if (!part || !prev || part.transition !== 'dissolve') return 0;
  return Math.min(timeline.dissolve / 2, (prev.to - prev.from) / 2, (part.to - part.from) / 2);
}

/** What is on screen at `t`: one layer, or two during a dissolve (outgoing below, incoming fading in above). */
export function layersAt(timeline: Timeline, t: number): { current: number; layers: Layer[] } {
  const current = partAt(timeline, t);
  if (current < 0) return { current, layers: [] };
  const time = Math.min(Math.max(t, 0), timeline.total);
  const local = (i: number) => {
    const p = timeline.parts[i]!;
    return Math.min(Math.max(time - p.from, 0), p.to - p.from);
  };
  // A dissolve into the next part that has begun, or one into this part that has not ended.
  for (const incoming of [current + 1, current]) {
    const h = halfFade(timeline, incoming);
    if (h <= 0) continue;
    const cut = timeline.parts[incoming]!.from;
    if (time >= cut - h && time < cut + h) {
      const opacity = Math.min(1, Math.max(0, (time - (cut - h)) / (2 * h)));
      return { current, layers: [{ index: incoming - 1, local: local(incoming - 1), opacity: 1 }, { index: incoming, local: local(incoming), opacity }] };
    }
  }
  return { current, layers: [{ index: current, local: local(current), opacity: 1 }] };
}

/** Where "next shot" goes from `t`: the start of the next part (the end, from the last). */
export function nextShotStart(timeline: Timeline, t: number): number {
  const i = partAt(timeline, t);
  return timeline.parts[i + 1]?.from ?? timeline.total;
}

/** Where "previous shot" goes from `t`: this part's start, or the one before when already within its first second. */
export function previousShotStart(timeline: Timeline, t: number): number {
  const i = partAt(timeline, t);
  const part = timeline.parts[i];
  if (!part) return 0;
  if (t - part.from > 1 || i === 0) return part.from;
  return timeline.parts[i - 1]!.from;
}
