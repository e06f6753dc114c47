import type { ScenePlan } from '../../domain/previz/plan';
import { mixSeed, seededRandom } from '../../domain/previz/random';

/** The words burned into the clip, already in the reader's language. */
export interface FrameText {
  badge: string;
  shown: string;
  missing: string;
  rtl: boolean;
}

type Ctx = OffscreenCanvasRenderingContext2D;

/** Grain, letterbox, badge, time and caption, over a finished picture. `grain` makes the grain tile when first needed. */
export function paintOverlay(ctx: Ctx, plan: ScenePlan, text: FrameText, t: number, grain: () => OffscreenCanvas): void {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (plan.grain) {
    const random = seededRandom(mixSeed(plan.seed, Math.round(t * plan.fps)));
    ctx.globalAlpha = 0.5;
    ctx.globalCompositeOperation = 'overlay';
    const pattern = ctx.createPattern(grain(), 'repeat');
    if (pattern) {
      pattern.setTransform(new DOMMatrix().translate(random() * 128, random() * 128));
      ctx.fillStyle = pattern;
      ctx.fillRect(0, 0, W, H);
    }
    ctx.globalAlpha = 1;
    ctx.globalCompositeOperation = 'source-over';
  }
  if (plan.framing.letterbox && W / H < plan.framing.letterbox) {
    const bar = (H - W / plan.framing.letterbox) / 2;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, W, bar);
    ctx.fillRect(0, H - bar, W, bar);
  }
  // A term preview (a thumbnail with its words beside it) carries no burned-in text.
  if (text.badge || text.shown) paintWords(ctx, plan, text, t);
  ctx.restore();
}

function paintWords(ctx: Ctx, plan: ScenePlan, text: FrameText, t: number): void {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  const unit = Math.min(W, H) / 720;
  ctx.direction = text.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'middle';
  const margin = 16 * unit;
  const startX = text.rtl ? W - margin : margin;
  ctx.font = `600 ${Math.round(15 * unit)}px sans-serif`;
  const badgeWidth = Math.min(W - margin * 2, ctx.measureText(text.badge).width + 20 * unit);
  ctx.fillStyle = 'rgb(0 0 0 / 0.6)';
  ctx.fillRect(text.rtl ? W - margin - badgeWidth : margin, margin, badgeWidth, 28 * unit);
  ctx.fillStyle = '#fff';
  ctx.fillText(text.badge, startX + (text.rtl ? -10 : 10) * unit, margin + 14 * unit, W - margin * 2 - 20 * unit);
  const lines = [text.shown, text.missing].filter(Boolean);
  const strip = (lines.length ? lines.length * 26 + 18 : 24) * unit;
  ctx.fillStyle = 'rgb(0 0 0 / 0.62)';
  ctx.fillRect(0, H - strip, W, strip);
  lines.forEach((line, i) => {
    ctx.font = `${i === 0 ? 600 : 400} ${Math.round((i === 0 ? 19 : 16) * unit)}px sans-serif`;
    ctx.fillStyle = i === 0 ? '#fff' : 'rgb(255 255 255 / 0.8)';
    ctx.fillText(fit(ctx, line, W - margin * 2 - 70 * unit), startX, H - strip + (16 + i * 26) * unit);
  });
  ctx.font = `400 ${Math.round(14 * unit)}px monospace`;
  ctx.fillStyle = 'rgb(255 255 255 / 0.85)';
  ctx.direction = 'ltr';
  ctx.textAlign = text.rtl ? 'left' : 'right';
  ctx.fillText(`${t.toFixed(1)} s`, text.rtl ? margin : W - margin, H - strip + 16 * unit);
  // Where in the clip we are: a thin bar along the bottom.
  ctx.fillStyle = 'rgb(255 255 255 / 0.55)';
  ctx.fillRect(0, H - 3 * unit, (W * t) / plan.seconds, 3 * unit);
}

function fit(ctx: Ctx, line: string, width: number): string {
  if (ctx.measureText(line).width <= width) return line;
  let cut = line;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function grainTile(): OffscreenCanvas {
  const tile = new OffscreenCanvas(128, 128);
  const c = tile.getContext('2d')!;
  const image = c.createImageData(128, 128);
  const random = seededRandom(5);
  for (let i = 0; i < image.data.length; i += 4) {
    const v = 128 + (random() - 0.5) * 90;
    image.data[i] = image.data[i + 1] = image.data[i + 2] = v;
    image.data[i + 3] = 255;
  }
  c.putImageData(image, 0, 0);
  return tile;
}
