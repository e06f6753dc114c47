import { describe, expect, it } from 'vitest';
import { Templates } from '../../../src/state/templates.svelte';
import { fakeBrowser, settle } from './fakes';

describe('saved templates', () => {
  it('are created, changed and removed, newest first, and stay after a reload', async () => {
    const browser = fakeBrowser();
    const templates = new Templates(await browser.tab());
    await templates.load();
    const first = await templates.create('  Street  ', 'A street at {{lighting}}.', ' night scenes ');
    await new Promise((r) => setTimeout(r, 2));
    await templates.create('Sea', 'The sea at {{lighting}}.', '');
    expect(templates.user.map((t) => t.name)).toEqual(['Sea', 'Street']);
    expect(first.whenToUse).toBe('night scenes');
    await templates.update(first.id, { name: 'Street wide', text: 'A wide street at {{lighting}}.', whenToUse: '' });
    expect(templates.user[0]?.name).toBe('Street wide');

    const reloaded = new Templates(await browser.tab());
    await reloaded.load();
    expect(reloaded.user.map((t) => t.name)).toEqual(['Street wide', 'Sea']);

    await templates.remove(first.id);
    expect(templates.user.map((t) => t.name)).toEqual(['Sea']);
    await templates.restore(first);
    expect(templates.user.map((t) => t.id)).toContain(first.id);
  });

  it('a template saved in another tab shows here', async () => {
    const browser = fakeBrowser();
    const a = new Templates(await browser.tab());
    const b = new Templates(await browser.tab());
    await Promise.all([a.load(), b.load()]);
    await a.create('Forest', 'A forest at {{lighting}}.', '');
    await settle();
    expect(b.user.map((t) => t.name)).toEqual(['Forest']);
  });
});
