// In-page helpers, installed before any app script runs (page.addInitScript). They time from the
// browser's own event timestamps to "painted": the next animation frame, then a task posted from
// it, which runs after that frame was rendered.
export function installKit() {
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const afterTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  const kit = {
    afterPaint,
    afterTask,
    results: [],
    /**
     * Times the next keydown until `done()` holds. `work`: from the app's first sight of the key
     * (a capture listener on window, before any app handler) until done and laid out (style and
     * layout forced, so rendering work is counted, waiting for the display's next frame is not).
     * `painted`: from the key's own timestamp until the frame after it was painted (what a person
     * sees, including input delivery and the wait for the next frame).
     */
    armKey(done) {
      let stamp;
      let start;
      const onKey = (event) => {
        stamp = event.timeStamp;
        start = performance.now();
        window.removeEventListener('keydown', onKey, true);
      };
      window.addEventListener('keydown', onKey, true);
      let finished = false;
      const check = async () => {
        if (finished || start === undefined || !done()) return false;
        finished = true;
        document.documentElement.getBoundingClientRect();
        const work = performance.now() - start;
        const painted = (await afterPaint()) - stamp;
        kit.results.push({ work, painted });
        return true;
      };
      return check;
    },
  };
  window.__bench = kit;
  // Start-up: the first frame in which the route's view is usable (Library: rows and the search
  // box; Compose: the prompt editor), then the first task
  // after it (the main thread is free again, so the page answers a keystroke).
  const ready = location.hash.startsWith('#/library')
    ? () => !!document.querySelector('[data-testid="prompt-row"], .library .empty') && !!document.querySelector('input[type="search"]')
    : () => !!document.querySelector('.cm-content');
  const poll = () => {
    if (ready()) {
      afterTask().then((t) => (window.__benchReady = t));
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
