import { contactSheetLayout, midFrameTime } from '../../domain/contact-sheet';

/** One shot on the sheet: its video, its length, and the label drawn under its frame. */
export interface SheetShot {
  video: Blob;
  seconds: number;
  label: string;
}

/** A frame of this shot could not be read (the browser cannot decode or seek its video). */
export class FrameUnreadable extends Error {
  constructor(readonly index: number) {
    super(`No frame could be read from shot ${index + 1}`);
    this.name = 'FrameUnreadable';
  }
}

function once(target: EventTarget, ok: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${ok}`)), timeoutMs);
    target.addEventListener(ok, () => (clearTimeout(timer), resolve()), { once: true });
    target.addEventListener('error', () => (clearTimeout(timer), reject(new Error('media error'))), { once: true });
  });
}

/** The middle frame of a video, as a bitmap the canvas can draw. */
async function midFrame(blob: Blob, seconds: number): Promise<ImageBitmap> {
  const url = URL.createObjectURL(blob);
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  try {
    const loaded = once(video, 'loadeddata');
    video.src = url;
    await loaded;
    const seeked = once(video, 'seeked');
    video.currentTime = midFrameTime(seconds, video.duration);
    await seeked;
    return await createImageBitmap(video);
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

/**
 * Draws the contact sheet of a storyboard generation as a PNG: one frame per shot, taken from
 * the middle of the shot, with its label (shot number and length) under it and the title above.
 */
export async function drawContactSheet(shots: readonly SheetShot[], title: string, rtl: boolean): Promise<Blob> {
  const frames: ImageBitmap[] = [];
  try {
    for (const [i, shot] of shots.entries()) {
      try {
        frames.push(await midFrame(shot.video, shot.seconds));
      } catch {
        throw new FrameUnreadable(i);
      }
    }
    const first = frames[0]!;
    const layout = contactSheetLayout(frames.length, first.width, first.height, rtl);
    const canvas = document.createElement('canvas');
    canvas.width = layout.width;
    canvas.height = layout.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#16161a';
    ctx.fillRect(0, 0, layout.width, layout.height);
    ctx.direction = rtl ? 'rtl' : 'ltr';
    ctx.textAlign = 'start';
    ctx.fillStyle = '#f4f1ea';
    ctx.font = '600 24px system-ui, sans-serif';
    ctx.fillText(title, rtl ? layout.width - 24 : 24, layout.titleY, layout.width - 48);
    ctx.font = '600 18px system-ui, sans-serif';
    for (const cell of layout.cells) {
      ctx.drawImage(frames[cell.index]!, cell.x, cell.y, cell.width, cell.height);
      ctx.strokeStyle = '#3a3a40';
      ctx.strokeRect(cell.x + 0.5, cell.y + 0.5, cell.width - 1, cell.height - 1);
      ctx.fillStyle = '#f4f1ea';
      ctx.fillText(shots[cell.index]!.label, rtl ? cell.x + cell.width : cell.x, cell.labelY, cell.width);
    }
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  } finally {
    frames.forEach((f) => f.close());
  }
}
