import { mix, rgb, type Rgb } from './colour';
import { foregroundPost } from './camera';
import type { ScenePlan } from './plan';
import { seededRandom } from './random';
import type { Vec3 } from './projection';

/** A box standing on its base: centre of the base, half sizes, heading (degrees about y). */
export interface Block {
  base: Vec3;
  half: Vec3;
  yaw: number;
  colour: Rgb;
  kind: 'building' | 'post' | 'figure' | 'lamp';
  /** A glowing sign on the face toward the subject (neon). */
  sign?: Rgb;
}

// The set is the same in every take (its own fixed seed), so two takes differ only in camera and timing.
const setSeed = 20_241;

/**
 * The schematic set: blocks around the subject (mostly behind it, as seen from the starting
 * camera, so they never hide it at the start), a foreground post when a move needs one, a second
 * figure for a two-shot or over-the-shoulder, and lamps for practicals.
 */
export function setPieces(plan: ScenePlan): Block[] {
  const random = seededRandom(setSeed);
  const { light, framing } = plan;
  const pieces: Block[] = [];
  const count = 16;
  const facing = framing.azimuth + 180;
  for (let i = 0; i < count; i++) {
    // Spread over the half-circle behind the subject, and a little to the sides.
    const angle = ((facing - 115 + (230 * (i + random() * 0.6)) / count) * Math.PI) / 180;
    const radius = 9 + random() * 26 + (i % 3) * 6;
    const width = 2 + random() * 5;
    const height = 3 + random() * (i % 4 === 0 ? 18 : 8);
    const colour = mix(light.palette[1 + (i % Math.max(1, light.palette.length - 1))] ?? light.palette[0]!, rgb(128, 128, 128), 0.25);
    const sign = light.neon.length && i % 2 === 0 ? light.neon[(i / 2) % light.neon.length] : undefined;
    pieces.push({
      base: { x: Math.sin(angle) * radius, y: 0, z: Math.cos(angle) * radius },
      half: { x: width / 2, y: height / 2, z: (2 + random() * 4) / 2 },
      yaw: (angle * 180) / Math.PI + (random() - 0.5) * 20,
      colour,
      kind: 'building',
      ...(sign ? { sign } : {}),
    });
  }
  if (plan.foreground) {
    const post = foregroundPost(plan);
    const height = Math.max(2.2, framing.look + framing.distance * 0.5);
    pieces.push({ base: post, half: { x: 0.06 + framing.distance * 0.015, y: height / 2, z: 0.06 + framing.distance * 0.015 }, yaw: 0, colour: rgb(70, 66, 60), kind: 'post' });
  }
  if (light.practicals) {
    for (const side of [-1, 1]) pieces.push({ base: { x: side * 1.6, y: 0, z: -1.4 }, half: { x: 0.04, y: 0.9, z: 0.04 }, yaw: 0, colour: rgb(40, 40, 40), kind: 'lamp' });
  }
  return pieces;
}

/** Where the second figure stands (two-shot: beside the subject; over-the-shoulder: near the camera, facing the subject). */
export function secondFigureAt(plan: ScenePlan): { base: Vec3; yaw: number } | undefined {
  const { framing } = plan;
  const a = (framing.azimuth * Math.PI) / 180;
  if (plan.figure === 'beside') return { base: { x: -Math.cos(a) * -0.75, y: 0, z: Math.sin(a) * -0.75 }, yaw: framing.azimuth - 20 };
  if (plan.figure === 'shoulder') {
    const along = framing.distance * 0.55;
    return { base: { x: Math.sin(a) * along - Math.cos(a) * 0.45, y: 0, z: Math.cos(a) * along + Math.sin(a) * 0.45 }, yaw: framing.azimuth + 180 };
  }
  return undefined;
}
