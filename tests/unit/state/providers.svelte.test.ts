import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('an OpenAI-compatible gateway', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('has no base URL on a fresh install, so nothing is sent until the person enters theirs', async () => {
      const keys = new ProviderKeys(await fakeBrowser().tab());
      await keys.load();
      expect(keys.settings.openai.baseUrl).toBe('');
      await keys.saveKey('openai', 'sk-gw', 'memory');
      expect(keys.hasBaseUrl('openai')).toBe(false);
      expect(keys.provider('openai')).toBeUndefined();
      expect(await keys.setBaseUrl('openai', 'https://gateway.example/v1/')).toBe(true);
      expect(keys.provider('openai')).toBeDefined();
    });

    it('"List models" keeps the ids the gateway listed (hostile ones dropped) for the model picker, and the create format', async () => {
      const browser = fakeBrowser();
      const keys = new ProviderKeys(await browser.tab());
      await keys.load();
      await keys.setBaseUrl('openai', 'https://gateway.example/v1');
      await keys.saveKey('openai', 'sk-gw', 'remembered');
      const fetch = vi.fn(async () => Response.json({ object: 'list', data: [{ id: 'minimax/h3' }, { id: 'a/../b' }, { id: 'gpt-5-mini' }] }));
      vi.stubGlobal('fetch', fetch);
      const listed = await keys.testKey('openai');
      expect(listed.map((m) => m.id)).toEqual(['minimax/h3', 'gpt-5-mini']);
      expect(String(fetch.mock.calls[0]?.[0 as never])).toBe('https://gateway.example/v1/models');
      expect(keys.settings.openai.models).toEqual(['minimax/h3', 'gpt-5-mini']);
      expect(keys.settings.openai.createBody).toBeUndefined();
      await keys.setCreateBody('openai', 'json');

      const later = new ProviderKeys(await browser.tab());
      await later.load();
      expect(later.settings.openai).toMatchObject({ models: ['minimax/h3', 'gpt-5-mini'], createBody: 'json', baseUrl: 'https://gateway.example/v1' });
    });
  });
});
