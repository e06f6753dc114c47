/**
 * Where the camera starts: shot size → how much of the subject fills the frame (distance), angle →
 * camera height, tilt and side, lens → field of view and depth of field. Plain tables.
 */

/** The stand-in's measurements in metres (a person 1.75 m tall, eyes at 1.6 m). */
export const subjectHeight = 1.75;
export const eyeHeight = 1.6;

/** How many metres of the scene the frame height spans at the subject, and the height looked at. */
const sizes: Readonly<Record<string, { span: number; look: number }>> = {
  'extreme-wide': { span: 60, look: 1.2 },
  establishing: { span: 30, look: 2 },
  wide: { span: 7, look: 1.1 },
  'aerial-wide': { span: 40, look: 1 },
  full: { span: 2.3, look: 0.95 },
  'medium-wide': { span: 1.7, look: 1.05 },
  cowboy: { span: 1.25, look: 1.15 },
  medium: { span: 0.95, look: 1.4 },
  'medium-close-up': { span: 0.6, look: 1.45 },
  'close-up': { span: 0.38, look: 1.58 },
  'extreme-close-up': { span: 0.14, look: 1.62 },
  insert: { span: 0.22, look: 1.0 },
  'over-the-shoulder': { span: 0.9, look: 1.4 },
  'two-shot': { span: 1.5, look: 1.15 },
  pov: { span: 2.4, look: 1.35 },
};
const defaultSize = 'medium-wide';

/** Focal length (mm, full frame) and blur strength per lens term. */
const lenses: Readonly<Record<string, { mm?: number; aperture?: number; letterbox?: number }>> = {
  'wide-24': { mm: 24 },
  'prime-35': { mm: 35 },
  'prime-50': { mm: 50 },
  'portrait-85': { mm: 85, aperture: 9 },
  telephoto: { mm: 135, aperture: 7 },
  anamorphic: { mm: 40, aperture: 5, letterbox: 2.39 },
  macro: { mm: 60, aperture: 22 },
  fisheye: { mm: 12, aperture: 0 },
  'shallow-dof': { aperture: 14 },
  'deep-focus': { aperture: 0 },
};

/** A shot size's frame: metres of the scene the frame height spans and the height looked at (unknown ids: none). */
export function sizeOf(id: string): { span: number; look: number } | undefined {
  return sizes[id];
}

/** A lens term's optics: focal length, blur strength, letterbox (unknown or non-optical ids: none). */
export function lensOf(id: string): { mm?: number; aperture?: number; letterbox?: number } | undefined {
  return lenses[id];
}

/** The starting camera, before any move: everything a move is measured from. */
export interface Framing {
  /** Horizontal distance from the camera to the point looked at, metres. */
  distance: number;
  /** Camera height above the ground, metres. */
  height: number;
  /** Height of the point looked at. */
  look: number;
  /** Which side the camera stands on, degrees around the subject (0 in front, 90 its left side, 180 behind). */
  azimuth: number;
  roll: number;
  /** True for a bird's-eye view: straight down from above. */
  topDown: boolean;
  /** Vertical field of view, degrees. */
  fov: number;
  /** Blur strength (0 = everything sharp). */
  aperture: number;
  /** The frame's aspect shown inside black bars (anamorphic), if any. */
  letterbox?: number;
}

/** Vertical field of view of a full-frame lens (24 mm tall gate). */
export function fovOf(mm: number): number {
  return (2 * Math.atan(12 / mm) * 180) / Math.PI;
}

/** The starting camera for a shot size, angles and lenses (unknown or no ids: a medium-wide shot at eye level, 35 mm). */
export function framingOf(shotSize: readonly string[], angles: readonly string[], lensIds: readonly string[]): Framing {
  let mm = 35;
  let aperture = 2.5;
  let letterbox: number | undefined;
  for (const id of lensIds) {
    const lens = lenses[id];
    if (lens?.mm !== undefined) mm = lens.mm;
    if (lens?.letterbox !== undefined) letterbox = lens.letterbox;
  }
  // Depth-of-field words win over a lens's own character, whatever the order.
  for (const id of lensIds) if (lenses[id]?.aperture !== undefined && lenses[id]?.mm !== undefined) aperture = lenses[id]!.aperture!;
  for (const id of lensIds) if (lenses[id]?.aperture !== undefined && lenses[id]?.mm === undefined) aperture = lenses[id]!.aperture!;
  const fov = fovOf(mm);
  const sizeId = shotSize.find((id) => sizes[id]) ?? defaultSize;
  const size = sizes[sizeId]!;
  const tan = Math.tan((fov * Math.PI) / 360);
  const distance = size.span / (2 * tan);
  let height = sizeId === 'aerial-wide' ? 25 : sizeId === 'establishing' || sizeId === 'extreme-wide' ? 6 : eyeHeight;
  let azimuth = 0;
  let roll = 0;
  let topDown = false;
  for (const angle of angles) {
    switch (angle) {
      case 'eye-level':
        height = eyeHeight;
        break;
      case 'low':
        // Below the eye line and looking up; close framings stay close under the chin, not at the knees.
        height = Math.max(0.3, size.look - Math.max(0.3, distance * 0.6));
        break;
      case 'worms-eye':
        height = 0.08;
        break;
      case 'high':
        height = size.look + Math.max(1.4, distance * 0.7);
        break;
      case 'slight-downward':
        height = size.look + Math.max(0.35, distance * 0.2);
        break;
      case 'birds-eye':
        topDown = true;
        break;
      case 'dutch':
        roll = 18;
        break;
      case 'from-behind':
        azimuth = 160;
        break;
      case 'profile':
        azimuth = 90;
        break;
    }
  }
  return { distance, height, look: size.look, azimuth, roll, topDown, fov, aperture, ...(letterbox ? { letterbox } : {}) };
}

/** True for the shot sizes whose framing has another figure in it. */
export const secondFigure = (shotSize: readonly string[]) =>
  shotSize.includes('two-shot') ? 'beside' : shotSize.includes('over-the-shoulder') ? 'shoulder' : undefined;
