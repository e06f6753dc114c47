import { imageLimits, videoFrame, type ImageRef } from '../domain/image-inputs';
import type { GenerationParams, ModelCapabilities } from '../domain/params';
import type { StorageErrorKind } from '../storage/db';
import { getImage, ImageRefused, putImage } from '../storage/images';
import { prepareImage, PrepareRefused, type PrepareFailure, type PrepareTarget, type PreparedImage } from './image-prepare';
import { appStorage, type AppStorage } from './storage.svelte';

/** Why the last pick failed, with the file's name for the sentence. */
export type PickFailure = { kind: PrepareFailure; name: string } | { kind: 'storage'; storage: StorageErrorKind; name: string };

export interface ImageInputsDeps {
  storage: Pick<AppStorage, 'open' | 'media' | 'classify'>;
  /** Decodes and resizes a picked file (the browser's canvas; a fake in tests). */
  prepare?: (file: Blob, target: PrepareTarget) => Promise<PreparedImage>;
}

/** The size a picture is drawn at for a model: the video's own frame, filled exactly when the model asks for that. */
export function prepareTarget(caps: ModelCapabilities, params: Pick<GenerationParams, 'aspectRatio' | 'resolution'>): PrepareTarget {
  const frame = videoFrame(params.aspectRatio, params.resolution) ?? { width: 1920, height: 1920 };
  return { box: frame, mode: caps.imageExactSize ? 'cover' : 'fit' };
}

/**
 * Image inputs picked in Compose: a file is checked, resized in the browser to what the model
 * takes, and stored as media (`image/<sha-256>`); the caller puts the returned reference in the
 * prompt's parameters. A refused or failed pick changes nothing stored and says why.
 */
export class ImageInputs {
  readonly #storage: ImageInputsDeps['storage'];
  readonly #prepare: NonNullable<ImageInputsDeps['prepare']>;
  #working = $state(false);
  #failure = $state.raw<PickFailure | undefined>(undefined);

  constructor(deps: ImageInputsDeps) {
    this.#storage = deps.storage;
    this.#prepare = deps.prepare ?? prepareImage;
  }

  /** True while a picked file is being decoded, resized and stored. */
  get working(): boolean {
    return this.#working;
  }

  get failure(): PickFailure | undefined {
    return this.#failure;
  }

  /** Prepares and stores one picked file; resolves with its reference, or undefined (see `failure`). */
  async pick(file: File, target: PrepareTarget): Promise<ImageRef | undefined> {
    this.#working = true;
    this.#failure = undefined;
    try {
      const prepared = await this.#prepare(file, target);
      await this.#storage.open();
      return await putImage(this.#storage.media, prepared.blob, { width: prepared.width, height: prepared.height });
    } catch (error) {
      if (error instanceof PrepareRefused) this.#failure = { kind: error.kind, name: file.name };
      else if (error instanceof ImageRefused) this.#failure = { kind: error.reason === 'size' ? 'size' : 'type', name: file.name };
      else this.#failure = { kind: 'storage', storage: this.#storage.classify(error), name: file.name };
      return undefined;
    } finally {
      this.#working = false;
    }
  }

  /** Forgets the last failure (the person dismissed it or picked again). */
  dismissFailure(): void {
    this.#failure = undefined;
  }

  /** A stored image's bytes, for a thumbnail. */
  async blob(id: string): Promise<Blob | undefined> {
    await this.#storage.open();
    return getImage(this.#storage.media, id).catch(() => undefined);
  }

  /** The largest file a person may pick, in megabytes (for the sentence). */
  get maxMegabytes(): number {
    return imageLimits.fileBytes / (1024 * 1024);
  }
}

export const imageInputs = new ImageInputs({ storage: appStorage });
