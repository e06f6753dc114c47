/**
 * The cross-tab change feed. Messages carry only record keys, never content (and so never a
 * key or a prompt): a tab that hears of a change reads the record from storage itself.
 */
export type Change =
  | { type: 'changed'; keys: string[] }
  | { type: 'schema'; version: number }
  /** Asks the tab driving a run to cancel it (the person pressed Cancel in another tab). */
  | { type: 'cancelRun'; runId: string };

/** `local` changes were made by this tab; `remote` ones arrived from another tab. */
export type ChangeListener = (change: Change, origin: 'local' | 'remote') => void;

export interface ChangeFeed {
  publish(change: Change): void;
  subscribe(listener: ChangeListener): () => void;
  close(): void;
}

export function openChangeFeed(name = 'laqta-changes'): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  if (channel) channel.onmessage = (event: MessageEvent<Change>) => listeners.forEach((l) => l(event.data, 'remote'));
  return {
    publish(change) {
      channel?.postMessage(change);
      listeners.forEach((l) => l(change, 'local'));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel?.close(),
  };
}
