import type { Framing } from './framing';

/**
 * Camera moves as changes to a rig. A rig is a handful of numbers (log distance, side, height,
 * pan, tilt, zoom…); a move adds a change to them over its time, eased, so moves chain without
 * jumps and can be stacked ("dolly-in" with "handheld").
 */
export interface Rig {
  /** ln of the horizontal distance to the point looked at. */
  logDistance: number;
  /** Degrees around the subject. */
  azimuth: number;
  /** Metres added to the camera height. */
  height: number;
  /** Metres added to the height looked at. */
  look: number;
  /** Metres the camera and the point looked at slide sideways (screen right at the start). */
  lateral: number;
  /** Metres the camera and the point looked at travel along the subject's facing axis. */
  forward: number;
  /** Degrees of pan, tilt and roll on top of looking at the subject. */
  yaw: number;
  pitch: number;
  roll: number;
  /** ln of tan(fov / 2): zooming in lowers it. */
  logTan: number;
  /** 0 focus on the subject, 1 on the foreground (rack focus goes the other way). */
  focusNear: number;
  /** Metres the subject has walked (along x). */
  walk: number;
}

export type RigChange = Partial<Rig>;

export function zeroRig(): Rig {
  return { logDistance: 0, azimuth: 0, height: 0, look: 0, lateral: 0, forward: 0, yaw: 0, pitch: 0, roll: 0, logTan: 0, focusNear: 0, walk: 0 };
}

export function addRig(rig: Rig, change: RigChange, k = 1): void {
  for (const key in change) rig[key as keyof Rig] += (change[key as keyof Rig] ?? 0) * k;
}

/** How a move unfolds: a change over its span, eased; an optional offset it starts from; shake. */
export interface MoveShape {
  /** Applied from the start when the move opens the clip (a pan that sweeps across the subject). */
  start?: RigChange;
  change: RigChange;
  /** The part of the move's span in which it happens (a whip pan is over in a blink). */
  window?: [number, number];
  /** `inOut` smooth both ends; `in` accelerating (a dive). */
  ease?: 'inOut' | 'in';
  /** Shake: metres and degrees of wobble, cycles per second. */
  shake?: { metres: number; degrees: number; hz: number };
  /** The move needs something in the foreground (rack focus, parallax). */
  foreground?: boolean;
}

const ln = Math.log;

/** What each movement term does to the camera, measured from the starting framing. */
export function moveShape(id: string, framing: Framing, seconds: number): MoveShape | undefined {
  const d = framing.distance;
  switch (id) {
    case 'static':
      return { change: {} };
    case 'push-in':
      return { change: { logDistance: ln(0.7) } };
    case 'dolly-in':
      return { change: { logDistance: ln(0.5) } };
    case 'dolly-out':
      return { change: { logDistance: ln(2) } };
    case 'pan':
      return { start: { yaw: -28 }, change: { yaw: 56 } };
    case 'tilt':
      return { start: { pitch: -22 }, change: { pitch: 40 } };
    case 'truck':
      // The vocabulary's words say "trucking left": the camera slides to its left.
      return { start: { lateral: 0.45 * d }, change: { lateral: -0.9 * d } };
    case 'pedestal':
      return { change: { height: Math.max(0.9, 0.45 * d), look: Math.max(0.9, 0.45 * d) } };
    case 'crane':
      return { change: { height: Math.max(3, 1.2 * d), logDistance: ln(1.35) } };
    case 'orbit':
      return { change: { azimuth: 120 } };
    case 'tracking':
      // The subject walks at 1.2 m/s and the camera keeps pace beside it.
      return { change: { walk: 1.2 * seconds }, shake: { metres: 0.012, degrees: 0.25, hz: 0.6 } };
    case 'handheld':
      return { change: {}, shake: { metres: 0.022, degrees: 0.9, hz: 1.4 } };
    case 'steadicam':
      return { change: { logDistance: ln(0.85) }, shake: { metres: 0.045, degrees: 0.35, hz: 0.3 } };
    case 'drone':
      return { start: { height: 14, logDistance: ln(3) }, change: { forward: -(2 * d + 10) }, shake: { metres: 0.08, degrees: 0.3, hz: 0.25 } };
    case 'fpv':
      return { start: { height: 9, logDistance: ln(3.5) }, change: { height: -9, logDistance: ln(1 / 3.5), roll: 25 }, ease: 'in', shake: { metres: 0.05, degrees: 1.2, hz: 2.2 } };
    case 'whip-pan':
      return { change: { yaw: 90 }, window: [0.45, 0.58] };
    case 'dolly-zoom':
      return { change: { logDistance: ln(2.2), logTan: -ln(2.2) } };
    case 'rack-focus':
      return { start: { focusNear: 1 }, change: { focusNear: -1 }, window: [0.3, 0.7], foreground: true };
    case 'parallax':
      return { start: { lateral: -0.3 * d }, change: { lateral: 0.6 * d }, foreground: true };
    case 'hyperlapse':
      // Not a movement term: the camera travel a hyperlapse pacing implies.
      return { change: { forward: -(0.8 * d + 8) } };
    case 'crash-zoom':
      return { change: { logTan: -ln(3.5) }, window: [0.3, 0.4] };
    default:
      return undefined;
  }
}

const easeInOut = (p: number) => (p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2);
const easeIn = (p: number) => p * p * p;

/** How far along (0-1, eased) a move of this shape is at `p` (0-1) through its span. */
export function progress(shape: MoveShape, p: number): number {
  const [a, b] = shape.window ?? [0, 1];
  const local = Math.min(1, Math.max(0, (p - a) / (b - a)));
  return shape.ease === 'in' ? easeIn(local) : easeInOut(local);
}
