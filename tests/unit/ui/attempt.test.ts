import { beforeEach, describe, expect, it } from 'vitest';
import { attempt } from '../../../src/ui/common/attempt';
import { toasts } from '../../../src/state/toasts.svelte';

describe('attempt: try what the person asked and tell them', () => {
  beforeEach(() => {
    for (const t of toasts.items) toasts.dismiss(t.id);
  });

  it('says nothing and answers true when the action worked', async () => {
    let ran = false;
    expect(await attempt(async () => void (ran = true))).toBe(true);
    expect(ran).toBe(true);
    expect(toasts.items).toEqual([]);
  });

  it('answers false and says why in one sentence when the action failed, so the caller claims no success', async () => {
    const worked = await attempt(async () => {
      throw new DOMException('the disk is full', 'QuotaExceededError');
    });
    expect(worked).toBe(false);
    expect(toasts.items).toHaveLength(1);
    expect(toasts.items[0]).toMatchObject({ tone: 'error', message: expect.stringContaining('no room left') });
  });

  it('answers false for a failure storage has no name for, with the general sentence', async () => {
    expect(await attempt(() => Promise.reject(new Error('boom')))).toBe(false);
    expect(toasts.items[0]?.message).toContain('could not write');
  });
});
