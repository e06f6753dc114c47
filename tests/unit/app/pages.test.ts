import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import type { Section } from '../../../src/app/sections';

async function freshPages() {
  vi.resetModules();
  return import('../../../src/app/pages');
}

const page = { default: (() => undefined) as unknown as Component };

describe('section pages', () => {
  it('loads a page once; once loaded it is handed over as it is, so the page is drawn without a "Loading…" frame', async () => {
    const { pageOf } = await freshPages();
    const load = vi.fn(() => Promise.resolve(page));
    const section = { id: 'library', label: 'nav.library', load } as Section;
    const first = pageOf(section);
    expect(first).toBeInstanceOf(Promise);
    expect(pageOf(section)).toBe(first);
    await first;
    expect(pageOf(section)).toBe(page);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a page that failed to load is asked for again on the next visit', async () => {
    const { pageOf } = await freshPages();
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(page);
    const section = { id: 'learn', label: 'nav.learn', load } as Section;
    await expect(pageOf(section)).rejects.toThrow('offline');
    await Promise.resolve();
    await expect(pageOf(section)).resolves.toBe(page);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
