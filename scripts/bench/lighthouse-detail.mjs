// Why Lighthouse (mobile preset) scores #/compose as it does: N runs against a built app, each
// with the metrics, the long tasks Lighthouse simulates, the LCP element and its phases. The last
// run's report and trace are kept in test-results/lighthouse/ (look at them in Chrome's DevTools).
//   node scripts/bench/lighthouse-detail.mjs [outDir=dist] [runs=3]
// A busy machine inflates every task: compare runs made when nothing else is running.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { findChromium, chromiumArgs } from '../chromium.mjs';
import { startPreview } from './server.mjs';
import { median } from './stats.mjs';

const outDir = process.argv[2] || 'dist';
const runs = Number(process.argv[3] || 3);
const keep = 'test-results/lighthouse';
mkdirSync(keep, { recursive: true });
const server = await startPreview(4499, outDir);
const scores = [];
try {
  for (let run = 0; run < runs; run++) {
    const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: chromiumArgs, logLevel: 'silent' });
    try {
      const result = await lighthouse(`${server.base}#/compose`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const { audits: a, categories } = result.lhr;
      if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
      writeFileSync(`${keep}/report.json`, JSON.stringify(result.lhr));
      if (result.artifacts?.Trace) writeFileSync(`${keep}/trace.json`, JSON.stringify(result.artifacts.Trace));
      const score = categories.performance.score * 100;
      scores.push(score);
      const ms = (k) => Math.round(a[k].numericValue);
      console.log(`run ${run + 1}: score ${score} · FCP ${ms('first-contentful-paint')} · LCP ${ms('largest-contentful-paint')} · TBT ${ms('total-blocking-time')} · CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)} · SI ${ms('speed-index')}`);
      const tasks = a['long-tasks']?.details?.items ?? [];
      console.log(`  long tasks (simulated start, ms): ${tasks.map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)} ${t.url.split('/').pop()}`).join(' · ') || 'none'}`);
      const lcp = a['largest-contentful-paint-element']?.details?.items;
      console.log(`  LCP element: ${lcp?.[0]?.items?.[0]?.node?.snippet ?? '?'}; ${(lcp?.[1]?.items ?? []).map((p) => `${p.phase} ${Math.round(p.timing)}`).join(', ')}`);
    } finally {
      await chrome.kill();
    }
  }
  console.log(`scores ${scores.join(' ')} · median ${median(scores)} (benchmark index of this machine: see ${keep}/report.json environment)`);
} finally {
  server.stop();
}
