import { mount } from 'svelte';
import './app/app.css';
import App from './app/App.svelte';
import { i18n } from './i18n/i18n.svelte';

// The remembered language is loaded first, so an Arabic reader never sees an English flash.
void i18n.start().finally(() => mount(App, { target: document.getElementById('app')! }));
// `npm run bench` opens the app with ?bench to reach timing hooks; nobody else loads them.
if (new URLSearchParams(location.search).has('bench')) void import('./app/bench-hook').then((m) => m.installBenchHooks());
