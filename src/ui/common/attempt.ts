import { t } from '../../i18n/i18n.svelte';
import { appStorage } from '../../state/storage.svelte';
import { toasts } from '../../state/toasts.svelte';

/**
 * Runs an action the person asked for. A failure becomes one sentence (a toast); the caller
 * learns whether it worked, so nothing on screen says "saved", or moves on, when it did not.
 */
export async function attempt(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    toasts.show({ tone: 'error', message: t(`storage.${appStorage.classify(error)}`) });
    return false;
  }
}
