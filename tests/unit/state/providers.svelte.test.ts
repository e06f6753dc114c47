import { describe, expect, it } from 'vitest';
import { ProviderKeys } from '../../../src/state/providers.svelte';
import { fakeBrowser } from './fakes';

describe('provider keys and settings', () => {
  it('a key kept on this device is ready again in a new session; one kept in this tab only is not', async () => {
    const browser = fakeBrowser();
    const keys = new ProviderKeys(await browser.tab());
    await keys.load();
    expect(keys.keyState.gemini).toBe('none');
    const ready: string[] = [];
    keys.onKeyReady((p) => ready.push(p));
    await keys.saveKey('gemini', '  g-key  ', 'remembered');
    await keys.saveKey('fal', 'f-key', 'memory');
    expect(ready).toEqual(['gemini', 'fal']);
    expect(keys.provider('gemini')).toBeDefined();

    const later = new ProviderKeys(await browser.tab());
    await later.load();
    expect(later.keyState).toMatchObject({ gemini: 'ready', fal: 'none' });
    expect(later.settings.gemini.keyMode).toBe('remembered');
  });

  it('an encrypted key is locked until the passphrase unlocks it', async () => {
    const browser = fakeBrowser();
    const keys = new ProviderKeys(await browser.tab());
    await keys.load();
    await expect(keys.saveKey('openai', 'o-key', 'encrypted')).rejects.toThrow();
    await keys.unlock('correct horse battery');
    await keys.saveKey('openai', 'o-key', 'encrypted');

    const later = new ProviderKeys(await browser.tab());
    await later.load();
    expect(later.keyState.openai).toBe('locked');
    expect(later.provider('openai')).toBeUndefined();
    await later.unlock('correct horse battery');
    expect(later.keyState.openai).toBe('ready');
    expect(later.vaultUnlocked).toBe(true);
  });

  it('refuses a base URL a key must not be sent to, and forgets a key everywhere', async () => {
    const keys = new ProviderKeys(await fakeBrowser().tab());
    await keys.load();
    expect(await keys.setBaseUrl('openai', 'ftp://example.com')).toBe(false);
    expect(await keys.setBaseUrl('openai', 'https://gateway.example.com/v1')).toBe(true);
    expect(keys.settings.openai.baseUrl).toContain('gateway.example.com');
    await keys.saveKey('openai', 'o-key', 'remembered');
    await keys.forget('openai');
    expect(keys.keyState.openai).toBe('none');
    expect(keys.provider('openai')).toBeUndefined();
  });
});
