import { describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../../src/state/toasts.svelte';

describe('toasts', () => {
  it('a notice fades after six seconds; an error stays until dismissed', () => {
    vi.useFakeTimers();
    try {
      const toasts = new Toasts();
      toasts.show({ tone: 'success', message: 'Saved.' });
      const error = toasts.show({ tone: 'error', message: 'Could not save.' });
      vi.advanceTimersByTime(6000);
      expect(toasts.items.map((t) => t.message)).toEqual(['Could not save.']);
      toasts.dismiss(error);
      expect(toasts.items).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
