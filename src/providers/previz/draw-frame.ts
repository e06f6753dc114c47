import { cameraAt, cloudDrift, keyAt, subjectAt } from '../../domain/previz/camera';
import { css, mix, rgb, scale, type Rgb } from '../../domain/previz/colour';
import { figureBlocks } from '../../domain/previz/figure';
import type { ScenePlan } from '../../domain/previz/plan';
import { dot, length, normalise, sub, vec, type Vec3 } from '../../domain/previz/projection';
import { mixSeed, seededRandom } from '../../domain/previz/random';
import { secondFigureAt, setPieces, type Block } from '../../domain/previz/set';
import { grainTile, paintOverlay, type FrameText } from './frame-overlay';
import { corners, faces, hull, projector, screenPolygon, toScreen, toView, tracePolygon, type Projector } from './geometry';

type Ctx = OffscreenCanvasRenderingContext2D;

/** Draws frames of one plan; keeps its layers and the set between frames. */
export class FramePainter {
  readonly #plan: ScenePlan;
  readonly #set: Block[];
  readonly #ctx: Ctx;
  readonly #width: number;
  readonly #height: number;
  readonly #text: FrameText;
  #layer: Ctx | undefined;
  #small: Ctx | undefined;
  #shadowLayer: Ctx | undefined;
  #grain: OffscreenCanvas | undefined;

  constructor(ctx: Ctx, plan: ScenePlan, text: FrameText) {
    this.#ctx = ctx;
    this.#plan = plan;
    this.#set = setPieces(plan);
    this.#width = ctx.canvas.width;
    this.#height = ctx.canvas.height;
    this.#text = text;
  }

