// Smoke test with a real key: `npm run smoke -- --provider gemini|fal|openai`.
//
// Builds and serves the app, drives it in the system Chromium through one cheap generation, and
// prints what worked: models listed, create, poll, download (with or without CORS), stored, played.
// The key comes from LAQTA_SMOKE_KEY (and a gateway's base URL from LAQTA_SMOKE_BASE_URL), never
// from a file. `--fake` runs against the local fake providers instead (no key, no cost); the
// test suite runs it that way, never against a live service.
//
// Options: --provider P · --fake · --model ID · --port N (app; fakes on N+1..N+3)
//          --app-url URL and --base-url URL (use an app and a provider already running: no build)
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';

const names = { gemini: 'Google Gemini', fal: 'fal.ai', openai: 'OpenAI-compatible' };
/** The cheapest thing each provider offers that Laqta knows: shortest, smallest. */
const cheapest = {
  gemini: { model: 'gemini-omni-1.1-flash', resolution: '360p', seconds: '3' },
  fal: { model: 'fal-ai/ltx-video', resolution: undefined, seconds: undefined },
  openai: { model: undefined, resolution: undefined, seconds: '4' },
};
const liveBase = { gemini: 'https://generativelanguage.googleapis.com/v1beta', fal: 'https://queue.fal.run', openai: undefined };
const fakePath = { gemini: '/v1beta', fal: '', openai: '/v1' };

function args(argv) {
  const out = { fake: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--fake') out.fake = true;
    else if (a.startsWith('--')) out[a.slice(2)] = argv[++i];
  }
  return out;
}

