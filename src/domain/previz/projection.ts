/**
 * A pinhole camera: world space is metres, y up, the subject stands at the origin facing +z.
 * Camera space has x right, y up, z forward. Pure math, shared by the renderer and the tests.
 */
export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

export const vec = (x: number, y: number, z: number): Vec3 => ({ x, y, z });
export const sub = (a: Vec3, b: Vec3): Vec3 => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
export const add = (a: Vec3, b: Vec3): Vec3 => ({ x: a.x + b.x, y: a.y + b.y, z: a.z + b.z });
export const mul = (a: Vec3, k: number): Vec3 => ({ x: a.x * k, y: a.y * k, z: a.z * k });
export const dot = (a: Vec3, b: Vec3): number => a.x * b.x + a.y * b.y + a.z * b.z;
export const length = (a: Vec3): number => Math.hypot(a.x, a.y, a.z);
export const normalise = (a: Vec3): Vec3 => mul(a, 1 / (length(a) || 1));
export const cross = (a: Vec3, b: Vec3): Vec3 => ({ x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x });

/** Where the camera is and where it looks, at one instant. */
export interface CameraPose {
  position: Vec3;
  /** Heading in degrees: 0 looks along +z, 90 along +x. */
  yaw: number;
  /** Degrees up (positive) or down. */
  pitch: number;
  /** Degrees of roll (a Dutch angle). */
  roll: number;
  /** Vertical field of view in degrees. */
  fov: number;
  /** Distance in metres at which the image is sharp. */
  focus: number;
  /** Blur strength: pixels of blur per dioptre of defocus at 720 lines (0: deep focus). */
  aperture: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** The camera's right, up and forward unit vectors in world space. */
export function cameraBasis(pose: CameraPose): { right: Vec3; up: Vec3; forward: Vec3 } {
  const yaw = rad(pose.yaw);
  const pitch = rad(pose.pitch);
  const forward = vec(Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), Math.cos(yaw) * Math.cos(pitch));
  const flatRight = normalise(cross(vec(0, 1, 0), forward));
  const flatUp = cross(forward, flatRight);
  const roll = rad(pose.roll);
  const right = add(mul(flatRight, Math.cos(roll)), mul(flatUp, Math.sin(roll)));
  const up = add(mul(flatUp, Math.cos(roll)), mul(flatRight, -Math.sin(roll)));
  return { right, up, forward };
}

/** A world point in camera space (z is the depth in front of the lens). */
export function toCamera(pose: CameraPose, point: Vec3, basis = cameraBasis(pose)): Vec3 {
  const d = sub(point, pose.position);
  return vec(dot(d, basis.right), dot(d, basis.up), dot(d, basis.forward));
}

/** Focal length in pixels for an image `height` pixels tall. */
export function focalPixels(pose: CameraPose, height: number): number {
  return height / 2 / Math.tan(rad(pose.fov) / 2);
}

/** Heading and pitch (degrees) that look from `from` at `to`. */
export function lookAt(from: Vec3, to: Vec3): { yaw: number; pitch: number } {
  const d = sub(to, from);
  return { yaw: (Math.atan2(d.x, d.z) * 180) / Math.PI, pitch: (Math.atan2(d.y, Math.hypot(d.x, d.z)) * 180) / Math.PI };
}

/** How tall (in fractions of the frame height) an object `size` metres tall looks at `distance`. */
export function screenFraction(pose: CameraPose, size: number, distance: number): number {
  return size / (2 * distance * Math.tan(rad(pose.fov) / 2));
}
