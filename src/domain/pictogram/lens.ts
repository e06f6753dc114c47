import { lensOf } from '../previz/framing';
import { circle, faint, fill, line, poly, rect, r2, type Pictogram, type Stroke } from './draw';

const eye = { x: 12, y: 21.5 };
/** Width of the full-frame gate in millimetres: with the focal length it gives the angle of view. */
const gateWidth = 36;

/** The points of an arc of radius r around the lens, across the angle of view ±half. */
function arc(r: number, half: number, reverse = false): [number, number][] {
  const steps = 8;
  const out: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const a = -half + (2 * half * (reverse ? steps - i : i)) / steps;
    out.push([eye.x + Math.sin(a) * r, eye.y - Math.cos(a) * r]);
  }
  return out;
}

/**
 * The lens from above: a cone as wide as the focal length's angle of view, and the band that is
 * in focus (deep for a small aperture, a sliver for a wide one), both from Previz's lens table.
 */
function optics(mm: number, aperture: number, reach: number, focusAt: number): Stroke[] {
  const half = Math.atan(gateWidth / 2 / mm);
  const cone: [number, number][] = [[eye.x, eye.y], ...arc(reach, half)];
  const strokes: Stroke[] = [faint(poly(cone, true)), line(poly([arc(reach, half)[0]!, [eye.x, eye.y], arc(reach, half).at(-1)!]))];
  if (aperture === 0) {
    strokes.push(fill(poly([...arc(3, half), ...arc(reach, half, true)], true)));
  } else {
    const depth = Math.min(5, Math.max(0.45, 10 / aperture));
    strokes.push(fill(poly([...arc(focusAt - depth, half), ...arc(focusAt + depth, half, true)], true)));
  }
  strokes.push(fill(rect({ x: eye.x - 2.2, y: eye.y - 1, w: 4.4, h: 2.4 })));
  return strokes;
}

/** Filters and film effects: no optics to draw from, so a small drawing each. */
const effects: Readonly<Record<string, () => Stroke[]>> = {
  'tilt-shift': () => [...optics(35, 0.01, 17, 11).slice(0, 2), fill(poly([[4, 14.5], [20, 9], [20, 11.2], [4, 16.7]], true)), fill(rect({ x: 9.8, y: 20.5, w: 4.4, h: 2.4 }))],
  'pro-mist': () => [faint(circle(12, 12, 9)), faint(circle(12, 12, 6)), fill(circle(12, 12, 3))],
  'grain-halation': () => [
    line(rect({ x: 2, y: 4, w: 20, h: 16 })),
    faint(circle(15, 10, 4.2)),
    fill(circle(15, 10, 2)),
    ...([[5, 7], [8, 16], [11, 12], [6, 12.5], [18, 17], [13, 17.5], [19.5, 14], [9.5, 7.5], [4.5, 17.5]] as const).map(([x, y]) => fill(circle(x, y, 0.6))),
  ],
  'lens-flare': () => [
    fill(circle(7, 7, 2.2)),
    ...[0, 45, 90, 135, 180, 225, 270, 315].map((deg) => {
      const a = (deg * Math.PI) / 180;
      return line(poly([[7 + Math.cos(a) * 3.3, 7 + Math.sin(a) * 3.3], [7 + Math.cos(a) * 5, 7 + Math.sin(a) * 5]]));
    }),
    faint(circle(14, 14, 1.6)),
    line(circle(17.5, 17.5, 2.6)),
    faint(circle(20.5, 20.5, 1)),
  ],
};

/** A lens term as its optics (focal length → angle of view, aperture → depth in focus) or its effect. Unknown terms have none. */
export function lensPictogram(id: string): Pictogram | undefined {
  const effect = effects[id];
  if (effect) return { strokes: effect(), mirrors: true };
  const lens = lensOf(id);
  if (!lens) return undefined;
  const mm = lens.mm ?? 35;
  const aperture = lens.aperture ?? 2.5;
  if (lens.letterbox) {
    // An anamorphic frame: as wide as its aspect, above a shorter cone.
    const h = r2(18 / lens.letterbox);
    return { strokes: [line(rect({ x: 3, y: 2, w: 18, h })), ...optics(mm, aperture, 11, 7.5)], mirrors: true };
  }
  return { strokes: optics(mm, aperture, 17, id === 'macro' ? 5 : 11), mirrors: true };
}
