import { defineConfig } from '@playwright/test';
import { findChromium, chromiumArgs } from './scripts/chromium.mjs';
import { e2ePorts } from './tests/e2e/ports';

const executablePath: string | undefined = findChromium();
if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');

const ports = e2ePorts();
const outDir = process.env.LAQTA_OUT_DIR || 'dist';
// npm test builds once before Playwright; a lone `npx playwright test` builds for itself.
const build = process.env.LAQTA_E2E_BUILT ? '' : `node node_modules/vite/bin/vite.js build --logLevel warn --outDir ${outDir} && `;

export default defineConfig({
  testDir: 'tests/e2e',
  // One output folder per build folder, so parallel runs never clean each other's results.
  outputDir: outDir === 'dist' ? 'test-results' : `test-results-${outDir}`,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${ports.app}/`,
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'retain-on-failure',
    // Only tests/e2e/offline.spec.ts runs the service worker: elsewhere page.route must see every request.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'flows', testIgnore: /durability\.spec\.ts/ },
    // 500 saves and a browser restart keep both cores busy for minutes: run them alone, after
    // the flows, so they never slow the timing checks (sync playback, "within a second") beside them.
    { name: 'durability', testMatch: /durability\.spec\.ts/, dependencies: ['flows'] },
  ],
  webServer: [
    {
      command: `${build}node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --strictPort --port ${ports.app} --outDir ${outDir}`,
      url: `http://127.0.0.1:${ports.app}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { LAQTA_OUT_DIR: outDir },
    },
    {
      // Local fake providers (OpenAI-compatible, Gemini, fal.ai) on the next three ports.
      command: `node tests/fakes/launch.mjs ${ports.openai} ${ports.gemini} ${ports.fal}`,
      url: `http://127.0.0.1:${ports.fal}/__control/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
