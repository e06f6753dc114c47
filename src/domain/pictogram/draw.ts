/**
 * The drawing primitives of the chip pictograms: SVG path data in a 24 × 24 box, numbers rounded
 * so the markup stays small. Pure strings, no DOM.
 */

/**
 * How a stroke is painted: an outline, a solid shape, a faint shape behind the rest, a thin
 * dashed line (a line of sight), or a hole cut in the background colour.
 */
export type StrokeStyle = 'line' | 'fill' | 'faint' | 'dash' | 'knock';

export interface Stroke {
  d: string;
  style: StrokeStyle;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Which way a camera move's pictogram points (what a test or a reader can check). */
export type Heading = 'left' | 'right' | 'up' | 'down' | 'toward' | 'away' | 'around' | 'none';

/**
 * A term's pictogram: strokes in the 24 × 24 box, and optionally a frame (a rectangle whose
 * contents are cut at its edges, as a camera frame cuts a figure).
 */
export interface Pictogram {
  strokes: Stroke[];
  frame?: { box: Box; strokes: Stroke[] };
  /** False when the drawing names a side ("pan left to right"): it is never mirrored in right-to-left layouts. */
  mirrors: boolean;
  heading?: Heading;
}

export const r2 = (n: number) => Math.round(n * 100) / 100;
const pt = (x: number, y: number) => `${r2(x)} ${r2(y)}`;

export const line = (d: string): Stroke => ({ d, style: 'line' });
export const fill = (d: string): Stroke => ({ d, style: 'fill' });
export const faint = (d: string): Stroke => ({ d, style: 'faint' });
export const dash = (d: string): Stroke => ({ d, style: 'dash' });
export const knock = (d: string): Stroke => ({ d, style: 'knock' });

/** An open or closed polyline through the points. */
export function poly(points: readonly (readonly [number, number])[], close = false): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${pt(x, y)}`).join(' ') + (close ? ' Z' : '');
}

export function circle(cx: number, cy: number, r: number): string {
  return `M${pt(cx - r, cy)} a${r2(r)} ${r2(r)} 0 1 0 ${r2(2 * r)} 0 a${r2(r)} ${r2(r)} 0 1 0 ${r2(-2 * r)} 0 Z`;
}

export function rect(b: Box): string {
  return poly([[b.x, b.y], [b.x + b.w, b.y], [b.x + b.w, b.y + b.h], [b.x, b.y + b.h]], true);
}

/** An open arrowhead at (x, y) pointing along (dx, dy). */
export function head(x: number, y: number, dx: number, dy: number, size = 3): string {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const back = (side: number) => [x - size * ux + side * size * 0.7 * -uy, y - size * uy + side * size * 0.7 * ux] as const;
  return poly([back(1), [x, y], back(-1)]);
}

/** A straight arrow from one point to another. */
export function arrow(x0: number, y0: number, x1: number, y1: number): Stroke[] {
  return [line(poly([[x0, y0], [x1, y1]])), line(head(x1, y1, x1 - x0, y1 - y0))];
}

/** A curved arrow: a quadratic curve through a control point, its head along the last tangent. */
export function curvedArrow(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number): Stroke[] {
  return [line(`M${pt(x0, y0)} Q${pt(cx, cy)} ${pt(x1, y1)}`), line(head(x1, y1, x1 - cx, y1 - cy))];
}

/** Short strokes trailing behind a point moving along (dx, dy): speed. */
export function speedLines(x: number, y: number, dx: number, dy: number): Stroke[] {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  return [-2.2, 0, 2.2].map((o) => {
    const sx = x - ux * (4 + Math.abs(o)) - uy * o;
    const sy = y - uy * (4 + Math.abs(o)) + ux * o;
    return dash(poly([[sx, sy], [sx - ux * 3, sy - uy * 3]]));
  });
}

/**
 * A standing person drawn to scale: feet at (x, groundY), `scale` pixels per metre, filled.
 * The measurements are Previz's stand-in (1.75 m, eyes at 1.6 m).
 */
export function person(x: number, groundY: number, scale: number): Stroke[] {
  const y = (m: number) => groundY - m * scale;
  const w = (m: number) => m * scale;
  // Eyes only where a face is big enough to hold them (close framings).
  const eyes = w(0.014) >= 0.4 ? [knock(circle(x - w(0.033), y(1.6), w(0.014))), knock(circle(x + w(0.033), y(1.6), w(0.014)))] : [];
  return [
    fill(circle(x, y(1.64), w(0.11))),
    fill(
      poly(
        [
          [x - w(0.21), y(1.47)],
          [x + w(0.21), y(1.47)],
          [x + w(0.16), y(0.9)],
          [x + w(0.15), y(0)],
          [x + w(0.04), y(0)],
          [x, y(0.85)],
          [x - w(0.04), y(0)],
          [x - w(0.15), y(0)],
          [x - w(0.16), y(0.9)],
        ],
        true,
      ),
    ),
    ...eyes,
  ];
}

/** Words that put the camera on a named side ("left to right", "trucking left"), if any. */
export function sideNamedIn(words: string): 'left' | 'right' | undefined {
  const w = words.toLowerCase();
  if (/\bleft to right\b/.test(w)) return 'right';
  if (/\bright to left\b/.test(w)) return 'left';
  if (/\bleft\b/.test(w)) return 'left';
  if (/\bright\b/.test(w)) return 'right';
  return undefined;
}
