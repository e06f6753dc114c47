import { add, cameraBasis, focalPixels, toCamera, vec, type CameraPose, type Vec3 } from '../../domain/previz/projection';
import type { Block } from '../../domain/previz/set';

/** A camera ready to project: pose, basis, focal length and image centre (roll is applied by rotating the canvas). */
export interface Projector {
  pose: CameraPose;
  basis: ReturnType<typeof cameraBasis>;
  f: number;
  cx: number;
  cy: number;
}

export const near = 0.05;

export function projector(pose: CameraPose, width: number, height: number): Projector {
  const flat = { ...pose, roll: 0 };
  return { pose: flat, basis: cameraBasis(flat), f: focalPixels(flat, height), cx: width / 2, cy: height / 2 };
}

export function toView(p: Projector, point: Vec3): Vec3 {
  return toCamera(p.pose, point, p.basis);
}

/** Camera-space point → screen pixels (z must be in front of the lens). */
export function toScreen(p: Projector, v: Vec3): [number, number] {
  return [p.cx + (p.f * v.x) / v.z, p.cy - (p.f * v.y) / v.z];
}

/** Clips a camera-space polygon to the part in front of the lens (Sutherland–Hodgman, one plane). */
export function clipNear(points: readonly Vec3[]): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const aIn = a.z >= near;
    const bIn = b.z >= near;
    if (aIn) out.push(a);
    if (aIn !== bIn) {
      const k = (near - a.z) / (b.z - a.z);
      out.push(vec(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, near));
    }
  }
  return out;
}

/** A world polygon on screen, or undefined when it is entirely behind the lens. */
export function screenPolygon(p: Projector, world: readonly Vec3[]): [number, number][] | undefined {
  const clipped = clipNear(world.map((w) => toView(p, w)));
  return clipped.length >= 3 ? clipped.map((v) => toScreen(p, v)) : undefined;
}

export function tracePolygon(ctx: OffscreenCanvasRenderingContext2D, points: readonly [number, number][]): void {
  ctx.moveTo(points[0]![0], points[0]![1]);
  for (let i = 1; i < points.length; i++) ctx.lineTo(points[i]![0], points[i]![1]);
  ctx.closePath();
}

const rotateY = (v: Vec3, deg: number): Vec3 => {
  const a = (deg * Math.PI) / 180;
  return vec(v.x * Math.cos(a) + v.z * Math.sin(a), v.y, -v.x * Math.sin(a) + v.z * Math.cos(a));
};

/** The 8 corners of a block in world space: 0-3 at its base, 4-7 on top. */
export function corners(block: Block): Vec3[] {
  const { half } = block;
  const local = [vec(-half.x, 0, -half.z), vec(half.x, 0, -half.z), vec(half.x, 0, half.z), vec(-half.x, 0, half.z)];
  const base = local.map((c) => add(block.base, rotateY(c, block.yaw)));
  return [...base, ...base.map((c) => vec(c.x, c.y + half.y * 2, c.z))];
}

/** A block's faces: corner indices and outward normal (world space). */
export function faces(block: Block): { index: number[]; normal: Vec3 }[] {
  const n = (x: number, y: number, z: number) => rotateY(vec(x, y, z), block.yaw);
  return [
    { index: [4, 5, 6, 7], normal: vec(0, 1, 0) },
    { index: [0, 1, 5, 4], normal: n(0, 0, -1) },
    { index: [1, 2, 6, 5], normal: n(1, 0, 0) },
    { index: [2, 3, 7, 6], normal: n(0, 0, 1) },
    { index: [3, 0, 4, 7], normal: n(-1, 0, 0) },
  ];
}

/** Convex hull of 2-D points (monotone chain), counter-clockwise. */
export function hull(points: [number, number][]): [number, number][] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const crossZ = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && crossZ(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (const p of pts.reverse()) {
    while (upper.length >= 2 && crossZ(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}
