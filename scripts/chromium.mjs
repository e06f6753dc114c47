// Finds the system Chromium that the end-to-end tests and the benchmark drive (never a downloaded one).
import { existsSync } from 'node:fs';

export const chromiumCandidates = () =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'].filter(
    (p) => typeof p === 'string' && p.length > 0,
  );

/** The first Chromium that exists on this machine, or undefined. */
export function findChromium() {
  return chromiumCandidates().find((p) => existsSync(p));
}

/** The flags every headless run uses on these machines (their network is closed). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
