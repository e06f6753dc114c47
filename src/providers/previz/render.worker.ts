/// <reference lib="webworker" />
import { FramePainter } from './draw-frame';
import { encodeCanvas, pickCodec } from './encode';
import type { RenderJob, WorkerReply } from './protocol';

/**
 * Draws a plan's frames on an OffscreenCanvas and encodes them, off the main thread. One job per
 * Worker: the page cancels by terminating it.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = async (event: MessageEvent<RenderJob>) => {
  const started = performance.now();
  try {
    const { plan, width, height, text, poster } = event.data;
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('previz: this browser gives no 2D canvas in a Worker');
    const codec = await pickCodec(width, height);
    if (!codec) throw new Error('previz: this browser cannot encode video (no WebCodecs encoder for H.264, VP9 or VP8)');
    const painter = new FramePainter(ctx, plan, text);
    const total = Math.round(plan.seconds * plan.fps);
    const posterFrame = Math.floor(total / 2);
    let still: Blob | undefined;
    let lastReport = 0;
    let paintMs = 0;
    const clip = await encodeCanvas(
      canvas,
      codec,
      total,
      plan.fps,
      async (i) => {
        const before = performance.now();
        painter.paint(i / plan.fps);
        paintMs += performance.now() - before;
        if (poster && i === posterFrame) still = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
      },
      (done) => {
        const now = performance.now();
        if (now - lastReport > 100 || done === total) {
          lastReport = now;
          reply({ type: 'progress', done, total });
        }
      },
    );
    reply({ type: 'done', bytes: clip.bytes, mimeType: clip.mimeType, ...(still ? { poster: still } : {}), renderMs: performance.now() - started, paintMs, codec: clip.codec }, [clip.bytes]);
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
