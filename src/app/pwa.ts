import { registerSW } from 'virtual:pwa-register';
import { AppUpdate, type ServiceWorkerEvents } from '../state/app-update.svelte';
import { compose } from '../state/compose.svelte';

const hourMs = 60 * 60 * 1000;

function register(events: ServiceWorkerEvents): (reloadPage?: boolean) => Promise<void> {
  const updateSW = registerSW({
    immediate: true,
    ...events,
    // A tab left open for days still hears of a new version.
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => navigator.onLine && void registration.update().catch(() => undefined), hourMs);
    },
  });
  return async (reloadPage) => {
    // A tab opened before any worker existed is not controlled, so it never hears "controlling":
    // it learns that the new version took over from the worker's own state.
    const waiting = navigator.serviceWorker.controller ? undefined : (await navigator.serviceWorker.getRegistration())?.waiting;
    waiting?.addEventListener('statechange', () => waiting.state === 'activated' && events.onNeedReload());
    await updateSW(reloadPage);
  };
}

/** The app's service worker: offline after the first visit, updates offered by UpdateOffer. */
export const appUpdate = new AppUpdate({
  register,
  hasUnsavedWork: () => compose.dirty || compose.saveState === 'saving',
  reload: () => window.location.reload(),
});
