import { previzJob } from '../providers/previz/provider';
import { renderInWorker } from '../providers/previz/render-client';
import { previzWords } from '../state/previz-engine';
import { timeDiagnostics } from '../domain/coach/bench';

/** What one timed Previz render reports. */
export interface PrevizTiming {
  /** From the request to the finished file in the page (planning, Worker start-up, drawing, encoding). */
  ms: number;
  /** Inside the Worker: drawing and encoding, and of that, drawing alone. */
  renderMs: number;
  paintMs: number;
  bytes: number;
  mimeType: string;
  codec: string;
  frames: number;
}

const benchText = 'A cyclist waits at a crossing at dusk.\nCamera: medium shot, low angle\nLens: shallow depth of field\nCamera movement: handheld camera with subtle micro-shake, slow dolly-in\nLighting: golden-hour sunlight, volumetric light through haze\nPalette: amber, teal, cream';

/** Renders and encodes one clip (4 s 720p 16:9 unless told otherwise) exactly as a Generate would, and times it. */
export async function timePreviz(options: { text?: string; seconds?: number; aspectRatio?: string; resolution?: string; seed?: number } = {}): Promise<PrevizTiming> {
  const started = performance.now();
  const params = { seconds: options.seconds ?? 4, aspectRatio: options.aspectRatio ?? '16:9', resolution: options.resolution ?? '720p' };
  const job = previzJob(options.text ?? benchText, params, options.seed ?? 1, previzWords());
  const clip = await renderInWorker(job, () => undefined);
  return {
    ms: performance.now() - started,
    renderMs: clip.renderMs,
    paintMs: clip.paintMs,
    bytes: clip.video.size,
    mimeType: clip.video.type,
    codec: clip.codec,
    frames: Math.round(job.plan.seconds * job.plan.fps),
  };
}

declare global {
  interface Window {
    /** Hooks for `npm run bench` (present only when the page was opened with `?bench`). */
    __laqtaBench?: { previz: typeof timePreviz; coach: typeof timeCoach };
  }
}

/** Times the coach re-reading a prompt after each keystroke (4,000 characters and 200 keystrokes unless told otherwise). */
function timeCoach(options: { length?: number; keystrokes?: number } = {}) {
  return timeDiagnostics(() => performance.now(), options);
}

/** Installs the bench hooks on `window`. */
export function installBenchHooks(): void {
  window.__laqtaBench = { previz: timePreviz, coach: timeCoach };
}
