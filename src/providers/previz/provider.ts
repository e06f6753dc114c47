import { captionList, type CaptionWord } from '../../domain/previz/caption';
import { planScene } from '../../domain/previz/plan';
import { readPrompt } from '../../domain/previz/read';
import type { Shot } from '../../domain/shot';
import { ProviderError, type DownloadedVideo, type GenerationRequest, type JobStatus, type RemoteJob, type VideoProvider } from '../types';
import { previzCapabilities, previzFrameSize, previzModel } from './capabilities';
import type { RenderJob } from './protocol';
import type { RenderedClip } from './render-client';

/** The words Previz burns into its clips, in the reader's language (given by the app's i18n). */
export interface PrevizWords {
  locale: 'en' | 'ar';
  /** "Previz · schematic preview, not an AI video" */
  badge: string;
  /** "not previewed: {list}" */
  notPreviewed: string;
  words: Readonly<Record<CaptionWord, string>>;
}

export interface PrevizOptions {
  words(): PrevizWords;
  /** Draws and encodes a clip (in a Worker in the app; injected in tests). */
  render(job: RenderJob, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<RenderedClip>;
  /** A new take's seed (random in the app, fixed in tests). */
  seed?(): number;
}

interface Take {
  progress: number;
  controller: AbortController;
  clip?: RenderedClip;
  error?: ProviderError;
}

/** The render job for a prompt text (and the Shot it was composed from, if any) and its parameters (also what the bench uses). */
export function previzJob(text: string, params: { seconds: number; aspectRatio: string; resolution: string }, seed: number, words: PrevizWords, poster = true, shot?: Shot): RenderJob {
  const plan = planScene(readPrompt(text, shot), params.seconds, seed);
  const { width, height } = previzFrameSize(params.aspectRatio, params.resolution);
  const missing = plan.notPreviewed.length ? words.notPreviewed.replace('{list}', captionList(plan.notPreviewed, words.locale, words.words, words.locale === 'ar' ? '، ' : ', ')) : '';
  return { plan, width, height, poster, text: { badge: words.badge, shown: captionList(plan.shown, words.locale, words.words), missing, rtl: words.locale === 'ar' } };
}

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/**
 * Previz behind the provider interface: no key, no network, $0. `create` starts drawing at once
 * (off the main thread); `poll` reports progress; `download` hands over the finished file. Takes
 * live in this tab's memory only, so a take whose tab closed mid-drawing is gone (it costs
 * nothing to draw again).
 */
export function createPrevizProvider(options: PrevizOptions): VideoProvider {
  const takes = new Map<string, Take>();
  let counter = 0;

  const take = (job: RemoteJob): Take => {
    const found = takes.get(job.id);
    if (!found) throw new ProviderError('failed', { reason: 'previz: this preview was not finished when its page closed' });
    return found;
  };

  return {
    id: 'previz',
    async listModels() {
      return [{ id: previzModel }];
    },
    capabilities: () => previzCapabilities,
    async create(request: GenerationRequest, signal?: AbortSignal): Promise<RemoteJob> {
      signal?.throwIfAborted();
      // A take's own seed (recorded on its run) draws it again exactly; otherwise a fresh one.
      const seed = request.params.seed ?? options.seed?.() ?? randomSeed();
      const id = `previz-${Date.now().toString(36)}-${(counter++).toString(36)}-${seed.toString(36)}`;
      const controller = new AbortController();
      const entry: Take = { progress: 0, controller };
      takes.set(id, entry);
      const job = previzJob(request.text, request.params, seed, options.words(), true, request.shot);
      options.render(job, (fraction) => (entry.progress = fraction), controller.signal).then(
        (clip) => (entry.clip = clip),
        (error: unknown) => {
          entry.error = controller.signal.aborted ? new ProviderError('aborted') : new ProviderError('failed', { reason: error instanceof Error ? error.message : String(error) });
        },
      );
      return { id, kind: 'previz' };
    },
    async poll(job: RemoteJob): Promise<JobStatus> {
      const entry = takes.get(job.id);
      // Not drawn in this tab (it closed mid-drawing): the app marks such runs itself on reload.
      if (!entry) return { state: 'failed', error: new ProviderError('expired') };
      if (entry.error) return { state: 'failed', error: entry.error };
      if (entry.clip) return { state: 'succeeded', progress: 100, output: { mimeType: entry.clip.video.type } };
      return { state: 'running', progress: Math.round(entry.progress * 100), pollAfterMs: 250 };
    },
    async download(job: RemoteJob): Promise<DownloadedVideo> {
      const entry = take(job);
      if (!entry.clip) throw new ProviderError('failed', { reason: 'previz: the preview is not finished' });
      takes.delete(job.id);
      return { video: entry.clip.video, ...(entry.clip.poster ? { thumb: entry.clip.poster } : {}) };
    },
    async cancel(job: RemoteJob): Promise<void> {
      takes.get(job.id)?.controller.abort();
      takes.delete(job.id);
    },
  };
}
