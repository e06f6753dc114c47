import { eyeHeight } from './framing';
import { addRig, moveShape, progress, zeroRig, type Rig } from './moves';
import { subjectHolds, sunDegreesPerSecond, sceneTime } from './pacing';
import type { ScenePlan } from './plan';
import { lookAt, vec, type CameraPose, type Vec3 } from './projection';
import { mixSeed, shakeNoise, valueNoise } from './random';

/** The rig (every move's eased change added up) at clip time `t`. */
export function rigAt(plan: ScenePlan, t: number): Rig {
  const rig = zeroRig();
  for (const segment of plan.segments) {
    const shape = moveShape(segment.move, plan.framing, segment.to - segment.from);
    if (!shape) continue;
    if (segment.opening && shape.start) addRig(rig, shape.start);
    const p = (t - segment.from) / Math.max(1e-6, segment.to - segment.from);
    addRig(rig, shape.change, progress(shape, p));
  }
  return rig;
}

/** Where the foreground post stands (on the line from the starting camera to the subject). */
export function foregroundPost(plan: ScenePlan): Vec3 {
  const { distance, azimuth } = plan.framing;
  const a = (azimuth * Math.PI) / 180;
  const along = Math.max(0.35, distance * 0.4);
  const side = Math.max(0.12, distance * 0.16);
  return vec(Math.sin(a) * along - Math.cos(a) * side, 0, Math.cos(a) * along + Math.sin(a) * side);
}

/** Eased 0-1 weight of a shaking move around its span (the wobble fades in and out over 0.25 s). */
function shakeWeight(t: number, from: number, to: number): number {
  const fade = 0.25;
  if (t < from - fade || t > to + fade) return 0;
  if (t < from) return (t - (from - fade)) / fade;
  if (t > to) return (to + fade - t) / fade;
  return 1;
}

/** The camera at clip time `t`: position, heading, field of view, focus, all moves and shake applied. */
export function cameraAt(plan: ScenePlan, t: number): CameraPose {
  const { framing } = plan;
  const rig = rigAt(plan, t);
  const distance = framing.distance * Math.exp(rig.logDistance);
  const az = ((framing.azimuth + rig.azimuth) * Math.PI) / 180;
  const right = vec(-Math.cos(az), 0, Math.sin(az));
  const target = vec(rig.walk + right.x * rig.lateral, framing.look + rig.look, rig.forward + right.z * rig.lateral);
  let position: Vec3;
  let yaw: number;
  let pitch: number;
  if (framing.topDown) {
    position = vec(target.x, target.y + Math.max(distance, 2.5) + rig.height, target.z + 1e-3);
    yaw = framing.azimuth + rig.azimuth + 180;
    pitch = -89.5;
  } else {
    // Moving in or out keeps the angle: the camera travels along its line to the point looked at.
    const height = framing.look + (framing.height - framing.look) * Math.exp(rig.logDistance) + rig.height;
    position = vec(target.x + Math.sin(az) * distance, height, target.z + Math.cos(az) * distance);
    ({ yaw, pitch } = lookAt(position, target));
  }
  yaw += rig.yaw;
  pitch += rig.pitch;
  let roll = framing.roll + rig.roll;
  for (const [i, segment] of plan.segments.entries()) {
    const shake = moveShape(segment.move, framing, segment.to - segment.from)?.shake;
    const w = shake ? shakeWeight(t, segment.from, segment.to) : 0;
    if (!shake || !w) continue;
    const n = (channel: number) => shakeNoise(mixSeed(plan.seed, i * 16 + channel), t * shake.hz) * w;
    position = vec(position.x + n(1) * shake.metres, position.y + n(2) * shake.metres, position.z + n(3) * shake.metres);
    yaw += n(4) * shake.degrees;
    pitch += n(5) * shake.degrees;
    roll += n(6) * shake.degrees * 0.8;
  }
  const fov = (2 * Math.atan(Math.tan((framing.fov * Math.PI) / 360) * Math.exp(rig.logTan)) * 180) / Math.PI;
  const subject = vec(rig.walk, eyeHeight - 0.2, 0);
  const subjectDistance = Math.hypot(subject.x - position.x, subject.y - position.y, subject.z - position.z);
  let focus = subjectDistance;
  if (rig.focusNear > 0 && plan.foreground) {
    const post = foregroundPost(plan);
    const postDistance = Math.max(0.2, Math.hypot(post.x - position.x, post.z - position.z));
    focus = Math.exp(Math.log(subjectDistance) * (1 - rig.focusNear) + Math.log(postDistance) * rig.focusNear);
  }
  // A rack focus needs a shallow lens to be seen at all.
  const aperture = plan.segments.some((s) => s.move === 'rack-focus') ? Math.max(framing.aperture, 12) : framing.aperture;
  return { position, yaw, pitch, roll, fov, focus, aperture };
}

/** The stand-in at clip time `t`: where it stands, where it looks, and its stride. */
export interface SubjectPose {
  x: number;
  /** Degrees the head turns (a beat makes it look aside). */
  headTurn: number;
  /** Walking phase in cycles (0 while standing). */
  stride: number;
  /** Metres of breathing rise. */
  breath: number;
}

export function subjectAt(plan: ScenePlan, t: number): SubjectPose {
  const rig = rigAt(plan, t);
  const scene = subjectHolds(plan.pacing) ? 0 : sceneTime(plan.pacing, t, plan.seconds);
  let headTurn = 0;
  plan.beats.forEach((beat, i) => {
    const p = (sceneTime(plan.pacing, t, plan.seconds) - beat.from) / Math.max(0.2, beat.to - beat.from);
    if (p > 0 && p < 1) headTurn += (i % 2 ? -1 : 1) * 35 * Math.sin(Math.PI * p);
  });
  headTurn += valueNoise(mixSeed(plan.seed, 99), scene * 0.3) * 6;
  const walking = rig.walk !== 0;
  return { x: rig.walk, headTurn, stride: walking ? scene * 0.9 : 0, breath: Math.sin(scene * Math.PI * 0.5) * 0.01 };
}

/** The key light's direction (unit vector toward the light) and brightness at clip time `t`. */
export function keyAt(plan: ScenePlan, t: number): { direction: Vec3; intensity: number; elevation: number; azimuth: number } {
  const { light } = plan;
  const scene = sceneTime(plan.pacing, t, plan.seconds);
  // Over a time-lapse the sun crosses the sky (15° an hour); at real speed it stays put.
  const sweep = plan.pacing.some((p) => p === 'time-lapse' || p === 'hyperlapse') ? scene * sunDegreesPerSecond : 0;
  const azimuth = light.keyAzimuth + sweep;
  const elevation = light.keyElevation + sweep * 0.35;
  const a = (azimuth * Math.PI) / 180;
  const e = (elevation * Math.PI) / 180;
  const flicker = light.flicker ? 1 - light.flicker * (0.5 + 0.5 * valueNoise(mixSeed(plan.seed, 77), t * 9)) : 1;
  return { direction: vec(Math.sin(a) * Math.cos(e), Math.sin(e), Math.cos(a) * Math.cos(e)), intensity: light.keyIntensity * flicker, elevation, azimuth };
}

/** How far the clouds have drifted (metres) by clip time `t`: wind at 4 m/s on the scene clock. */
export function cloudDrift(plan: ScenePlan, t: number): number {
  return sceneTime(plan.pacing, t, plan.seconds) * 4;
}
