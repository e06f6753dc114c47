import { secondFigure, sizeOf, subjectHeight } from '../previz/framing';
import { circle, faint, fill, line, person, poly, rect, type Box, type Pictogram, type Stroke } from './draw';

/** The camera frame every shot-size pictogram draws in. */
const frame: Box = { x: 2, y: 5, w: 20, h: 14 };
const centreY = frame.y + frame.h / 2;
/** Below this many pixels a person stops reading as one; very wide shots draw them at this height. */
const smallestPerson = 3.2;

/** What a few framings add to the scale drawing: the place an establishing shot shows, the hands of a POV. */
const extras: Readonly<Record<string, (scale: number) => Stroke[]>> = {
  'extreme-wide': () => [faint(poly([[2, 15], [7, 9], [10, 12], [14, 7], [19, 13], [22, 11], [22, 19], [2, 19]], true))],
  establishing: () => [faint(poly([[4, 17], [4, 11], [8, 8], [12, 11], [12, 17]], true)), line(poly([[2, 17], [22, 17]]))],
  'aerial-wide': () => [faint(poly([[2, 11], [22, 8], [22, 19], [2, 19]], true)), line(poly([[5, 17], [11, 12], [20, 10]]))],
  wide: () => [line(poly([[2, 14.5], [22, 14.5]]))],
  pov: () => [fill(poly([[3, 19], [6, 15.5], [8.5, 16.5], [7, 19]], true)), fill(poly([[21, 19], [18, 15.5], [15.5, 16.5], [17, 19]], true))],
};

/**
 * A shot size as a frame holding a person at Previz's own scale for that size: the frame spans
 * `span` metres of the scene, centred on the height Previz looks at. The person is cut at the
 * frame's edges just as the shot cuts them. Unknown sizes have none.
 */
export function shotSizePictogram(id: string): Pictogram | undefined {
  if (id === 'insert') {
    // An insert shows a thing, not a person: an object (a folded note) filling the frame.
    return {
      strokes: [line(rect(frame))],
      frame: { box: frame, strokes: [fill(poly([[5, 18], [7, 8], [19, 10], [17, 20]], true)), faint(poly([[8, 11], [16, 12.3]])), faint(poly([[7.5, 14], [15.5, 15.3]]))] },
      mirrors: true,
    };
  }
  const size = sizeOf(id);
  if (!size) return undefined;
  const scale = frame.h / size.span;
  const drawScale = Math.max(scale, smallestPerson / subjectHeight);
  const groundY = centreY + size.look * drawScale;
  const inside: Stroke[] = [...(extras[id]?.(scale) ?? [])];
  const second = secondFigure([id]);
  if (second === 'beside') {
    inside.push(...person(12 - 0.32 * drawScale, groundY, drawScale), ...person(12 + 0.32 * drawScale, groundY, drawScale));
  } else if (second === 'shoulder') {
    inside.push(...person(12 + 0.3 * drawScale, groundY, drawScale));
    // The nearer person's shoulder and head, large and soft in the foreground.
    const near = drawScale * 2.2;
    inside.push(faint(circle(12 - 0.24 * near, centreY + 0.3 * near, 0.3 * near)), faint(circle(12 - 0.2 * near, centreY - 0.06 * near, 0.13 * near)));
  } else {
    inside.push(...person(12, groundY, drawScale));
  }
  return { strokes: [line(rect(frame))], frame: { box: frame, strokes: inside }, mirrors: true };
}
