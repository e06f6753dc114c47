/** What the service worker reports; the wiring to vite-plugin-pwa lives in app/pwa.ts. */
export interface ServiceWorkerEvents {
  /** A new version is installed and waits for the person's click. */
  onNeedRefresh(): void;
  /** The app is stored on this device and opens without a network. */
  onOfflineReady(): void;
  /** The new version took control of this tab (applied here or in another tab). */
  onNeedReload(): void;
}

export interface AppUpdateDeps {
  /** Registers the service worker; resolves to the function that activates a waiting version. */
  register(events: ServiceWorkerEvents): (reloadPage?: boolean) => Promise<void>;
  /** True while this tab holds work a reload would lose. */
  hasUnsavedWork(): boolean;
  reload(): void;
}

/**
 * - current: nothing to offer;
 * - available: a new version waits for a click;
 * - applying: the click was made, the new version is taking over;
 * - reloadWhenSaved: the new version is in charge but this tab still runs the old one (it was
 *   applied elsewhere, or work became unsaved meanwhile): it reloads only when asked.
 */
export type UpdateStatus = 'current' | 'available' | 'applying' | 'reloadWhenSaved';

/** Offers a new version of the app and applies it only on a click, never over unsaved work. */
export class AppUpdate {
  #deps: AppUpdateDeps;
  #status = $state<UpdateStatus>('current');
  #offlineReady = $state(false);
  /** Set when a click could not be honoured because of unsaved work (the UI says so). */
  #heldForSave = $state(false);
  #activate: ((reloadPage?: boolean) => Promise<void>) | undefined;

  constructor(deps: AppUpdateDeps) {
    this.#deps = deps;
  }

  get status(): UpdateStatus {
    return this.#status;
  }

  get offlineReady(): boolean {
    return this.#offlineReady;
  }

  get heldForSave(): boolean {
    return this.#heldForSave;
  }

  /** Registers the service worker (once). */
  start(): void {
    if (this.#activate) return;
    this.#activate = this.#deps.register({
      onNeedRefresh: () => {
        if (this.#status === 'current') this.#status = 'available';
      },
      onOfflineReady: () => (this.#offlineReady = true),
      onNeedReload: () => {
        if (this.#status === 'applying' && !this.#deps.hasUnsavedWork()) this.#deps.reload();
        else this.#status = 'reloadWhenSaved';
      },
    });
  }

  /** The person's click on "Update": applies the waiting version unless this tab has unsaved work. Returns whether it went ahead. */
  async apply(): Promise<boolean> {
    if (this.#deps.hasUnsavedWork()) {
      this.#heldForSave = true;
      return false;
    }
    this.#heldForSave = false;
    if (this.#status === 'reloadWhenSaved') {
      this.#deps.reload();
      return true;
    }
    if (this.#status !== 'available' || !this.#activate) return false;
    this.#status = 'applying';
    await this.#activate(true);
    return true;
  }

  /** "Later": hides the offer until the next version (the waiting one still applies on the next visit). */
  dismiss(): void {
    this.#heldForSave = false;
    if (this.#status === 'available') this.#status = 'current';
  }

  /** "Got it" on the offline-ready notice. */
  acknowledgeOffline(): void {
    this.#offlineReady = false;
  }
}
