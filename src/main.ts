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

// The remembered language is loaded first, so an Arabic reader never sees an English flash.
void i18n.start().finally(() => {
  const target = document.getElementById('app')!;
  if (!refuseFramed(window, target, t('app.framed'))) mount(App, { target });
});
// `npm run bench` opens the app with ?bench to reach timing hooks; nobody else loads them.
if (new URLSearchParams(location.search).has('bench')) void import('./app/bench-hook').then((m) => m.installBenchHooks());
