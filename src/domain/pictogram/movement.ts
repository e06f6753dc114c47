import { framingOf } from '../previz/framing';
import { moveShape, type MoveShape } from '../previz/moves';
import { arrow, circle, curvedArrow, dash, faint, fill, head, line, person, poly, rect, sideNamedIn, speedLines, type Box, type Heading, type Pictogram, type Stroke } from './draw';

/** A small subject for the moves drawn around it. */
const subject = (x: number, y: number): Stroke[] => person(x, y, 4.6);

/** Moves that happen in a blink (a whip pan, a crash zoom) leave a trail: speed lines, a frame between frames. */
const quick = (shape: MoveShape) => !!shape.window && shape.window[1] - shape.window[0] < 0.3;

/**
 * A zoom by Previz's change of ln tan(fov / 2): the frame it starts from, dashed, and the frame it
 * lands on, solid, round the subject (zooming in, the landing frame is the smaller by the tan
 * ratio); a quick one leaves a frame between.
 */
function zoomFrames(logTan: number, fast: boolean): Stroke[] {
  const frame = (k: number): Box => ({ x: 12 - 10 * k, y: 12 - 8 * k, w: 20 * k, h: 16 * k });
  const small = Math.exp(-Math.abs(logTan));
  const [from, to] = logTan < 0 ? [1, small] : [small, 1];
  const trail = fast ? [dash(rect(frame(Math.sqrt(small))))] : [];
  return [dash(rect(frame(from))), ...trail, line(rect(frame(to))), fill(circle(12, 12, 1.2))];
}

/**
 * A dolly zoom: the subject keeps its size while the set behind it stretches: the set's lines
 * fan out from behind the subject, their heads outward when the background grows (the camera backs
 * away as the lens zooms in), inward when it shrinks.
 */
function vertigo(grows: boolean): Stroke[] {
  const vanish = [12, 9] as const;
  const set = ([[-1, -1], [1, -1], [-1, 1], [1, 1]] as const).flatMap(([sx, sy]) => {
    const near: [number, number] = [vanish[0] + sx * 3.2, vanish[1] + sy * 3.2];
    const far: [number, number] = [12 + sx * 9.5, sy < 0 ? 2.5 : 21.5];
    const [from, to] = grows ? [near, far] : [far, near];
    return [dash(poly([from, to])), line(head(to[0], to[1], to[0] - from[0], to[1] - from[1], 2.2))];
  });
  return [...set, ...person(12, 20.5, 6.4)];
}

type Drawing = { strokes: Stroke[]; heading: Heading };

/**
 * Reads a move's change to the Previz rig and draws its path: which numbers it changes decides
 * the drawing, their signs the direction, their size the length. `side` is the side the term's
 * own words name, which wins over the rig's sign (the prompt says it).
 */
