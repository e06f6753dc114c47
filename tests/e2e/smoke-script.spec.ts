import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { test, expect } from './fixtures';
import { bases } from './provider-steps';
import { e2ePorts } from './ports';

const run = promisify(execFile);

/** `npm run smoke` against the local fakes, so the real-key smoke test cannot rot unnoticed. */
test('the smoke script drives the served app through one Gemini generation against the fake and reports every step', async () => {
  test.setTimeout(120_000);
  const app = `http://127.0.0.1:${e2ePorts().app}/`;
  const { stdout } = await run(process.execPath, ['scripts/smoke.mjs', '--provider', 'gemini', '--fake', '--app-url', app, '--base-url', bases.gemini], { timeout: 110_000 });
  for (const step of ['models listed', 'create', 'poll', 'download', 'stored', 'played', 'key kept out of URLs']) expect(stdout).toMatch(new RegExp(`^ok +${step}`, 'm'));
  expect(stdout).toContain('gemini (fake): 7 of 7 steps worked');
});
