import { fitParams, type GenerationParams } from '../../domain/params';
import { providers as providerInfo } from '../../providers/capabilities';
import { engineCapabilities, engineModels, isEngineId } from '../../providers/engines';
import { previzCapabilities } from '../../providers/previz/capabilities';
import { providerIds, type EngineId } from '../../providers/types';
import { providerKeys } from '../../state/providers.svelte';

/**
 * The Generate panel's choices: provider, model and parameters, always kept on a combination
 * the chosen model accepts (switching model moves values to the nearest valid ones).
 */
export class GenerateForm {
  params = $state.raw<GenerationParams>({ provider: 'previz', model: engineModels('previz').fallback, seconds: 4, aspectRatio: '16:9', resolution: '720p' });
  /** True while the person types their own model id. */
  customModel = $state(false);

  readonly provider: EngineId = $derived(isEngineId(this.params.provider) ? this.params.provider : 'previz');
  readonly caps = $derived(engineCapabilities(this.provider, this.params.model) ?? previzCapabilities);
  readonly models: readonly string[] = $derived(engineModels(this.provider).known);

  /**
   * Starts from a prompt's own parameters, on a provider that has a key if its own has none,
   * and on Previz (free, on this device) when no provider has a key at all.
   */
  reset(from: GenerationParams): void {
    let provider: EngineId = isEngineId(from.provider) ? from.provider : 'previz';
    if (provider !== 'previz' && providerKeys.keyState[provider] === 'none') provider = providerIds.find((id) => providerKeys.keyState[id] !== 'none') ?? 'previz';
    const model = provider === from.provider ? from.model : this.#modelOf(provider);
    this.customModel = !engineModels(provider).known.includes(model);
    this.params = fitParams(engineCapabilities(provider, model) ?? previzCapabilities, { ...from, provider, model });
  }

  setProvider(provider: EngineId): void {
    const model = this.#modelOf(provider);
    this.customModel = !engineModels(provider).known.includes(model);
    this.params = fitParams(engineCapabilities(provider, model) ?? previzCapabilities, { ...this.params, provider, model });
  }

  #modelOf(provider: EngineId): string {
    return provider === 'previz' ? engineModels(provider).fallback : (providerKeys.settings[provider].model ?? providerInfo[provider].defaultModel);
  }

  setModel(model: string): void {
    const caps = engineCapabilities(this.provider, model) ?? previzCapabilities;
    const next = fitParams(caps, { ...this.params, model });
    if (caps.rawInput && next.rawInput === undefined) next.rawInput = '{}';
    this.params = next;
  }

  set<K extends keyof GenerationParams>(field: K, value: GenerationParams[K]): void {
    this.params = { ...this.params, [field]: value };
  }
}
