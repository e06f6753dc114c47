import { fitParams, type GenerationParams } from '../domain/params';
import type { ImageInputs } from '../domain/image-inputs';
import { providers as providerInfo } from '../providers/capabilities';
import { engineCapabilities, engineModels, isEngineId } from '../providers/engines';
import { previzCapabilities } from '../providers/previz/capabilities';
import { providerIds, type EngineId } from '../providers/types';
import type { ComposeSession } from './compose.svelte';
import type { ProviderKeys } from './providers.svelte';

/** What the form reads of the open prompt, and the one way it changes it. */
export type FormPrompt = Pick<ComposeSession, 'params' | 'setParams' | 'editorKey'>;
/** What the form reads of the keys: which providers have one, and each one's last model. */
export type FormKeys = Pick<ProviderKeys, 'keyState' | 'settings'>;

/**
 * The Generate panel's choices: provider, model and parameters, always on a combination the
 * chosen model accepts (switching model moves values to the nearest valid ones). The open
 * prompt's parameters are the one copy: the form is derived from them and writes through
 * `setParams`. A prompt opened here starts on a provider that has a key when its own has none,
 * and on Previz (free, on this device) when no provider has a key at all; that suggestion is
 * shown, not written, until the person chooses something.
 */
export class GenerateForm {
  readonly #prompt: FormPrompt;
  readonly #keys: FormKeys;
  /** The parameters this form last wrote (as JSON): while the prompt holds them, they are shown as they are. */
  #written = $state<string | undefined>(undefined);
  /** The prompt (editor key) for which the person chose to type their own model id. */
  #customFor = $state<string | undefined>(undefined);

  constructor(prompt: FormPrompt, keys: FormKeys) {
    this.#prompt = prompt;
    this.#keys = keys;
  }

  readonly params: GenerationParams = $derived.by(() => {
    const own = this.#prompt.params;
    return this.#written === JSON.stringify(own) ? own : this.#suggested(own);
  });

  readonly provider: EngineId = $derived(isEngineId(this.params.provider) ? this.params.provider : 'previz');
  readonly caps = $derived(capsOf(this.provider, this.params.model));
  /** The provider's own list when it was fetched (Settings → List models), else the ids Laqta knows. */
  readonly models: readonly string[] = $derived.by(() =>
    this.provider === 'previz' ? engineModels('previz').known : (this.#keys.settings[this.provider].models ?? engineModels(this.provider).known),
  );

  /** True while the person types their own model id (or the prompt's model is not a listed one). */
  get customModel(): boolean {
    return this.#customFor === this.#prompt.editorKey || !this.models.includes(this.params.model);
  }

  /** "Other model id…": the person will type one. */
  chooseCustomModel(): void {
    this.#customFor = this.#prompt.editorKey;
  }

  setProvider(provider: EngineId): void {
    const model = this.#modelOf(provider);
    this.#customFor = undefined;
    this.#write(fitParams(capsOf(provider, model), { ...this.params, provider, model }));
  }

  /** A model from the list. */
  pickModel(model: string): void {
    this.#customFor = undefined;
    this.setModel(model);
  }

  /** A model id, listed or typed. */
  setModel(model: string): void {
    const caps = capsOf(this.provider, model);
    const next = fitParams(caps, { ...this.params, model });
    if (caps.rawInput && next.rawInput === undefined) next.rawInput = '{}';
    this.#write(next);
  }

  set<K extends keyof GenerationParams>(field: K, value: GenerationParams[K]): void {
    this.#write({ ...this.params, [field]: value });
  }

  /** The image inputs (none: the field is left out, not stored as undefined). */
  setImages(images: ImageInputs | undefined): void {
    const { images: _old, ...rest } = this.params;
    this.#write(images ? { ...rest, images } : rest);
  }

  /** A choice made here is the prompt's own setting too: it is saved with the prompt. */
  #write(next: GenerationParams): void {
    this.#written = JSON.stringify(next);
    this.#prompt.setParams(next);
  }

  /** The prompt's parameters, on a provider that has a key if its own has none, fitted to the model. */
  #suggested(from: GenerationParams): GenerationParams {
    let provider: EngineId = isEngineId(from.provider) ? from.provider : 'previz';
    if (provider !== 'previz' && this.#keys.keyState[provider] === 'none') provider = providerIds.find((id) => this.#keys.keyState[id] !== 'none') ?? 'previz';
    const model = provider === from.provider ? from.model : this.#modelOf(provider);
    return fitParams(capsOf(provider, model), { ...from, provider, model });
  }

  #modelOf(provider: EngineId): string {
    if (provider === 'previz') return engineModels(provider).fallback;
    const settings = this.#keys.settings[provider];
    return settings.model ?? providerInfo[provider].defaultModel ?? settings.models?.[0] ?? engineModels(provider).fallback;
  }
}

function capsOf(provider: EngineId, model: string) {
  return engineCapabilities(provider, model) ?? previzCapabilities;
}
