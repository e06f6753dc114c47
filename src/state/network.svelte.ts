/** The browser's view of the connection, for saying up front what needs the network. */
export class Connectivity {
  #online = $state(true);

  /** `target` is the window in the app; tests hand in an EventTarget and a flag. */
  constructor(target: Pick<Window, 'addEventListener'>, initiallyOnline: boolean) {
    this.#online = initiallyOnline;
    target.addEventListener('online', () => (this.#online = true));
    target.addEventListener('offline', () => (this.#online = false));
  }

  get online(): boolean {
    return this.#online;
  }
}

export const connectivity = new Connectivity(globalThis.window ?? new EventTarget(), globalThis.navigator?.onLine ?? true);
