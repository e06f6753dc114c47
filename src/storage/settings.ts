import { recordKey, request, transact, type UseStore } from './db';

/** How a provider's key is kept: this tab only, on this device, or encrypted with a passphrase. */
export type KeyStorageMode = 'memory' | 'remembered' | 'encrypted';

/** Per-provider settings. Never exported: `settings/` keys stay on the device. */
export interface ProviderSettings {
  type: 'providerSettings';
  provider: string;
  baseUrl: string;
  keyMode: KeyStorageMode;
  /** The model last chosen for this provider. */
  model?: string;
  /** The ids the provider listed the last time its models were fetched ("List models"), and when. */
  models?: string[];
  modelsListedAt?: number;
  /** OpenAI-compatible only: how create is sent (multipart, as the official SDK sends it, unless set). */
  createBody?: 'multipart' | 'json';
}

const settingsName = (provider: string) => `provider-${provider}`;

export async function getProviderSettings(library: UseStore, provider: string): Promise<ProviderSettings | undefined> {
  return transact(library, 'readonly', (os) => request(os.get(recordKey.settings(settingsName(provider)))) as Promise<ProviderSettings | undefined>);
}

export async function saveProviderSettings(library: UseStore, settings: ProviderSettings): Promise<void> {
  await transact(library, 'readwrite', (os) => {
    os.put(settings, recordKey.settings(settingsName(settings.provider)));
  });
}

/** A base URL the app will send a key to: http(s) only, no credentials or fragment in it. */
/** The hosts a base URL may name over plain http; the page's connect-src allows exactly these. */
export const loopbackHosts: readonly string[] = ['127.0.0.1', 'localhost'];

export function normaliseBaseUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  // Plain http is for a server on this machine only; a key never crosses a network in clear.
  // Not [::1]: a Content-Security-Policy cannot name an IPv6 address, so the page could never reach it.
  if (url.protocol === 'http:' && !loopbackHosts.includes(url.hostname)) return undefined;
  return url.toString().replace(/\/+$/, '');
}
