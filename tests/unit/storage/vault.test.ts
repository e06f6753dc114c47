import { beforeEach, describe, expect, it, vi } from 'vitest';
import { webcrypto } from 'node:crypto';
import type { UseStore } from '../../../src/storage/db';
import { forgetKey, getKeyRecord, getVaultMeta, readKey, storeKey, unlockVault, vaultCrypto, VaultError } from '../../../src/storage/vault';
import { freshLibraryStore } from './helpers';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
let library: UseStore;

beforeEach(async () => {
  ({ store: library } = await freshLibraryStore());
});

describe('key vault', () => {
  it('uses PBKDF2-SHA256 with at least 600,000 iterations and a 16-byte salt', async () => {
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

  it('uses a fresh IV for every encryption', async () => {
    const vaultKey = await unlockVault(library, 'correct horse battery', subtle);
    await storeKey(library, 'fal', 'k1', vaultKey, subtle);
    const first = await getKeyRecord(library, 'fal');
    await storeKey(library, 'fal', 'k1', vaultKey, subtle);
    const second = await getKeyRecord(library, 'fal');
    if (first?.mode !== 'encrypted' || second?.mode !== 'encrypted') throw new Error('expected encrypted records');
    expect(first.sealed.iv).toHaveLength(12);
    expect([...first.sealed.iv]).not.toEqual([...second.sealed.iv]);
  });

  it('a wrong passphrase gets one generic error', async () => {
    await unlockVault(library, 'correct horse battery', subtle);
    await expect(unlockVault(library, 'wrong horse', subtle)).rejects.toEqual(new VaultError('wrongPassphrase'));
  });

  it('an encrypted key is locked until the vault is unlocked', async () => {
    const vaultKey = await unlockVault(library, 'correct horse battery', subtle);
    await storeKey(library, 'openai', 'sk-1', vaultKey, subtle);
    await expect(readKey(library, 'openai', undefined, subtle)).rejects.toMatchObject({ kind: 'locked' });
  });

  it('"forget key" wipes it', async () => {
    await storeKey(library, 'openai', 'sk-remembered');
    expect(await readKey(library, 'openai')).toBe('sk-remembered');
    await forgetKey(library, 'openai');
    expect(await getKeyRecord(library, 'openai')).toBeUndefined();
  });
});
