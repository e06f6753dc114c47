import { makeId } from '../domain/ids';

/** A new record id from the platform's cryptographic random source (works on plain-http hosts too). */
export function newId(now: number = Date.now()): string {
  const bytes = new Uint32Array(10);
  crypto.getRandomValues(bytes);
  let i = 0;
  return makeId(now, () => (bytes[i++] ?? 0) / 0x1_0000_0000);
}