function drawMove(shape: MoveShape, side: 'left' | 'right' | undefined): Drawing | undefined {
  const c = shape.change;
  const dir = (value: number | undefined): 'left' | 'right' => side ?? ((value ?? 0) < 0 ? 'left' : 'right');
  const sx = (h: 'left' | 'right') => (h === 'right' ? 1 : -1);
  if (c.focusNear !== undefined || shape.start?.focusNear !== undefined) {
    // Rack focus: from a near, soft shape to a far, sharp one.
    return { strokes: [faint(circle(6, 16, 4.5)), fill(circle(17.5, 7, 2.5)), ...curvedArrow(9, 10.5, 11, 6.5, 14, 6.5)], heading: 'away' };
  }
  if (c.logTan !== undefined) {
    if (c.logDistance !== undefined && Math.sign(c.logDistance) !== Math.sign(c.logTan)) {
      // Dolly zoom: the camera moves one way while the lens zooms the other; the subject stays, the set warps.
      return { strokes: vertigo(c.logDistance > 0), heading: c.logDistance > 0 ? 'away' : 'toward' };
    }
    // A zoom (a crash zoom is one over in a blink): the frame rushes in on the subject.
    return { strokes: zoomFrames(c.logTan, quick(shape)), heading: c.logTan < 0 ? 'toward' : 'away' };
  }
  if (c.yaw !== undefined) {
    const h = dir(c.yaw);
    const s = sx(h);
    return { strokes: [...curvedArrow(12 - s * 8, 16, 12, 6, 12 + s * 8, 16), ...(quick(shape) ? speedLines(12 - s * 1, 8.5, s, 0) : []), fill(circle(12, 18.5, 1.6))], heading: h };
  }
  if (c.pitch !== undefined) {
    const up = c.pitch > 0;
    return { strokes: [...curvedArrow(13, up ? 20 : 4, 4, 12, 13, up ? 4 : 20), fill(circle(16, 12, 1.6))], heading: up ? 'up' : 'down' };
  }
  if (c.azimuth !== undefined) {
    // Orbit: a path around the subject, its near half solid.
    return { strokes: [faint(poly([[4, 12], [20, 12]])), ...subject(12, 14), line('M4 14 A8 4.5 0 0 0 20 14'), line('M20 14 A8 4.5 0 0 0 4 14'), ...arrow(17.5, 17.6, 20, 14.6)], heading: 'around' };
  }
  if (c.walk !== undefined) {
    // Tracking: the subject walks and the camera keeps pace on a parallel path.
    const s = sx(dir(c.walk));
    return { strokes: [...subject(12, 12), ...arrow(12 - s * 9, 15, 12 + s * 9, 15), ...arrow(12 - s * 9, 20, 12 + s * 9, 20)], heading: dir(c.walk) };
  }
  if (c.forward !== undefined && shape.start?.height !== undefined) {
    // Flying over: high above a landscape, travelling across it.
    const s = sx(side ?? 'right');
    return { strokes: [faint(poly([[1.5, 21], [6, 15], [9.5, 18], [14, 13], [18, 17.5], [22.5, 15], [22.5, 21]], true)), ...arrow(12 - s * 9, 6, 12 + s * 9, 6)], heading: side ?? 'right' };
  }
  if (c.height !== undefined && c.height < 0) {
    // A dive: falling faster and faster toward the subject.
    return { strokes: [...subject(17, 21), ...curvedArrow(3, 3, 13, 3, 16, 12)], heading: 'down' };
  }
  if (c.height !== undefined && c.logDistance !== undefined) {
    // Crane: rising and pulling back over the scene.
    return { strokes: [...subject(17, 21), ...curvedArrow(10, 19, 5, 6, 15, 3)], heading: 'up' };
  }
  if (c.height !== undefined) {
    return { strokes: [faint(poly([[7, 3], [7, 21]])), ...arrow(12, 19, 12, 5), line(poly([[9, 21], [15, 21]]))], heading: 'up' };
  }
  if (c.lateral !== undefined) {
    const h = dir(c.lateral);
    const s = sx(h);
    // Parallax passes objects in the foreground; a truck slides beside the subject.
    const near = shape.foreground ? [fill(poly([[5, 13], [7, 13], [7, 22], [5, 22]], true)), fill(poly([[16, 15], [18, 15], [18, 22], [16, 22]], true))] : [];
    return { strokes: [...subject(12, 11.5), ...near, ...arrow(12 - s * 9, 18, 12 + s * 9, 18)], heading: h };
  }
  if (c.logDistance !== undefined) {
    const toward = c.logDistance < 0;
    // Longer for a bigger move: a dolly-in halves the distance, a push-in takes off 30 %.
    const length = Math.min(11, 6 + Math.abs(c.logDistance) * 8);
    const wobble = shape.shake ? 3 : 0;
    const path = toward ? curvedArrow(12, 22, 12 + wobble, 22 - length / 2, 12, 22 - length) : curvedArrow(12, 22 - length, 12 + wobble, 22 - length / 2, 12, 22);
    return { strokes: [...subject(12, 9.5), ...path], heading: toward ? 'toward' : 'away' };
  }
  if (shape.shake) {
    // Handheld: the camera's own unsteady path.
    return { strokes: [line(poly([[2, 14], [5, 10], [8, 15], [11, 9.5], [14, 14.5], [17, 10], [20, 14], [22, 12]])), fill(circle(12, 19.5, 1.6))], heading: 'none' };
  }
  // Locked off: the camera on a tripod.
  return { strokes: [fill(poly([[8, 5], [16, 5], [16, 10], [8, 10]], true)), line(poly([[12, 10], [6, 21]])), line(poly([[12, 10], [18, 21]])), line(poly([[12, 10], [12, 21]]))], heading: 'none' };
}

/** A camera move's pictogram, from Previz's own rig change for it (unknown moves have none). */
export function movementPictogram(id: string, words: string): Pictogram | undefined {
  const shape = moveShape(id, framingOf([], [], []), 8);
  if (!shape) return undefined;
  const side = sideNamedIn(words);
  const drawing = drawMove(shape, side);
  if (!drawing) return undefined;
  return { strokes: drawing.strokes, mirrors: side === undefined, heading: drawing.heading };
}
