import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../../src/app/router.svelte';

describe('hash routes', () => {
  it('an empty hash opens Compose', () => {
    expect(parseHash('')).toEqual({ section: 'compose', params: [] });
    expect(parseHash('#/')).toEqual({ section: 'compose', params: [] });
  });

  it('a section with an id round-trips, even with characters that need escaping', () => {
    const href = hrefFor('compose', 'a/b c');
    expect(parseHash(href)).toEqual({ section: 'compose', params: ['a/b c'] });
  });

  it('an unknown section is reported as such, not silently replaced', () => {
    expect(parseHash('#/nowhere').section).toBeUndefined();
  });

  it('a malformed escape does not throw', () => {
    expect(parseHash('#/compose/%E0%A4%A').params).toEqual(['%E0%A4%A']);
  });
});

describe('the router', () => {
  it('replace rewrites the address and the route without adding a history entry', async () => {
    const { router } = await import('../../../src/app/router.svelte');
    const before = history.length;
    router.replace('compose', 'p1');
    expect(location.hash).toBe('#/compose/p1');
    expect(router.route).toEqual({ section: 'compose', params: ['p1'] });
    expect(history.length).toBe(before);
  });
});
