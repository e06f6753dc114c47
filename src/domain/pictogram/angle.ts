import { framingOf, subjectHeight } from '../previz/framing';
import { circle, dash, faint, fill, line, person, poly, rect, type Pictogram, type Stroke } from './draw';

/** How each angle is best seen: from the side (camera height), from above (which side), or in the frame (tilt). */
const views: Readonly<Record<string, 'side' | 'top' | 'frame'>> = {
  'eye-level': 'side',
  low: 'side',
  high: 'side',
  'slight-downward': 'side',
  'worms-eye': 'side',
  'birds-eye': 'side',
  dutch: 'frame',
  'from-behind': 'top',
  profile: 'top',
};

const groundY = 20.5;
const subjectX = 17;
const cameraX = 5;
const scale = 11.5 / subjectHeight;

/** The camera: a small body with its lens toward what it looks at. */
function camera(x: number, y: number, towardX: number, towardY: number): Stroke[] {
  const a = Math.atan2(towardY - y, towardX - x);
  const c = Math.cos(a);
  const s = Math.sin(a);
  const at = (u: number, v: number) => [x + u * c - v * s, y + u * s + v * c] as const;
  return [fill(poly([at(-1.8, -1.3), at(1, -1.3), at(1, -0.6), at(2.3, -1.2), at(2.3, 1.2), at(1, 0.6), at(1, 1.3), at(-1.8, 1.3)], true))];
}

/**
 * An angle drawn from Previz's starting camera for it: seen from the side, the camera at its
 * height and its line of sight to the point it looks at; seen from above for the side it stands
 * on; a tilted horizon for a canted frame. Unknown angles have none.
 */
export function anglePictogram(id: string): Pictogram | undefined {
  const view = views[id];
  if (!view) return undefined;
  const framing = framingOf(['medium'], [id], []);
  if (view === 'frame') {
    const tilt = (framing.roll * Math.PI) / 180;
    const dx = Math.cos(tilt) * 11;
    const dy = Math.sin(tilt) * 11;
    return {
      strokes: [line(rect({ x: 2, y: 5, w: 20, h: 14 })), line(poly([[12 - dx, 14 + dy], [12 + dx, 14 - dy]]))],
      frame: { box: { x: 2, y: 5, w: 20, h: 14 }, strokes: [faint(poly([[12 - dx, 14 + dy], [12 + dx, 14 - dy], [22, 19], [2, 19]], true))] },
      mirrors: true,
    };
  }
  if (view === 'top') {
    // From above: the subject's head and shoulders facing down the box; the camera on its side.
    const az = (framing.azimuth * Math.PI) / 180;
    const cx = 12 + Math.sin(az) * 8.5;
    const cy = 11 + Math.cos(az) * 8.5;
    return {
      strokes: [faint(poly([[6.5, 10], [17.5, 10], [16.5, 12.5], [7.5, 12.5]], true)), fill(circle(12, 11, 2.6)), fill(poly([[11, 13.3], [13, 13.3], [12, 15]], true)), ...camera(cx, cy, 12, 11)],
      mirrors: true,
    };
  }
  const look = { x: subjectX, y: groundY - framing.look * scale };
  const cam = framing.topDown ? { x: subjectX, y: 2.5 } : { x: cameraX, y: Math.min(groundY - 1.4, Math.max(2.5, groundY - framing.height * scale)) };
  return {
    strokes: [
      line(poly([[1.5, groundY + 0.5], [22.5, groundY + 0.5]])),
      ...person(subjectX, groundY, scale),
      dash(poly([[cam.x, cam.y], [look.x, framing.topDown ? groundY - 12.5 : look.y]])),
      ...camera(cam.x, cam.y, look.x, look.y),
    ],
    mirrors: true,
  };
}
