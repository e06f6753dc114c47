import { createFalProvider } from './fal';
import { createGeminiProvider } from './gemini';
import { createOpenAIProvider } from './openai-videos';
import type { ProviderConfig, ProviderId, VideoProvider } from './types';

/** The adapter for a provider, configured with a base URL and key. */
export function createProvider(id: ProviderId, config: ProviderConfig): VideoProvider {
  switch (id) {
    case 'openai':
      return createOpenAIProvider(config);
    case 'gemini':
      return createGeminiProvider(config);
    case 'fal':
      return createFalProvider(config);
  }
}
