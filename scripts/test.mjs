// npm test: type check, unit tests, then end-to-end tests in the system Chromium. Never skips a stage.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

mkdirSync('test-reports', { recursive: true });

function run(title, command, args, env = {}) {
  console.log(`\n── ${title} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`── ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function counts(file, pick) {
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0 };
  }
}

const node = process.execPath;
const ok =
  run('type check', 'npm', ['run', '--silent', 'check']) &&
  run('unit tests', node, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-reports/unit.json']) &&
  run('chromium', node, ['scripts/ensure-chromium.mjs']) &&
  run('build', node, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { LAQTA_OUT_DIR: 'dist' }) &&
  run('end-to-end tests', node, ['node_modules/@playwright/test/cli.js', 'test'], { LAQTA_E2E_BUILT: '1' });

const unit = counts('test-reports/unit.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const e2e = counts('test-reports/e2e.json', (r) => ({
  passed: r.stats.expected + (r.stats.flaky ?? 0),
  failed: r.stats.unexpected,
}));
// A stage that failed before any test ran (type check, build) still counts as a failure.
const failed = Math.max(unit.failed + e2e.failed, ok ? 0 : 1);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