  /** Paints the frame at clip time `t` (seconds). */
  paint(t: number): void {
    const ctx = this.#ctx;
    const plan = this.#plan;
    const W = this.#width;
    const H = this.#height;
    const pose = cameraAt(plan, t);
    const p = projector(pose, W, H);
    const key = keyAt(plan, t);
    const subject = subjectAt(plan, t);
    const walking = subject.stride !== 0;
    const subjectBlocks = figureBlocks(vec(subject.x, 0, 0), walking ? 90 : 0, subject, plan.light.silhouette ? rgb(12, 12, 14) : plan.light.palette[0]!);
    const second = secondFigureAt(plan);
    const others = second ? figureBlocks(second.base, second.yaw, { headTurn: 0, stride: 0, breath: 0 }, mix(plan.light.palette[2] ?? rgb(90, 100, 120), rgb(60, 60, 70), 0.3)) : [];
    const subjectDepth = Math.max(0.2, length(sub(vec(subject.x, 1.3, 0), pose.position)));

    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.globalCompositeOperation = 'source-over';
    ctx.filter = 'none';
    ctx.translate(W / 2, H / 2);
    ctx.rotate((-pose.roll * Math.PI) / 180);
    ctx.translate(-W / 2, -H / 2);
    const horizon = this.#sky(ctx, p, key, t);

    // Back layer (ground, shadows, set behind the subject), subject, front layer: each blurred as far as it is out of focus.
    const blurAt = (depth: number) => Math.min(30, pose.aperture * Math.abs(1 / depth - 1 / pose.focus) * (H / 720));
    const depthOf = (b: Block) => length(sub(vec(b.base.x, b.base.y + b.half.y, b.base.z), pose.position));
    const nearSet = this.#set.filter((b) => depthOf(b) < subjectDepth - 0.6);
    const farSet = this.#set.filter((b) => depthOf(b) >= subjectDepth - 0.6);
    const backBlur = blurAt(Math.max(subjectDepth * 2.5, subjectDepth + 8));
    this.#inLayer(ctx, backBlur, (c) => {
      this.#ground(c, p, horizon);
      this.#shadows(c, p, key, [...subjectBlocks, ...others, ...this.#set]);
      this.#blocks(c, p, key, farSet, pose.position);
    });
    const figures = [...subjectBlocks, ...(plan.figure === 'beside' ? others : [])];
    this.#inLayer(ctx, blurAt(subjectDepth), (c) => this.#blocks(c, p, key, figures, pose.position, true));
    const front = [...nearSet, ...(plan.figure === 'shoulder' ? others : [])];
    if (front.length) this.#inLayer(ctx, blurAt(Math.min(...front.map(depthOf))), (c) => this.#blocks(c, p, key, front, pose.position));
    this.#atmosphere(ctx, p, key, t);
    ctx.restore();

    this.#whipBlur(ctx, t, pose.yaw);
    paintOverlay(ctx, plan, this.#text, t, () => (this.#grain ??= grainTile()));
  }

  /** Draws into the canvas directly when sharp, else through a layer composited with a blur. */
  #inLayer(ctx: Ctx, blur: number, draw: (c: Ctx) => void): void {
    if (blur < 1.2) {
      draw(ctx);
      return;
    }
    if (!this.#layer) {
      const layer = new OffscreenCanvas(this.#width, this.#height).getContext('2d');
      if (!layer) throw new Error('previz: no 2d context for a layer');
      this.#layer = layer;
    }
    const layer = this.#layer;
    layer.setTransform(1, 0, 0, 1, 0, 0);
    layer.clearRect(0, 0, this.#width, this.#height);
    layer.setTransform(ctx.getTransform());
    draw(layer);
    // A blur filter over a whole 720p layer is slow in software; shrinking and enlarging again is
    // nearly the same picture for a fraction of the work.
    const k = Math.max(1 / 12, Math.min(0.5, 2 / blur));
    const w = Math.max(1, Math.round(this.#width * k));
    const h = Math.max(1, Math.round(this.#height * k));
    if (!this.#small || this.#small.canvas.width !== w || this.#small.canvas.height !== h) {
      const small = new OffscreenCanvas(w, h).getContext('2d');
      if (!small) throw new Error('previz: no 2d context for a layer');
      this.#small = small;
    }
    const small = this.#small;
    small.clearRect(0, 0, w, h);
    small.filter = `blur(${(blur * k * 0.6).toFixed(2)}px)`;
    small.drawImage(layer.canvas, 0, 0, w, h);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.imageSmoothingQuality = 'medium';
    ctx.drawImage(small.canvas, 0, 0, this.#width, this.#height);
    ctx.restore();
  }

  /** Paints the sky, sun and clouds; returns the horizon's height on screen. */
  #sky(ctx: Ctx, p: Projector, key: ReturnType<typeof keyAt>, t: number): number {
    const { light } = this.#plan;
    const W = this.#width;
    const H = this.#height;
    const ahead = vec(p.pose.position.x + Math.sin((p.pose.yaw * Math.PI) / 180) * 1e4, p.pose.position.y, p.pose.position.z + Math.cos((p.pose.yaw * Math.PI) / 180) * 1e4);
    const v = toView(p, ahead);
    const horizon = v.z > 1 ? toScreen(p, v)[1] : -H * 4;
    const pad = Math.hypot(W, H);
    const gradient = ctx.createLinearGradient(0, horizon - H * 1.1, 0, horizon);
    gradient.addColorStop(0, css(light.skyTop));
    gradient.addColorStop(1, css(light.skyHorizon));
    ctx.fillStyle = gradient;
    ctx.fillRect(-pad, -pad, W + pad * 2, H + pad * 2);
    // The sun (or the moon at night), where the key light comes from.
    const sun = toView(p, vec(p.pose.position.x + key.direction.x * 1e4, p.pose.position.y + key.direction.y * 1e4, p.pose.position.z + key.direction.z * 1e4));
    if (sun.z > 1 && key.elevation > -4 && !this.#plan.light.neon.length) {
      const [sx, sy] = toScreen(p, sun);
      const r = H * (light.night ? 0.02 : 0.035);
      const glow = ctx.createRadialGradient(sx, sy, 0, sx, sy, r * 6);
      glow.addColorStop(0, css(mix(light.keyColour, rgb(255, 255, 255), 0.5)));
      glow.addColorStop(0.18, css(light.keyColour, 0.8));
      glow.addColorStop(1, css(light.keyColour, 0));
      ctx.fillStyle = glow;
      ctx.fillRect(sx - r * 6, sy - r * 6, r * 12, r * 12);
    }
    // Clouds drift with the scene clock: fast in a time-lapse, barely at all in slow motion.
    if (!light.night) {
      const random = seededRandom(7);
      const drift = cloudDrift(this.#plan, t) / 900;
      ctx.fillStyle = css(mix(light.skyHorizon, rgb(255, 255, 255), 0.55), 0.55);
      ctx.beginPath();
      for (let i = 0; i < 9; i++) {
        const az = random() * Math.PI * 2 + drift * (0.6 + random() * 0.8);
        const el = 0.1 + random() * 0.35;
        const dir = vec(Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el));
        const c = toView(p, vec(p.pose.position.x + dir.x * 1e4, p.pose.position.y + dir.y * 1e4, p.pose.position.z + dir.z * 1e4));
        if (c.z < 1) continue;
        const [cx, cy] = toScreen(p, c);
        const size = (p.f / 1e4) * c.z * 0.06 * (1 + random());
        const rx = Math.min(W, size * 2.6);
        ctx.moveTo(cx + rx, cy);
        ctx.ellipse(cx, cy, rx, Math.min(H, size * 0.6), 0, 0, Math.PI * 2);
      }
      ctx.fill();
    }
    return horizon;
  }

  /** The ground: everything below the horizon (the camera is always above it), with a 2 m grid. */
  #ground(ctx: Ctx, p: Projector, horizon: number): void {
    const { light } = this.#plan;
    const c = p.pose.position;
    const W = this.#width;
    const H = this.#height;
    const pad = Math.hypot(W, H);
    const top = Math.max(-pad, horizon);
    const gradient = ctx.createLinearGradient(0, top, 0, Math.max(top + 1, H));
    gradient.addColorStop(0, css(mix(light.ground, light.hazeColour, 0.55)));
    gradient.addColorStop(0.25, css(light.ground));
    gradient.addColorStop(1, css(scale(light.ground, 0.85)));
    ctx.fillStyle = gradient;
    ctx.fillRect(-pad, top, W + pad * 2, H + pad * 2 - top);
    // A grid, so the eye reads every move of the camera over the ground.
    const step = c.y > 12 ? 10 : 2;
    const span = step * 20;
    const x0 = Math.round(c.x / step) * step;
    const z0 = Math.round(c.z / step) * step;
    ctx.beginPath();
    for (let i = -20; i <= 20; i++) {
      for (const [a, b] of [
        [vec(x0 + i * step, 0, z0 - span), vec(x0 + i * step, 0, z0 + span)],
        [vec(x0 - span, 0, z0 + i * step), vec(x0 + span, 0, z0 + i * step)],
      ] as const) {
        const seg = clipLine(p, a, b);
        if (!seg) continue;
        ctx.moveTo(seg[0], seg[1]);
        ctx.lineTo(seg[2], seg[3]);
      }
    }
    ctx.strokeStyle = css(scale(light.ground, 0.55), 0.35);
    ctx.lineWidth = Math.max(1, H / 720);
    ctx.stroke();
  }

  #shadows(ctx: Ctx, p: Projector, key: ReturnType<typeof keyAt>, blocks: Block[]): void {
    const { light } = this.#plan;
    const L = key.direction;
    if (L.y < 0.03) return;
    const strength = Math.max(0, (1 - light.fill) * 0.75 * Math.min(1, key.intensity)) * (0.35 + 0.65 * light.hardness);
    if (strength < 0.03) return;
    // Soft light: the shadows are drawn small and enlarged, which blurs their edges cheaply.
    const k = light.hardness >= 0.6 ? 1 : 0.1 + 0.3 * light.hardness;
    const w = Math.round(this.#width * k);
    const h = Math.round(this.#height * k);
    let target = ctx;
    if (k < 1) {
      if (!this.#shadowLayer || this.#shadowLayer.canvas.width !== w || this.#shadowLayer.canvas.height !== h) {
        const layer = new OffscreenCanvas(w, h).getContext('2d');
        if (!layer) throw new Error('previz: no 2d context for a layer');
        this.#shadowLayer = layer;
      }
      target = this.#shadowLayer;
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.clearRect(0, 0, w, h);
      target.setTransform(new DOMMatrix().scale(k, k).multiply(ctx.getTransform()));
    }
    target.save();
    target.fillStyle = k < 1 ? '#000' : `rgb(0 0 0 / ${strength.toFixed(3)})`;
    target.beginPath();
    for (const block of blocks) {
      if (block.kind === 'lamp') continue;
      const onGround = corners(block).map((c): [number, number] => [c.x - (L.x / L.y) * c.y, c.z - (L.z / L.y) * c.y]);
      const poly = screenPolygon(p, hull(onGround).map(([x, z]) => vec(x, 0.001, z)));
      if (poly) tracePolygon(target, poly);
    }
    target.fill('nonzero');
    target.restore();
    if (k < 1) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = strength;
      ctx.imageSmoothingQuality = 'medium';
      ctx.drawImage(target.canvas, 0, 0, this.#width, this.#height);
      ctx.restore();
    }
  }

  /** Lit colour of a face: fill + key (Lambert), rim, neon spill, then haze by distance. */
  #shade(colour: Rgb, normal: Vec3, key: ReturnType<typeof keyAt>, depth: number, toCamera: Vec3, figure: boolean): Rgb {
    const { light } = this.#plan;
    const lambert = Math.max(0, dot(normal, key.direction)) * (key.elevation < 0 ? 0.25 : 1);
    const k = key.intensity * (figure && light.silhouette ? 0 : 1);
    let lit = vec(
      (colour.r / 255) * (light.fill * light.fillColour.r + lambert * k * light.keyColour.r),
      (colour.g / 255) * (light.fill * light.fillColour.g + lambert * k * light.keyColour.g),
      (colour.b / 255) * (light.fill * light.fillColour.b + lambert * k * light.keyColour.b),
    );
    if (light.rim && figure) {
      const edge = 1 - Math.abs(dot(normal, toCamera));
      lit = vec(lit.x + light.rim.r * edge * 0.5, lit.y + light.rim.g * edge * 0.5, lit.z + light.rim.b * edge * 0.5);
    }
    light.neon.forEach((neon, i) => {
      const side = dot(normal, vec(i % 2 ? 1 : -1, 0.2, -0.3));
      if (side > 0) lit = vec(lit.x + neon.r * side * 0.45, lit.y + neon.g * side * 0.45, lit.z + neon.b * side * 0.45);
    });
    const shaded = rgb(lit.x, lit.y, lit.z);
    return mix(shaded, light.hazeColour, 1 - Math.exp((-light.haze * depth) / 22));
  }

  #blocks(ctx: Ctx, p: Projector, key: ReturnType<typeof keyAt>, blocks: Block[], eye: Vec3, figure = false): void {
    const sorted = blocks
      .map((block) => ({ block, depth: length(sub(vec(block.base.x, block.base.y + block.half.y, block.base.z), eye)) }))
      .sort((a, b) => b.depth - a.depth);
    for (const { block, depth } of sorted) {
      const pts = corners(block);
      for (const face of faces(block)) {
        const centre = face.index.reduce((acc, i) => vec(acc.x + pts[i]!.x / 4, acc.y + pts[i]!.y / 4, acc.z + pts[i]!.z / 4), vec(0, 0, 0));
        const toCam = normalise(sub(eye, centre));
        if (dot(face.normal, toCam) <= 0) continue;
        const poly = screenPolygon(p, face.index.map((i) => pts[i]!));
        if (!poly) continue;
        ctx.fillStyle = css(this.#shade(block.colour, face.normal, key, depth, toCam, figure));
        ctx.beginPath();
        tracePolygon(ctx, poly);
        ctx.fill();
        if (block.sign && face.normal.y === 0 && dot(face.normal, normalise(sub(vec(0, 0, 0), block.base))) > 0.3) this.#sign(ctx, p, face.index.map((i) => pts[i]!), block.sign);
      }
      if (block.kind === 'lamp') this.#bulb(ctx, p, vec(block.base.x, block.half.y * 2 + 0.05, block.base.z));
    }
  }

  #sign(ctx: Ctx, p: Projector, quad: Vec3[], colour: Rgb): void {
    const [a, b, c, d] = quad as [Vec3, Vec3, Vec3, Vec3];
    const lerp = (u: Vec3, v: Vec3, k: number) => vec(u.x + (v.x - u.x) * k, u.y + (v.y - u.y) * k, u.z + (v.z - u.z) * k);
    // A band across the upper part of the face.
    const inner = [lerp(lerp(a, d, 0.62), lerp(b, c, 0.62), 0.15), lerp(lerp(a, d, 0.62), lerp(b, c, 0.62), 0.85), lerp(lerp(a, d, 0.72), lerp(b, c, 0.72), 0.85), lerp(lerp(a, d, 0.72), lerp(b, c, 0.72), 0.15)];
    const poly = screenPolygon(p, inner);
    if (!poly) return;
    ctx.save();
    ctx.beginPath();
    tracePolygon(ctx, poly);
    ctx.lineWidth = Math.max(2, this.#height / 160);
    ctx.strokeStyle = css(colour, 0.45);
    ctx.stroke();
    ctx.fillStyle = css(mix(colour, rgb(255, 255, 255), 0.35));
    ctx.fill();
    ctx.restore();
  }

  #bulb(ctx: Ctx, p: Projector, at: Vec3): void {
    const v = toView(p, at);
    if (v.z < 0.1) return;
    const [x, y] = toScreen(p, v);
    const r = Math.max(3, (p.f * 0.6) / v.z);
    const glow = ctx.createRadialGradient(x, y, 0, x, y, r);
    glow.addColorStop(0, 'rgb(255 244 214)');
    glow.addColorStop(0.15, 'rgb(255 190 110 / 0.7)');
    glow.addColorStop(1, 'rgb(255 160 80 / 0)');
    ctx.fillStyle = glow;
    ctx.fillRect(x - r, y - r, r * 2, r * 2);
  }

  /** Haze veil, light shafts, colour cast. */
  #atmosphere(ctx: Ctx, p: Projector, key: ReturnType<typeof keyAt>, t: number): void {
    const { light } = this.#plan;
    const W = this.#width;
    const H = this.#height;
    const pad = Math.hypot(W, H);
    if (light.haze > 0.15) {
      ctx.fillStyle = css(light.hazeColour, light.haze * 0.22);
      ctx.fillRect(-pad, -pad, W + pad * 2, H + pad * 2);
    }
    if (light.shafts) {
      const sun = toView(p, vec(p.pose.position.x + key.direction.x * 1e4, p.pose.position.y + key.direction.y * 1e4, p.pose.position.z + key.direction.z * 1e4));
      const [sx, sy] = sun.z > 1 ? toScreen(p, sun) : [W * 0.15, -H * 0.3];
      ctx.save();
      ctx.globalCompositeOperation = 'lighter';
      const random = seededRandom(mixSeed(11, 3));
      for (let i = 0; i < 6; i++) {
        const angle = Math.atan2(H / 2 - sy, W / 2 - sx) + (random() - 0.5) * 0.9 + Math.sin(t * 0.4 + i) * 0.02;
        const spread = 0.03 + random() * 0.05;
        const reach = pad * 1.5;
        const g = ctx.createLinearGradient(sx, sy, sx + Math.cos(angle) * reach, sy + Math.sin(angle) * reach);
        g.addColorStop(0, css(light.keyColour, 0.16));
        g.addColorStop(1, css(light.keyColour, 0));
        ctx.fillStyle = g;
        ctx.beginPath();
        ctx.moveTo(sx, sy);
        ctx.lineTo(sx + Math.cos(angle - spread) * reach, sy + Math.sin(angle - spread) * reach);
        ctx.lineTo(sx + Math.cos(angle + spread) * reach, sy + Math.sin(angle + spread) * reach);
        ctx.fill();
      }
      ctx.restore();
    }
    if (this.#plan.flare) {
      const sun = toView(p, vec(p.pose.position.x + key.direction.x * 1e4, p.pose.position.y + key.direction.y * 1e4, p.pose.position.z + key.direction.z * 1e4));
      if (sun.z > 1) {
        const [sx, sy] = toScreen(p, sun);
        ctx.save();
        ctx.globalCompositeOperation = 'lighter';
        for (const [k, r, a] of [[0.5, 0.05, 0.18], [0.9, 0.025, 0.22], [1.3, 0.08, 0.12], [1.7, 0.04, 0.16]] as const) {
          ctx.fillStyle = css(mix(light.keyColour, rgb(120, 200, 255), k / 2), a);
          ctx.beginPath();
          ctx.arc(sx + (W / 2 - sx) * k * 2, sy + (H / 2 - sy) * k * 2, H * r, 0, Math.PI * 2);
          ctx.fill();
        }
        ctx.restore();
      }
    }
    if (light.cast) {
      ctx.fillStyle = css(light.cast.colour, light.cast.amount);
      ctx.fillRect(-pad, -pad, W + pad * 2, H + pad * 2);
    }
  }

  /** A whip pan smears the picture sideways while the camera turns fast. */
  #whipBlur(ctx: Ctx, t: number, yaw: number): void {
    if (!this.#plan.segments.some((s) => s.move === 'whip-pan')) return;
    const before = cameraAt(this.#plan, Math.max(0, t - 1 / this.#plan.fps)).yaw;
    const degrees = yaw - before;
    if (Math.abs(degrees) < 2) return;
    const shift = (Math.min(40, Math.abs(degrees)) / 40) * this.#width * 0.06 * Math.sign(degrees);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (let i = 1; i <= 3; i++) {
      ctx.globalAlpha = 0.3;
      ctx.drawImage(ctx.canvas, (-shift * i) / 3, 0);
    }
    ctx.restore();
  }

}

/** A world segment on screen, clipped well in front of the lens (so no coordinate explodes). */
function clipLine(p: Projector, a: Vec3, b: Vec3): [number, number, number, number] | undefined {
  let u = toView(p, a);
  let v = toView(p, b);
  const near = 0.5;
  if (u.z < near && v.z < near) return undefined;
  if (u.z < near) u = vec(u.x + ((v.x - u.x) * (near - u.z)) / (v.z - u.z), u.y + ((v.y - u.y) * (near - u.z)) / (v.z - u.z), near);
  if (v.z < near) v = vec(v.x + ((u.x - v.x) * (near - v.z)) / (u.z - v.z), v.y + ((u.y - v.y) * (near - v.z)) / (u.z - v.z), near);
  const [x1, y1] = toScreen(p, u);
  const [x2, y2] = toScreen(p, v);
  return [x1, y1, x2, y2];
}
