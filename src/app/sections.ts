import type { Component } from 'svelte';
import type { MessageKey } from '../i18n/catalog';
import type { SectionId } from './router.svelte';

export interface Section {
  id: SectionId;
  label: MessageKey;
  /** Loaded on first visit, so the first page stays light. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page declares its own props
  load: () => Promise<{ default: Component<any> }>;
}

export const sections: readonly Section[] = [
  { id: 'compose', label: 'nav.compose', load: () => import('../ui/compose/ComposePage.svelte') },
  { id: 'library', label: 'nav.library', load: () => import('../ui/library/LibraryPage.svelte') },
  { id: 'compare', label: 'nav.compare', load: () => import('../ui/compare/ComparePage.svelte') },
  { id: 'runs', label: 'nav.runs', load: () => import('../ui/runs/RunsPage.svelte') },
  { id: 'learn', label: 'nav.learn', load: () => import('../ui/learn/LearnPage.svelte') },
  { id: 'settings', label: 'nav.settings', load: () => import('../ui/settings/SettingsPage.svelte') },
  { id: 'glossary', label: 'nav.glossary', load: () => import('../ui/glossary/GlossaryPage.svelte') },
];
