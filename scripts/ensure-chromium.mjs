// Makes sure a system Chromium exists: installs Debian's package when it can, else fails in one line.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function canInstall() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return typeof process.getuid === 'function' && process.getuid() === 0;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found) {
  if (!canInstall()) {
    console.error('Chromium not found: install it (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH, then run npm test again.');
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian\'s chromium package with apt-get (about a minute)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  found = findChromium();
  if (!found) {
    console.error('Chromium is still missing after apt-get install chromium: set CHROMIUM_PATH to a Chromium binary.');
    process.exit(1);
  }
}
console.log(`Using Chromium at ${found}`);