const opts = args(process.argv.slice(2));
const provider = opts.provider;
if (!(provider in names)) {
  console.error('usage: npm run smoke -- --provider gemini|fal|openai [--fake] [--model ID]');
  process.exit(2);
}
const key = opts.fake ? `smoke-fake-${provider}-key` : process.env.LAQTA_SMOKE_KEY;
if (!key) {
  console.error('Set LAQTA_SMOKE_KEY to your key (and LAQTA_SMOKE_BASE_URL for a gateway), or pass --fake.');
  process.exit(2);
}
const port = Number(opts.port ?? 5900);
const results = [];
const note = (step, ok, detail = '') => {
  results.push({ step, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${step}${detail ? `: ${detail}` : ''}`);
};
const children = [];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('exit', stop);

function start(cmd, argv) {
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return child;
}

async function waitFor(url, ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(300);
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  let appUrl = opts['app-url'];
  let baseUrl = opts['base-url'] ?? (opts.fake ? undefined : process.env.LAQTA_SMOKE_BASE_URL ?? liveBase[provider]);
  if (!baseUrl && !opts.fake) throw new Error('An OpenAI-compatible gateway has no default: set LAQTA_SMOKE_BASE_URL.');
  if (opts.fake && !baseUrl) {
    start(process.execPath, ['tests/fakes/launch.mjs', String(port + 1), String(port + 2), String(port + 3)]);
    const fakePort = { openai: port + 1, gemini: port + 2, fal: port + 3 }[provider];
    await waitFor(`http://127.0.0.1:${fakePort}/__control/health`);
    baseUrl = `http://127.0.0.1:${fakePort}${fakePath[provider]}`;
  }
  if (!appUrl) {
    const build = start(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', 'dist-smoke']);
    const code = await new Promise((r) => build.on('exit', r));
    if (code !== 0) throw new Error('the build failed');
    start(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', 'dist-smoke']);
    appUrl = `http://127.0.0.1:${port}/`;
    await waitFor(appUrl);
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No system Chromium: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  const sent = [];
  page.on('request', (r) => sent.push({ url: r.url(), headers: r.headers() }));
  try {
    await drive(page, appUrl, baseUrl);
  } finally {
    const leaked = sent.filter((r) => r.url.includes(key)).length;
    note('key kept out of URLs', leaked === 0, leaked ? `${leaked} request URLs carried it` : `${sent.filter((r) => r.url.startsWith(new URL(baseUrl).origin)).length} requests to ${new URL(baseUrl).origin}`);
    await browser.close();
  }
}

async function drive(page, appUrl, baseUrl) {
  const visible = (locator, timeout = 15_000) => locator.waitFor({ state: 'visible', timeout });
  await page.goto(`${appUrl}#/settings`);
  const card = page.getByRole('region', { name: names[provider] });
  await card.getByLabel('Base URL').fill(baseUrl);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await card.getByLabel('API key').fill(key);
  await card.getByRole('radio', { name: 'in this tab only', exact: true }).check();
  await card.getByRole('button', { name: 'Save key' }).click();
  await visible(card.getByText('Key saved.'));
  const list = card.getByRole('button', { name: 'Test key and list models' });
  if (await list.count()) {
    await list.click();
    const answer = card.getByText(/^The key works|did not accept|could not reach/i).first();
    await visible(answer, 60_000);
    const text = (await answer.textContent())?.trim() ?? '';
    note('models listed', /^The key works/.test(text), text);
  } else note('models listed', true, 'this provider has no model list: its catalogue is a table in Laqta');

  await page.goto(`${appUrl}#/compose`);
  await page.getByRole('button', { name: 'New prompt' }).click();
  await page.getByLabel('Title').fill('Laqta smoke');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('A paper boat drifts on a calm pond, static wide shot [1s]');
  await page.keyboard.press('Control+s');
  await visible(page.getByTestId('save-status').getByText('Saved'));
  const panel = page.getByRole('region', { name: 'Generate' });
  await panel.getByRole('combobox', { name: 'Provider' }).selectOption(names[provider]);
  const cheap = cheapest[provider];
  const model = opts.model ?? cheap.model;
  const pick = async (name, value) => {
    const box = panel.getByRole('combobox', { name, exact: true });
    if (value && (await box.count()) && (await box.locator(`option[value="${value}"]`).count())) await box.selectOption(value);
  };
  await pick('Model', model);
  await pick('Resolution', cheap.resolution);
  await pick('Duration (seconds)', cheap.seconds);
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();
  const started = page.getByText('Run started. Follow it in Runs.');
  const startedOk = await started.waitFor({ timeout: 20_000 }).then(() => true, () => false);
  note('create', startedOk, startedOk ? `model ${await panel.getByRole('combobox', { name: 'Model', exact: true }).inputValue().catch(() => '?')}` : 'Generate did not start a run');
  if (!startedOk) return;

  await page.goto(`${appUrl}#/runs`);
  const row = page.getByRole('article', { name: 'Laqta smoke' }).first();
  const status = row.getByTestId('run-status');
  const seen = new Set();
  const end = Date.now() + (opts.fake ? 60_000 : 20 * 60_000);
  let last = '';
  while (Date.now() < end) {
    last = ((await status.textContent().catch(() => '')) ?? '').trim();
    seen.add(last.replace(/ · .*$/, '').replace(/\d+%/, 'n%'));
    if (/^(Done|Failed|Cancelled)$/.test(last)) break;
    await sleep(1000);
  }
  note('poll', /^(Done|Failed)$/.test(last), [...seen].join(' → '));
  if (last !== 'Done') {
    const error = ((await row.getByTestId('run-error').textContent().catch(() => '')) ?? '').trim();
    const cors = /CORS|would not let Laqta fetch/.test(error);
    note('download', false, cors ? `refused by the browser (CORS): ${error}` : error || last);
    const link = row.getByTestId('run-play-link');
    note('played', (await link.count()) > 0, (await link.count()) ? 'only from the provider\'s link, not stored' : 'no video');
    return;
  }
  note('download', true, 'fetched by the browser (CORS allowed it)');
  note('stored', (await row.getByRole('button', { name: 'Play' }).count()) > 0, 'in this browser\'s IndexedDB');
  await row.getByRole('button', { name: 'Play' }).click();
  const player = page.getByTestId('player');
  const end2 = Date.now() + 15_000;
  let ready = 0;
  while (Date.now() < end2 && ready < 1) {
    ready = await player.evaluate((v) => v.readyState).catch(() => 0);
    if (ready < 1) await sleep(300);
  }
  note('played', ready >= 1, `readyState ${ready}`);
}

main()
  .catch((error) => note('smoke', false, error instanceof Error ? error.message.split('\n')[0] : String(error)))
  .finally(() => {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`\n${provider}${opts.fake ? ' (fake)' : ''}: ${results.length - failed} of ${results.length} steps worked`);
    stop();
    process.exit(failed ? 1 : 0);
  });
