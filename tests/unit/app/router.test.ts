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
