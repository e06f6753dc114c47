import { recordKey, request, transact, type UseStore } from './db';

/**
 * The key vault. A provider key is kept one of three ways: in this tab's memory only (nothing is
 * written here), remembered on this device, or encrypted with a passphrase: PBKDF2-SHA256 with
 * 600,000 iterations and a 16-byte salt derives a non-extractable AES-GCM key, and every
 * encryption uses a fresh 12-byte IV. One passphrase protects every provider's key, so it is
 * asked once per session. Vault records (`vault/…`) never leave the device.
 */
export const vaultCrypto = { iterations: 600_000, hash: 'SHA-256', saltBytes: 16, ivBytes: 12 } as const;

const metaName = '_passphrase';
const checkText = 'laqta-vault-check';

interface Sealed {
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

export interface VaultMeta {
  type: 'vaultMeta';
  salt: Uint8Array;
  iterations: number;
  check: Sealed;
}

export type VaultRecord = { type: 'vaultKey'; mode: 'remembered'; key: string } | { type: 'vaultKey'; mode: 'encrypted'; sealed: Sealed };

/** What a key record is overwritten with before it is deleted or replaced: zeros of the same size. */
interface ScrubbedRecord {
  type: 'vaultScrubbed';
  filler: Uint8Array;
}

/** An expected vault failure. The message is the same for every wrong passphrase. */
export class VaultError extends Error {
  constructor(readonly kind: 'wrongPassphrase' | 'noPassphrase' | 'locked') {
    super(`vault: ${kind}`);
    this.name = 'VaultError';
  }
}

function defaultSubtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

/** Derives the vault's AES-GCM key from a passphrase (non-extractable: it can encrypt, never be read). */
export async function deriveVaultKey(passphrase: string, salt: Uint8Array, iterations: number = vaultCrypto.iterations, subtle = defaultSubtle()): Promise<CryptoKey> {
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', salt: salt as BufferSource, iterations, hash: vaultCrypto.hash },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts text with a fresh random IV. */
export async function seal(key: CryptoKey, text: string, subtle = defaultSubtle()): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(vaultCrypto.ivBytes));
  const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(text));
  return { iv, ciphertext };
}

/** Decrypts; any failure (wrong key, tampered bytes) is the same generic error. */
export async function unseal(key: CryptoKey, sealed: Sealed, subtle = defaultSubtle()): Promise<string> {
  try {
    const plain = await subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, key, sealed.ciphertext);
    return new TextDecoder().decode(plain);
  } catch {
    throw new VaultError('wrongPassphrase');
  }
}

export async function getVaultMeta(library: UseStore): Promise<VaultMeta | undefined> {
  const record = await transact(library, 'readonly', (os) => request(os.get(recordKey.vault(metaName))) as Promise<VaultMeta | ScrubbedRecord | undefined>);
  return record?.type === 'vaultMeta' ? record : undefined;
}

/** Sets up the passphrase on first use; afterwards checks it. Resolves with the session's key. */
export async function unlockVault(library: UseStore, passphrase: string, subtle = defaultSubtle()): Promise<CryptoKey> {
  if (!passphrase) throw new VaultError('wrongPassphrase');
  const meta = await getVaultMeta(library);
  if (meta) {
    const key = await deriveVaultKey(passphrase, meta.salt, meta.iterations, subtle);
    if ((await unseal(key, meta.check, subtle)) !== checkText) throw new VaultError('wrongPassphrase');
    return key;
  }
  const salt = crypto.getRandomValues(new Uint8Array(vaultCrypto.saltBytes));
  const key = await deriveVaultKey(passphrase, salt, vaultCrypto.iterations, subtle);
  const created: VaultMeta = { type: 'vaultMeta', salt, iterations: vaultCrypto.iterations, check: await seal(key, checkText, subtle) };
  await transact(library, 'readwrite', (os) => {
    os.put(created, recordKey.vault(metaName));
  });
  return key;
}

/**
 * Overwrites stored key records with zeros of their own size and commits that, before they are
 * deleted or replaced: a delete alone leaves the old bytes in the database file until the
 * browser compacts it, while an overwrite of the same size is written over them in place.
 */
async function scrub(library: UseStore, keys: readonly string[]): Promise<void> {
  await transact(library, 'readwrite', async (os) => {
    for (const key of keys) {
      const record = (await request(os.get(key))) as VaultRecord | VaultMeta | undefined;
      if (!record) continue;
      const size = record.type === 'vaultKey' ? (record.mode === 'remembered' ? record.key.length * 2 : record.sealed.ciphertext.byteLength) : record.check.ciphertext.byteLength;
      os.put({ type: 'vaultScrubbed', filler: new Uint8Array(size) } satisfies ScrubbedRecord, key);
    }
  });
}

/** Keeps a provider's key on this device: as given, or sealed with the unlocked vault key. A key it replaces is overwritten first. */
export async function storeKey(library: UseStore, provider: string, secret: string, vaultKey?: CryptoKey, subtle = defaultSubtle()): Promise<void> {
  const record: VaultRecord = vaultKey ? { type: 'vaultKey', mode: 'encrypted', sealed: await seal(vaultKey, secret, subtle) } : { type: 'vaultKey', mode: 'remembered', key: secret };
  await scrub(library, [recordKey.vault(provider)]);
  await transact(library, 'readwrite', (os) => {
    os.put(record, recordKey.vault(provider));
  });
}

export async function getKeyRecord(library: UseStore, provider: string): Promise<VaultRecord | undefined> {
  const record = await transact(library, 'readonly', (os) => request(os.get(recordKey.vault(provider))) as Promise<VaultRecord | ScrubbedRecord | undefined>);
  // A scrubbed record whose delete never ran (the tab closed in between) is no key.
  return record?.type === 'vaultKey' ? record : undefined;
}

/** A stored key in clear, or `locked` when it is encrypted and the vault is not unlocked yet. */
export async function readKey(library: UseStore, provider: string, vaultKey?: CryptoKey, subtle = defaultSubtle()): Promise<string | undefined> {
  const record = await getKeyRecord(library, provider);
  if (!record) return undefined;
  if (record.mode === 'remembered') return record.key;
  if (!vaultKey) throw new VaultError('locked');
  return unseal(vaultKey, record.sealed, subtle);
}

/** Wipes a provider's stored key: overwritten, then deleted. */
export async function forgetKey(library: UseStore, provider: string): Promise<void> {
  await scrub(library, [recordKey.vault(provider)]);
  await transact(library, 'readwrite', (os) => {
    os.delete(recordKey.vault(provider));
  });
}

/** Wipes the passphrase check and every encrypted key (for "forgot my passphrase"): overwritten, then deleted. */
export async function resetVault(library: UseStore, providers: readonly string[]): Promise<void> {
  const encrypted: string[] = [];
  for (const p of providers) if ((await getKeyRecord(library, p))?.mode === 'encrypted') encrypted.push(recordKey.vault(p));
  const keys = [...encrypted, recordKey.vault(metaName)];
  await scrub(library, keys);
  await transact(library, 'readwrite', (os) => {
    for (const key of keys) os.delete(key);
  });
}
