import { planScene } from '../domain/previz/plan';
import { termPreviewRequest } from '../domain/previz/term-preview';
import type { Category } from '../domain/vocabulary/index';
import type { RenderJob } from '../providers/previz/protocol';
import { renderInWorker, type RenderedClip } from '../providers/previz/render-client';

/** Where one term's preview is: being drawn, ready to loop (an object URL), or refused by the browser. */
export type TermPreview = { status: 'drawing' } | { status: 'ready'; url: string } | { status: 'failed'; reason: string };

export interface TermPreviewDeps {
  render(job: RenderJob, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<RenderedClip>;
  objectUrl(blob: Blob): string;
}

/** A preview is 2 s, small, with no burned-in words (its label sits beside it, in the page's language). */
export const termPreviewSize = { width: 320, height: 180, seconds: 2 } as const;

/**
 * Tiny looping Previz clips of single vocabulary terms, drawn on first request, one at a time,
 * and kept for the session (each is drawn once however often it is asked for).
 */
export class TermPreviews {
  #deps: TermPreviewDeps;
  #previews = $state.raw<Record<string, TermPreview>>({});
  #queue: Promise<void> = Promise.resolve();

  constructor(deps: TermPreviewDeps) {
    this.#deps = deps;
  }

  /** The preview of a term, if it was asked for. */
  get(category: Category, id: string): TermPreview | undefined {
    return this.#previews[`${category}/${id}`];
  }

  /** Asks for a term's preview; a ready or drawing one is left alone, a failed one is tried again. */
  request(category: Category, id: string): void {
    const key = `${category}/${id}`;
    const current = this.#previews[key];
    if (current && current.status !== 'failed') return;
    this.#set(key, { status: 'drawing' });
    const plan = planScene(termPreviewRequest(category, id), termPreviewSize.seconds, 1);
    const job: RenderJob = { plan, width: termPreviewSize.width, height: termPreviewSize.height, poster: false, text: { badge: '', shown: '', missing: '', rtl: false } };
    this.#queue = this.#queue.then(() =>
      this.#deps.render(job, () => undefined).then(
        (clip) => this.#set(key, { status: 'ready', url: this.#deps.objectUrl(clip.video) }),
        (error: unknown) => this.#set(key, { status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      ),
    );
  }

  #set(key: string, preview: TermPreview): void {
    this.#previews = { ...this.#previews, [key]: preview };
  }
}

export const termPreviews = new TermPreviews({ render: renderInWorker, objectUrl: (blob) => URL.createObjectURL(blob) });
