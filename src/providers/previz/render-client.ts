import type { RenderJob, WorkerReply } from './protocol';

/** A rendered clip as the page receives it. */
export interface RenderedClip {
  video: Blob;
  poster?: Blob;
  /** Milliseconds from the job's arrival in the Worker to the finished file, and of that, drawing. */
  renderMs: number;
  paintMs: number;
  codec: string;
}

/**
 * Renders one clip in its own Worker. `onProgress` gets 0-1; aborting `signal` terminates the
 * Worker at once (nothing half-made is returned) and rejects with an AbortError.
 */
export function renderInWorker(job: RenderJob, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<RenderedClip> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new DOMException('cancelled', 'AbortError'));
    const worker = new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(signal?.reason ?? new DOMException('cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done / message.total);
      else if (message.type === 'done') {
        finish();
        resolve({ video: new Blob([message.bytes], { type: message.mimeType }), ...(message.poster ? { poster: message.poster } : {}), renderMs: message.renderMs, paintMs: message.paintMs, codec: message.codec });
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'previz: the render Worker failed'));
    };
    worker.postMessage(job);
  });
}
