import type { ModelCapabilities } from '../domain/params';
import { capabilitiesFor, providers as providerInfo } from './capabilities';
import { previzCapabilities, previzModel } from './previz/capabilities';
import { isProviderId, providerIds, type EngineId } from './types';

/** Every engine the Generate panel offers: Previz first (free, on this device), then the keyed providers. */
export const engineIds: readonly EngineId[] = ['previz', ...providerIds];

export function isEngineId(value: string): value is EngineId {
  return value === 'previz' || isProviderId(value);
}

/** What a model of an engine accepts, or undefined for an engine Laqta does not know. */
export function engineCapabilities(engine: string, model: string): ModelCapabilities | undefined {
  if (engine === 'previz') return previzCapabilities;
  return isProviderId(engine) ? capabilitiesFor(engine, model) : undefined;
}

/** Runs at once per engine (Previz draws one clip at a time: both cores go to it). */
export function engineConcurrency(engine: string): number {
  if (engine === 'previz') return 1;
  return isProviderId(engine) ? providerInfo[engine].concurrency : 1;
}

/**
 * The models offered before the provider's own list is fetched, and the default one ('' for a
 * gateway: it has no default until the person lists its models).
 */
export function engineModels(engine: EngineId): { known: readonly string[]; fallback: string } {
  if (engine === 'previz') return { known: [previzModel], fallback: previzModel };
  const info = providerInfo[engine];
  return { known: info.knownModels, fallback: info.defaultModel ?? info.knownModels[0] ?? '' };
}
