// Measures the coach through what its module exports, inside Chromium: its own bench helper
// (src/domain/coach/bench.ts). Without that module the figure says the feature is not present.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const coachModule = 'src/domain/coach/bench.ts';

/** An IIFE that sets `window.__laqtaProbe` to whichever of the exports exist. */
async function probeScript(work) {
  const lines = [];
  if (existsSync(coachModule)) lines.push(`export { timeDiagnostics } from '${resolve(coachModule)}';`);
  if (!lines.length) return undefined;
  mkdirSync(work, { recursive: true });
  const entry = resolve(work, 'probe-entry.ts');
  writeFileSync(entry, `${lines.join('\n')}\n`);
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: '__laqtaProbe' } },
  });
  return (Array.isArray(out) ? out[0] : out).output[0].code;
}

async function probePage(browser, base, work) {
  const script = await probeScript(work);
  // The app's CSP allows no inline script; the probe is the bench's own code, not the app's.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}#/compose`);
  if (script) await page.addScriptTag({ content: script });
  return { page, close: () => context.close() };
}

export async function measureCoach(browser, base, work, lengths) {
  if (!existsSync(coachModule)) return undefined;
  const { page, close } = await probePage(browser, base, work);
  try {
    const out = {};
    for (const length of lengths) out[length] = await page.evaluate((length) => window.__laqtaProbe.timeDiagnostics(() => performance.now(), { length, keystrokes: 100 }), length);
    return out;
  } finally {
    await close();
  }
}
