/**
 * Every way a run can fail, provider kinds and local ones, each with one sentence in
 * i18n/messages/run.ts under `run.error.<kind>`.
 */
export const runErrorKinds = [
  'auth',
  'quota',
  'rateLimit',
  'policy',
  'notFound',
  'badRequest',
  'expired',
  'failed',
  'server',
  'network',
  'aborted',
  'invalidModel',
  'retired',
  'budget',
  'needsAction',
  'fileFailed',
  'fileNotReady',
  'notStored',
  'unknown',
  'storage',
  'storageFailed',
  'badMedia',
  'interrupted',
  'notSent',
  'noKey',
  'unsupported',
  'previzStopped',
  'imageMissing',
] as const;

export type RunErrorKind = (typeof runErrorKinds)[number];

/** The message key for a failure kind (an unknown kind reads as "unknown"). */
export function runErrorMessageKey(kind: string): `run.error.${RunErrorKind}` {
  return `run.error.${(runErrorKinds as readonly string[]).includes(kind) ? (kind as RunErrorKind) : 'unknown'}`;
}
