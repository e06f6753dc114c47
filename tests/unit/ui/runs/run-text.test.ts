import { afterEach, describe, expect, it } from 'vitest';
import { errorSentence } from '../../../../src/ui/runs/run-text';

function goOffline(offline: boolean) {
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
}

describe('errorSentence', () => {
  afterEach(() => goOffline(false));

  it('says the person is offline when a network failure happens without a connection', () => {
    goOffline(true);
    expect(errorSentence({ kind: 'network' }, 'fal')).toBe(
      'This needs a connection, and you are offline. Your work is kept here; try again when you are back online.',
    );
  });

  it('names the provider for a network failure while online', () => {
    expect(errorSentence({ kind: 'network' }, 'fal')).toMatch(/could not reach fal/);
  });
});
