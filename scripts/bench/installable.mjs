// Installability as Chromium itself judges it (Lighthouse 12 has no PWA category any more): the
// manifest, its icons and the service worker, read through the DevTools protocol's own check
// after the worker has taken control. A profile on disk, since Chromium never offers an install
// in an incognito context. Returns Chromium's error ids (none: installable).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export async function installability(executablePath, args, base) {
  const profile = mkdtempSync(join(tmpdir(), 'laqta-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args, serviceWorkers: 'allow' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}#/compose`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    await cdp.detach();
    return installabilityErrors.map((e) => e.errorId);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
