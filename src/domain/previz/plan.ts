import type { Category } from '../vocabulary/index';
import type { CaptionItem } from './caption';
import { framingOf, secondFigure, type Framing } from './framing';
import { lightRigOf, type LightRig } from './light';
import { moveShape } from './moves';
import { previewedPacing } from './pacing';
import { mixSeed, seededRandom } from './random';
import { readSky, type PrevizRequest } from './read';

/** One camera move over a span of the clip; `opening` moves start from their own offset. */
export interface MoveSegment {
  move: string;
  from: number;
  to: number;
  opening: boolean;
}

/** Something the subject does during a beat (turns to look, gestures), at the beat's time. */
export interface SubjectBeat {
  from: number;
  to: number;
}

/**
 * Everything needed to draw every frame of a clip, as plain data (it crosses into a Worker):
 * the starting framing, the timed moves, the light, the pacing, the subject's beats, the set,
 * and the caption: what is shown and what was asked for but is not.
 */
export interface ScenePlan {
  seconds: number;
  fps: number;
  /** The take: handheld wobble and the exact timing of the moves follow it. */
  seed: number;
  framing: Framing;
  segments: MoveSegment[];
  light: LightRig;
  pacing: string[];
  beats: SubjectBeat[];
  /** Another figure beside the subject (two-shot) or a shoulder in the foreground (over-the-shoulder). */
  figure?: 'beside' | 'shoulder';
  /** A post between camera and subject, for rack focus and parallax. */
  foreground: boolean;
  /** Film grain over the image. */
  grain: boolean;
  /** A lens flare when the sun is in frame. */
  flare: boolean;
  shown: CaptionItem[];
  notPreviewed: CaptionItem[];
}

export const previzFps = 24;

const previewedLens = new Set(['wide-24', 'prime-35', 'prime-50', 'portrait-85', 'telephoto', 'anamorphic', 'macro', 'shallow-dof', 'deep-focus', 'fisheye', 'grain-halation', 'lens-flare']);
const previewedLighting = (id: string) => id !== 'motivated';

/** Which terms of a category Previz draws (the rest are listed as not previewed). */
function previewed(category: Category, id: string, framingFor: Framing, seconds: number): boolean {
  switch (category) {
    case 'shotSize':
    case 'angle':
      return true;
    case 'lens':
      return previewedLens.has(id);
    case 'movement':
      return !!moveShape(id, framingFor, seconds);
    case 'lighting':
      return previewedLighting(id);
    case 'pacing':
      return previewedPacing.has(id);
    default:
      return false;
  }
}

// The caption reads in this order: how we see it, how it moves, how it is lit, its time.
const captionOrder: readonly Category[] = ['shotSize', 'angle', 'lens', 'movement', 'lighting', 'pacing', 'style', 'audio'];

/**
 * A prompt's reading → the scene plan of a `seconds`-long take. `seed` picks the take: the same
 * seed gives the same clip, another one a slightly different wobble and timing.
 */
export function planScene(request: PrevizRequest, seconds: number, seed: number): ScenePlan {
  const { terms } = request;
  const framing = framingOf(terms.shotSize, terms.angle, terms.lens);
  const random = seededRandom(mixSeed(seed, 1));
  const jitter = (span: number) => random() * span;

  const beatMoves = request.beats.filter((b) => b.movement.length && b.from < seconds).sort((a, b) => a.from - b.from);
  const firstBeat = beatMoves[0]?.from ?? seconds;
  // The prompt's moves run until the first beat that names a move; if that beat opens the clip, across it.
  const wholeEnd = firstBeat >= 0.5 ? firstBeat : seconds;
  const segments: MoveSegment[] = [];
  const wholeMoves = terms.movement.filter((id) => moveShape(id, framing, seconds));
  for (const move of wholeMoves) {
    const span = wholeEnd;
    segments.push({ move, from: jitter(span * 0.06), to: span - jitter(span * 0.06), opening: true });
  }
  for (const beat of beatMoves) {
    const from = Math.max(0, beat.from + (random() - 0.5) * 0.16);
    const to = Math.min(seconds, Math.max(from + 0.2, beat.to + (random() - 0.5) * 0.16));
    for (const move of beat.movement) if (moveShape(move, framing, to - from)) segments.push({ move, from, to, opening: false });
  }
  if (terms.pacing.includes('hyperlapse')) segments.push({ move: 'hyperlapse', from: 0, to: seconds, opening: false });

  const sky = readSky(request);
  const light = lightRigOf(terms.lighting, request.palette, sky.timeOfDay, sky.weather);

  const shown: CaptionItem[] = [];
  const notPreviewed: CaptionItem[] = [];
  for (const category of captionOrder) {
    const ids = category === 'movement' ? [...terms.movement, ...beatMoves.flatMap((b) => b.movement)] : terms[category];
    for (const id of new Set(ids)) (previewed(category, id, framing, seconds) ? shown : notPreviewed).push({ category, id });
  }
  for (const word of sky.weather) if (word === 'rain' || word === 'snow') notPreviewed.push({ word });
  if (request.hasDialogue) notPreviewed.push({ word: 'dialogue' });
  if (request.hasSound && !terms.audio.length) notPreviewed.push({ word: 'sound' });

  const figure = secondFigure(terms.shotSize);
  return {
    seconds,
    fps: previzFps,
    seed,
    framing,
    segments,
    light,
    pacing: terms.pacing.filter((id) => previewedPacing.has(id)),
    beats: request.beats.filter((b) => !b.movement.length && b.from < seconds).map((b) => ({ from: b.from, to: Math.min(seconds, b.to) })),
    ...(figure ? { figure } : {}),
    foreground: segments.some((s) => moveShape(s.move, framing, 1)?.foreground),
    grain: terms.lens.includes('grain-halation'),
    flare: terms.lens.includes('lens-flare'),
    shown,
    notPreviewed,
  };
}
