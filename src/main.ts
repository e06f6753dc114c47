// First, before any module can reach a Trusted Types sink.
import './app/trusted-types';
import { mount } from 'svelte';
import './app/app.css';
import './app/phone.css';
import App from './app/App.svelte';
import { refuseFramed } from './app/framing';
import { i18n, t } from './i18n/i18n.svelte';

// The remembered language is loaded first, so an Arabic reader never sees an English flash.
void i18n.start().finally(() => {
  const target = document.getElementById('app')!;
  if (!refuseFramed(window, target, t('app.framed'))) mount(App, { target });
});
// `npm run bench` opens the app with ?bench to reach timing hooks; nobody else loads them.
if (new URLSearchParams(location.search).has('bench')) void import('./app/bench-hook').then((m) => m.installBenchHooks());
