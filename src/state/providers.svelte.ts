import { providers as providerInfo } from '../providers/capabilities';
import { createProvider } from '../providers/registry';
import { providerIds, type ModelInfo, type ProviderId, type VideoProvider } from '../providers/types';
import { getProviderSettings, normaliseBaseUrl, saveProviderSettings, type KeyStorageMode, type ProviderSettings } from '../storage/settings';
import { forgetKey, getKeyRecord, getVaultMeta, readKey, storeKey, unlockVault } from '../storage/vault';
import { appStorage, type AppStorage } from './storage.svelte';

export type KeyState = 'none' | 'ready' | 'locked';

type Settings = Record<ProviderId, ProviderSettings>;

function defaults(): Settings {
  const out = {} as Settings;
  // A gateway has no default base URL: it stays empty until the person enters theirs.
  for (const id of providerIds) out[id] = { type: 'providerSettings', provider: id, baseUrl: providerInfo[id].defaultBaseUrl ?? '', keyMode: 'memory' };
  return out;
}

function noKeys(): Record<ProviderId, KeyState> {
  return { gemini: 'none', fal: 'none', openai: 'none' };
}

/**
 * Provider settings and keys for this session. Keys in clear live only in a private Map here
 * (never in reactive state, never in a message, never in the page); storage holds them per the
 * person's choice: not at all, as given, or sealed with the passphrase-derived vault key.
 */
export class ProviderKeys {
  #settings = $state.raw<Settings>(defaults());
  #keyState = $state<Record<ProviderId, KeyState>>(noKeys());
  #vaultUnlocked = $state(false);
  /** True once a passphrase was set on this device (so the page offers "unlock" rather than "set"). */
  #vaultExists = $state(false);
  #loaded = $state(false);
  readonly #storage: AppStorage;
  #keys = new Map<ProviderId, string>();
  #vaultKey: CryptoKey | undefined;
  #onReady = new Set<(provider: ProviderId) => void>();
  #loading: Promise<void> | undefined;

  constructor(storage: AppStorage) {
    this.#storage = storage;
  }

  get settings(): Settings {
    return this.#settings;
  }

  get keyState(): Record<ProviderId, KeyState> {
    return this.#keyState;
  }

  get vaultUnlocked(): boolean {
    return this.#vaultUnlocked;
  }

  get vaultExists(): boolean {
    return this.#vaultExists;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** Reads settings and remembered keys once; encrypted keys stay locked until `unlock`. */
  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  async #load(): Promise<void> {
    await this.#storage.open();
    const lib = this.#storage.library;
    const settings = defaults();
    for (const id of providerIds) {
      const stored = await getProviderSettings(lib, id).catch(() => undefined);
      if (stored) settings[id] = { ...settings[id], ...stored };
      const record = await getKeyRecord(lib, id).catch(() => undefined);
      if (record?.mode === 'remembered') {
        this.#keys.set(id, record.key);
        this.#keyState[id] = 'ready';
      } else if (record?.mode === 'encrypted') this.#keyState[id] = 'locked';
    }
    this.#settings = settings;
    this.#vaultExists = !!(await getVaultMeta(lib).catch(() => undefined));
    this.#loaded = true;
  }

  /** Calls back whenever a provider's key becomes usable (pasted or unlocked): paused runs resume. */
  onKeyReady(listener: (provider: ProviderId) => void): () => void {
    this.#onReady.add(listener);
    return () => this.#onReady.delete(listener);
  }

  /** The configured adapter, or undefined when there is no usable key or no base URL yet. */
  provider(id: ProviderId): VideoProvider | undefined {
    const key = this.#keys.get(id);
    const { baseUrl, createBody } = this.#settings[id];
    if (!key || !baseUrl) return undefined;
    return createProvider(id, { baseUrl, key, ...(id === 'openai' ? { createBody: createBody ?? 'multipart' } : {}) });
  }

  /** True when the provider has a base URL to send to (a gateway has none until the person enters it). */
  hasBaseUrl(id: ProviderId): boolean {
    return !!this.#settings[id].baseUrl;
  }

  /** How a gateway's create is sent: multipart (the SDK's way, the default) or a JSON body. */
  async setCreateBody(id: ProviderId, format: 'multipart' | 'json'): Promise<void> {
    await this.#saveSettings(id, { createBody: format });
  }

  /** Saves a base URL; false when it is not one a key may be sent to. */
  async setBaseUrl(id: ProviderId, input: string): Promise<boolean> {
    const baseUrl = normaliseBaseUrl(input);
    if (!baseUrl) return false;
    await this.#saveSettings(id, { baseUrl });
    return true;
  }

  async setModel(id: ProviderId, model: string): Promise<void> {
    if (this.#settings[id].model !== model) await this.#saveSettings(id, { model });
  }

  /** Keeps a key as the person chose. Encrypted mode needs the vault unlocked first. */
  async saveKey(id: ProviderId, key: string, mode: KeyStorageMode): Promise<void> {
    const secret = key.trim();
    if (!secret) return;
    const lib = this.#storage.library;
    if (mode === 'memory') await forgetKey(lib, id);
    else if (mode === 'remembered') await storeKey(lib, id, secret);
    else {
      if (!this.#vaultKey) throw new Error('vault locked');
      await storeKey(lib, id, secret, this.#vaultKey);
    }
    this.#keys.set(id, secret);
    this.#keyState[id] = 'ready';
    await this.#saveSettings(id, { keyMode: mode });
    this.#onReady.forEach((l) => l(id));
  }

  /** Unlocks (or, the first time, sets) the passphrase; encrypted keys become usable. Rejects with VaultError on a wrong one. */
  async unlock(passphrase: string): Promise<void> {
    const lib = this.#storage.library;
    this.#vaultKey = await unlockVault(lib, passphrase);
    this.#vaultUnlocked = true;
    this.#vaultExists = true;
    for (const id of providerIds) {
      if (this.#keyState[id] !== 'locked') continue;
      const key = await readKey(lib, id, this.#vaultKey);
      if (!key) continue;
      this.#keys.set(id, key);
      this.#keyState[id] = 'ready';
      this.#onReady.forEach((l) => l(id));
    }
  }

  /** Removes a provider's key from this tab and from storage. */
  async forget(id: ProviderId): Promise<void> {
    await forgetKey(this.#storage.library, id);
    this.#keys.delete(id);
    this.#keyState[id] = 'none';
  }

  /**
   * Lists the provider's models (a cheap authenticated call, so also the key's test) and keeps
   * their ids: model pickers are built from this list. Rejects with ProviderError.
   */
  async testKey(id: ProviderId): Promise<ModelInfo[]> {
    const provider = this.provider(id);
    if (!provider) throw new Error('no key');
    const models = await provider.listModels(AbortSignal.timeout(20_000));
    if (models.length) await this.#saveSettings(id, { models: models.map((m) => m.id), modelsListedAt: Date.now() });
    return models;
  }

  async #saveSettings(id: ProviderId, patch: Partial<ProviderSettings>): Promise<void> {
    const next = { ...this.#settings[id], ...patch };
    await saveProviderSettings(this.#storage.library, next);
    this.#settings = { ...this.#settings, [id]: next };
  }
}

export const providerKeys = new ProviderKeys(appStorage);
