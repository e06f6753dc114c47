import { beforeEach, describe, expect, it, vi } from 'vitest';
import { webcrypto } from 'node:crypto';
import type { UseStore } from '../../../src/storage/db';
import { forgetKey, getKeyRecord, getVaultMeta, readKey, resetVault, storeKey, unlockVault, vaultCrypto, VaultError } from '../../../src/storage/vault';
import { freshLibraryStore } from './helpers';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
let library: UseStore;

beforeEach(async () => {
  ({ store: library } = await freshLibraryStore());
});

describe('key vault', () => {
  it('R25: uses PBKDF2-SHA256 with at least 600,000 iterations and a 16-byte salt', async () => {
    const derive = vi.spyOn(subtle, 'deriveKey');
    await unlockVault(library, 'correct horse battery', subtle);
    const meta = await getVaultMeta(library);
    expect(meta?.iterations).toBeGreaterThanOrEqual(600_000);
    expect(meta?.salt).toHaveLength(16);
    const [algorithm, , target, extractable] = derive.mock.calls[0]!;
    expect(algorithm).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: vaultCrypto.iterations });
    expect(target).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(extractable).toBe(false);
  });

  it('round-trips an encrypted key, and the stored record never holds it in clear', async () => {
    const vaultKey = await unlockVault(library, 'correct horse battery', subtle);
    await storeKey(library, 'gemini', 'AIza-canary-secret', vaultKey, subtle);
    const record = await getKeyRecord(library, 'gemini');
    expect(JSON.stringify(record)).not.toContain('canary');
    expect(new TextDecoder().decode(record?.mode === 'encrypted' ? record.sealed.ciphertext : new ArrayBuffer(0))).not.toContain('canary');
    const again = await unlockVault(library, 'correct horse battery', subtle);
    expect(await readKey(library, 'gemini', again, subtle)).toBe('AIza-canary-secret');
  });

  it('R25: uses a fresh IV for every encryption', async () => {
    const vaultKey = await unlockVault(library, 'correct horse battery', subtle);
    await storeKey(library, 'fal', 'k1', vaultKey, subtle);
    const first = await getKeyRecord(library, 'fal');
    await storeKey(library, 'fal', 'k1', vaultKey, subtle);
    const second = await getKeyRecord(library, 'fal');
    if (first?.mode !== 'encrypted' || second?.mode !== 'encrypted') throw new Error('expected encrypted records');
    expect(first.sealed.iv).toHaveLength(12);
    expect([...first.sealed.iv]).not.toEqual([...second.sealed.iv]);
  });

  it('R25: a wrong passphrase gets one generic error', async () => {
    await unlockVault(library, 'correct horse battery', subtle);
    await expect(unlockVault(library, 'wrong horse', subtle)).rejects.toEqual(new VaultError('wrongPassphrase'));
  });

  it('an encrypted key is locked until the vault is unlocked', async () => {
    const vaultKey = await unlockVault(library, 'correct horse battery', subtle);
    await storeKey(library, 'openai', 'sk-1', vaultKey, subtle);
    await expect(readKey(library, 'openai', undefined, subtle)).rejects.toMatchObject({ kind: 'locked' });
  });

  it('R25: "forget key" wipes it', async () => {
    await storeKey(library, 'openai', 'sk-remembered');
    expect(await readKey(library, 'openai')).toBe('sk-remembered');
    await forgetKey(library, 'openai');
    expect(await getKeyRecord(library, 'openai')).toBeUndefined();
  });

  it('forgetting a key overwrites its record with zeros of its size and commits that before deleting it', async () => {
    await storeKey(library, 'gemini', 'AIza-canary-secret', undefined, subtle);
    const { store, writes } = watched(library);
    await forgetKey(store, 'gemini');
    expect(writes.map(({ op, key, tx }) => ({ op, key, tx }))).toEqual([
      { op: 'put', key: 'vault/gemini', tx: 1 },
      { op: 'delete', key: 'vault/gemini', tx: 2 },
    ]);
    const { type, filler } = writes[0]!.value as { type: string; filler: Uint8Array };
    expect(type).toBe('vaultScrubbed');
    expect([...filler]).toEqual(Array<number>('AIza-canary-secret'.length * 2).fill(0));
    expect(await getKeyRecord(library, 'gemini')).toBeUndefined();
  });

  it('replacing a key overwrites the old record before the new one is written', async () => {
    const vaultKey = await unlockVault(library, 'correct horse battery', subtle);
    await storeKey(library, 'gemini', 'AIza-old-secret', undefined, subtle);
    const { store, writes } = watched(library);
    await storeKey(store, 'gemini', 'AIza-new-secret', vaultKey, subtle);
    expect(writes.map((w) => [w.op, w.tx, (w.value as { type?: string }).type])).toEqual([
      ['put', 1, 'vaultScrubbed'],
      ['put', 2, 'vaultKey'],
    ]);
    expect(JSON.stringify(writes)).not.toContain('AIza');
    expect(await readKey(library, 'gemini', vaultKey, subtle)).toBe('AIza-new-secret');
  });

  it('a scrubbed record whose delete never ran counts as no key', async () => {
    await storeKey(library, 'gemini', 'AIza-canary-secret', undefined, subtle);
    await library('readwrite', (os) => void os.put({ type: 'vaultScrubbed', filler: new Uint8Array(4) }, 'vault/gemini'));
    expect(await getKeyRecord(library, 'gemini')).toBeUndefined();
    expect(await readKey(library, 'gemini')).toBeUndefined();
  });

  it('"forgot my passphrase" overwrites the encrypted keys and the passphrase check, then deletes them, keeping an unencrypted key', async () => {
    const vaultKey = await unlockVault(library, 'correct horse battery', subtle);
    await storeKey(library, 'gemini', 'AIza-canary-secret', vaultKey, subtle);
    await storeKey(library, 'fal', 'fal-plain', undefined, subtle);
    const { store, writes } = watched(library);
    await resetVault(store, ['gemini', 'fal', 'openai']);
    expect(writes.filter((w) => w.op === 'put').map((w) => [w.key, (w.value as { type: string }).type, w.tx])).toEqual([
      ['vault/gemini', 'vaultScrubbed', 1],
      ['vault/_passphrase', 'vaultScrubbed', 1],
    ]);
    expect(writes.filter((w) => w.op === 'delete').map((w) => [w.key, w.tx])).toEqual([
      ['vault/gemini', 2],
      ['vault/_passphrase', 2],
    ]);
    expect(await getVaultMeta(library)).toBeUndefined();
    expect(await readKey(library, 'fal')).toBe('fal-plain');
  });
});

interface Write {
  op: 'put' | 'delete';
  key: string;
  value?: unknown;
  /** Which readwrite transaction (1-based) made it. */
  tx: number;
}

/** The store, with every put and delete recorded with the readwrite transaction it ran in. */
function watched(store: UseStore): { store: UseStore; writes: Write[] } {
  const writes: Write[] = [];
  let tx = 0;
  const wrapped: UseStore = (mode, callback) => {
    if (mode === 'readwrite') tx++;
    const here = tx;
    return store(mode, (os) =>
      callback(
        new Proxy(os, {
          get(target, name) {
            if (name === 'put') return (value: unknown, key: string) => (writes.push({ op: 'put', key, value: structuredClone(value), tx: here }), target.put(value, key));
            if (name === 'delete') return (key: string) => (writes.push({ op: 'delete', key, tx: here }), target.delete(key));
            const member = Reflect.get(target, name, target) as unknown;
            return typeof member === 'function' ? member.bind(target) : member;
          },
        }),
      ),
    );
  };
  return { store: wrapped, writes };
}
