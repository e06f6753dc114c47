import type { ScenePlan } from '../../domain/previz/plan';
import type { FrameText } from './frame-overlay';

/** What the page asks the render Worker for: a clip of a plan at a size, with its caption words. */
export interface RenderJob {
  plan: ScenePlan;
  width: number;
  height: number;
  text: FrameText;
  /** Also return a still of the middle frame (the run's thumbnail). */
  poster: boolean;
}

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: ArrayBuffer; mimeType: string; poster?: Blob; renderMs: number; paintMs: number; codec: string }
  | { type: 'error'; message: string };
