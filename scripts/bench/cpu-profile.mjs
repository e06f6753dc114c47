// Where the main thread's time goes on a cold load of #/compose, as a phone would see it (412 px,
// 4x CPU slowdown, the pace Lighthouse's mobile preset assumes): a sampled CPU profile cut into
// bursts of work (roughly the page's tasks), each with the functions that took longest in it.
//   LAQTA_OUT_DIR=/tmp/dist-named npx vite build --minify false   (readable function names)
//   node scripts/bench/cpu-profile.mjs /tmp/dist-named
//   CHILDREN=createEditor node scripts/bench/cpu-profile.mjs …     (what one function spends its time on;
//   CHILDREN='re:<regexp>' matches frames by pattern)       TOP=30: longer lists
import { chromium } from '@playwright/test';
import { findChromium, chromiumArgs } from '../chromium.mjs';
import { startPreview } from './server.mjs';
const dir = process.argv[2] || 'dist';
const server = await startPreview(4497, dir);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.base + '#/compose');
  await page.waitForTimeout(5000);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  // Bursts of busy samples separated by idle: roughly the page's tasks.
  const bursts = [];
  let cur;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const n = byId.get(id);
    const idle = n.callFrame.functionName === '(idle)';
    if (idle) { if (cur) { bursts.push(cur); cur = undefined; } return; }
    cur ??= { start: (t - profile.startTime) / 1000, samples: [] };
    cur.end = (t - profile.startTime) / 1000;
    cur.samples.push([id, (profile.timeDeltas[i + 1] ?? 200) / 1000]);
  });
  if (cur) bursts.push(cur);
  if (process.env.CHILDREN) {
    const want = process.env.CHILDREN;
    const under = new Map();
      profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i + 1] ?? 200) / 1000;
      // the chain from the sample up to the first frame matching `want`; credit the frame just below it
      const chain = [];
      for (let c = id; c !== undefined; c = parent.get(c)) chain.push(c);
      const at = chain.findIndex((c) => (want.startsWith('re:') ? new RegExp(want.slice(3)).test(name(byId.get(c))) : name(byId.get(c)).includes(want)));
      if (at <= 0) return;
      for (const depth of [1, 2, 3]) {
        const below = chain[at - depth];
        if (below === undefined) break;
        const k = `${'  '.repeat(depth - 1)}${name(byId.get(below))}`;
        under.set(k, (under.get(k) ?? 0) + dt);
      }
    });
    console.log([...under].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1).padStart(7)}  ${k}`).join('\n'));
  }
  for (const b of bursts) {
    const dur = b.end - b.start;
    if (dur < 40) continue;
    const total = new Map();
    for (const [id, dt] of b.samples) {
      const seen = new Set();
      for (let c = id; c !== undefined; c = parent.get(c)) {
        const k = name(byId.get(c));
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    }
    console.log(`\nburst @${b.start.toFixed(0)} ${dur.toFixed(0)}ms`);
    console.log([...total].filter(([k]) => !/index-client|^\(root\)|^\(program\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 18)).map(([k, v]) => `${v.toFixed(1).padStart(7)}  ${k}`).join('\n'));
  }
} finally { await browser.close(); server.stop(); }
