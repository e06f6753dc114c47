import { mix, rgb, type Rgb } from './colour';
import type { Vec3 } from './projection';
import type { Block } from './set';

const skin = rgb(214, 168, 136);

/**
 * A person stand-in made of blocks (legs, torso, arms, head with a dark visor at the eyes, so
 * which way it looks is visible), standing at `base` facing `yaw` degrees (0 faces +z).
 */
export function figureBlocks(base: Vec3, yaw: number, pose: { headTurn: number; stride: number; breath: number }, clothes: Rgb): Block[] {
  const a = (yaw * Math.PI) / 180;
  const at = (side: number, forward: number, y = 0): Vec3 => ({
    x: base.x + Math.cos(a) * side + Math.sin(a) * forward,
    y: base.y + y,
    z: base.z - Math.sin(a) * side + Math.cos(a) * forward,
  });
  const swing = Math.sin(pose.stride * Math.PI * 2) * 0.16;
  const trousers = mix(clothes, rgb(30, 34, 44), 0.6);
  const part = (b: Vec3, half: Vec3, colour: Rgb, turn = 0): Block => ({ base: b, half, yaw: yaw + turn, colour, kind: 'figure' });
  const head = yaw + pose.headTurn;
  const h = (head * Math.PI) / 180;
  const headBase = at(0, 0, 1.49 + pose.breath);
  return [
    part(at(-0.1, swing), { x: 0.07, y: 0.425, z: 0.08 }, trousers),
    part(at(0.1, -swing), { x: 0.07, y: 0.425, z: 0.08 }, trousers),
    part(at(0, 0, 0.85), { x: 0.21, y: 0.31 + pose.breath / 2, z: 0.12 }, clothes),
    part(at(-0.28, -swing * 0.8, 0.86), { x: 0.05, y: 0.3, z: 0.06 }, clothes),
    part(at(0.28, swing * 0.8, 0.86), { x: 0.05, y: 0.3, z: 0.06 }, clothes),
    part(headBase, { x: 0.11, y: 0.13, z: 0.12 }, skin, pose.headTurn),
    // The visor: a dark band across the eyes on the front of the head.
    part({ x: headBase.x + Math.sin(h) * 0.115, y: headBase.y + 0.1, z: headBase.z + Math.cos(h) * 0.115 }, { x: 0.09, y: 0.025, z: 0.012 }, rgb(20, 22, 28), pose.headTurn),
  ];
}
