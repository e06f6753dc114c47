/**
 * A model id is data, never part of a URL as written: an id from a shared library file could
 * otherwise add `?fal_webhook=…` or walk `../` to another endpoint of the provider. Every id is
 * checked against this pattern when a file is imported and again before every request, and goes
 * into a path one encoded segment at a time.
 */
export const modelIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9._-]+)*$/;

/** Longest id accepted (provider ids are far shorter). */
export const maxModelIdLength = 200;

/** True when `id` may be sent to a provider as a model id. */
export function isValidModelId(id: unknown): boolean {
  if (typeof id !== 'string' || id.length > maxModelIdLength || !modelIdPattern.test(id)) return false;
  // `.` and `..` are path steps, not names, even though each character is allowed.
  return id.split('/').every((segment) => segment !== '.' && segment !== '..');
}

/** The id as a URL path: each segment percent-encoded (a no-op for valid ids, a guard for the rest). */
export function modelPath(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}
