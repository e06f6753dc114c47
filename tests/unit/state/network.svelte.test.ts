import { describe, expect, it } from 'vitest';
import { Connectivity } from '../../../src/state/network.svelte';

describe('Connectivity', () => {
  it('follows the browser going offline and back online', () => {
    const target = new EventTarget();
    const connectivity = new Connectivity(target, true);
    expect(connectivity.online).toBe(true);
    target.dispatchEvent(new Event('offline'));
    expect(connectivity.online).toBe(false);
    target.dispatchEvent(new Event('online'));
    expect(connectivity.online).toBe(true);
  });

  it('starts offline when the browser already is', () => {
    expect(new Connectivity(new EventTarget(), false).online).toBe(false);
  });
});
