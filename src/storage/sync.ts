import { recordKey, type KeyKind } from './db';

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
  /**
   * Follows one kind of record: hands `onIds` the ids other tabs change, from before `read` (the
   * first read) starts. Changes heard during that read are handed on after it, so a save made
   * elsewhere while this tab loads is applied, never lost. Resolves with what `read` gave.
   */
  follow<T>(kind: KeyKind, read: () => Promise<T>, onIds: (ids: string[]) => unknown): Promise<T>;
  close(): void;
}

/** The ids of the records of one kind among a change's keys. */
export function idsOf(kind: KeyKind, keys: readonly string[]): string[] {
  const ids: string[] = [];
  for (const key of keys) {
    const parsed = recordKey.parse(key);
    if (parsed?.kind === kind) ids.push(parsed.id);
  }
  return ids;
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
    async follow(kind, read, onIds) {
      let heardWhileReading: string[] | undefined = [];
      listeners.add((change, origin) => {
        if (origin !== 'remote' || change.type !== 'changed') return;
        const ids = idsOf(kind, change.keys);
        if (!ids.length) return;
        if (heardWhileReading) heardWhileReading.push(...ids);
        else void onIds(ids);
      });
      const value = await read();
      const missed = [...new Set(heardWhileReading)];
      heardWhileReading = undefined;
      if (missed.length) await onIds(missed);
      return value;
    },
    close: () => channel?.close(),
  };
}
