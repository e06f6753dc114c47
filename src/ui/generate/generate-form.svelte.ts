import { fitParams, type GenerationParams } from '../../domain/params';
import { capabilitiesFor, providers as providerInfo } from '../../providers/capabilities';
import { isProviderId, providerIds, type ProviderId } from '../../providers/types';
import { providerKeys } from '../../state/providers.svelte';

/**
 * The Generate panel's choices: provider, model and parameters, always kept on a combination
 * the chosen model accepts (switching model moves values to the nearest valid ones).
 */
export class GenerateForm {
  params = $state.raw<GenerationParams>({ provider: 'gemini', model: providerInfo.gemini.defaultModel, seconds: 8, aspectRatio: '16:9', resolution: '720p' });
  /** True while the person types their own model id. */
  customModel = $state(false);

  readonly provider: ProviderId = $derived(isProviderId(this.params.provider) ? this.params.provider : 'gemini');
  readonly caps = $derived(capabilitiesFor(this.provider, this.params.model));
  readonly models: readonly string[] = $derived(providerInfo[this.provider].knownModels);

  /** Starts from a prompt's own parameters, on a provider that has a key if its own has none. */
  reset(from: GenerationParams): void {
    let provider: ProviderId = isProviderId(from.provider) ? from.provider : 'gemini';
    if (providerKeys.keyState[provider] === 'none') provider = providerIds.find((id) => providerKeys.keyState[id] !== 'none') ?? provider;
    const model = provider === from.provider ? from.model : (providerKeys.settings[provider].model ?? providerInfo[provider].defaultModel);
    this.customModel = !providerInfo[provider].knownModels.includes(model);
    this.params = fitParams(capabilitiesFor(provider, model), { ...from, provider, model });
  }

  setProvider(provider: ProviderId): void {
    const model = providerKeys.settings[provider].model ?? providerInfo[provider].defaultModel;
    this.customModel = !providerInfo[provider].knownModels.includes(model);
    this.params = fitParams(capabilitiesFor(provider, model), { ...this.params, provider, model });
  }

  setModel(model: string): void {
    const caps = capabilitiesFor(this.provider, model);
    const next = fitParams(caps, { ...this.params, model });
    if (caps.rawInput && next.rawInput === undefined) next.rawInput = '{}';
    this.params = next;
  }

  set<K extends keyof GenerationParams>(field: K, value: GenerationParams[K]): void {
    this.params = { ...this.params, [field]: value };
  }
}
