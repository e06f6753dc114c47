// The longest main-thread task of the page while `work` runs, from a Chromium trace (every task,
// not only those over 50 ms that the Long Tasks API reports).
export async function longestTask(browser, page, work) {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel'] });
  let result;
  try {
    result = await work();
  } finally {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    let longest = 0;
    for (const e of events) if (e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, (e.dur ?? 0) / 1000);
    result = { result, longestTaskMs: longest };
  }
  return result;
}
