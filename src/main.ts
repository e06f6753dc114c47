// First, before any module can reach a Trusted Types sink.
import './app/trusted-types';
import { mount } from 'svelte';
import './app/app.css';
import './app/phone.css';
import App from './app/App.svelte';
// Compose is where Laqta opens and where most visits stay: its page comes with the first download
// (on a phone's connection each further request on the way to the first view is a round trip).
// The section list still imports it lazily, which then resolves at once; the composer, coach,
// Generate panel and editor remain chunks of their own (ui/compose/compose-extras.ts, ui/editor/codemirror.ts).
import './ui/compose/ComposePage.svelte';
import { refuseFramed } from './app/framing';
import { i18n, t } from './i18n/i18n.svelte';
import { StartUp } from './state/start-up.svelte';
import { library } from './state/library.svelte';
import { compose } from './state/compose.svelte';
import { sections } from './app/sections';
import { pageOf } from './app/pages';
import { router } from './app/router.svelte';

const startUp = new StartUp(async () => {
  await library.load();
  await compose.restoreDraft();
});
// The first section's code downloads while the stored work is read, not after it.
const firstSection = sections.find((s) => s.id === router.route.section);
if (firstSection) void Promise.resolve(pageOf(firstSection)).catch(() => undefined);

// The remembered language is loaded first, so an Arabic reader never sees an English flash; the
// stored work too, so the first paint is the person's prompt rather than "Loading…" (a storage
// slower than half a second gets the page frame painted meanwhile).
void Promise.all([i18n.start().catch(() => undefined), startUp.paintBy(500)]).finally(() => {
  const target = document.getElementById('app')!;
  if (!refuseFramed(window, target, t('app.framed'))) mount(App, { target, props: { startUp } });
});
// `npm run bench` opens the app with ?bench to reach timing hooks; nobody else loads them.
if (new URLSearchParams(location.search).has('bench')) void import('./app/bench-hook').then((m) => m.installBenchHooks());
