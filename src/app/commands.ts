import { i18n } from '../i18n/i18n.svelte';
import { toasts } from '../state/toasts.svelte';
import { CommandRegistry, type Command } from '../state/commands.svelte';
import { lessons } from '../ui/learn/lessons';
import { router } from './router.svelte';
import { sections } from './sections';
import { theme } from './theme.svelte';

/** The command palette's registry: the app's own commands are below; sections add theirs while open. */
export const commands = new CommandRegistry({
  navigate: (section) => router.go(section),
  settle: () => new Promise((resolve) => setTimeout(resolve, 120)),
});

/** Opens the shortcuts list (set by the shell, which owns the dialog). */
export const shellActions = { showShortcuts: () => {} };

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const modKey = isMac ? '⌘' : 'Ctrl';

const appCommands: Command[] = [
  ...sections.map((section, i): Command => ({
    id: `section.${section.id}`,
    group: 'section',
    label: section.label,
    shortcut: `Alt+${i + 1}`,
    run: () => router.go(section.id),
  })),
  // Actions that live in a section: the section registers the runnable twin when it opens.
  { id: 'compose.new', group: 'action', label: 'compose.new', section: 'compose' },
  { id: 'compose.newStoryboard', group: 'action', label: 'storyboard.new', section: 'compose' },
  { id: 'compose.save', group: 'action', label: 'compose.save', section: 'compose', shortcut: `${modKey}+S` },
  { id: 'compose.generate', group: 'action', label: 'generate.run', section: 'compose' },
  { id: 'compose.variants', group: 'action', label: 'composer.variants.open', section: 'compose' },
  { id: 'compose.templates', group: 'action', label: 'composer.templates.open', section: 'compose' },
  { id: 'compose.saveTemplate', group: 'action', label: 'composer.saveTemplate.open', section: 'compose' },
  { id: 'library.export', group: 'action', label: 'exchange.exportLabel', section: 'library' },
  { id: 'library.import', group: 'action', label: 'exchange.importLabel', section: 'library' },
  { id: 'compare.selected', group: 'action', label: 'palette.compareSelected', section: 'library' },
  {
    id: 'language.en',
    group: 'setting',
    label: 'palette.useEnglish',
    enabled: () => i18n.locale !== 'en',
    run: () => i18n.use('en'),
  },
  {
    id: 'language.ar',
    group: 'setting',
    label: 'palette.useArabic',
    enabled: () => i18n.locale !== 'ar',
    run: () => i18n.use('ar').catch(() => toasts.show({ tone: 'error', message: i18n.t('lang.loadFailed') })),
  },
  { id: 'theme.light', group: 'setting', label: 'palette.themeLight', enabled: () => theme.choice !== 'light', run: () => (theme.choice = 'light') },
  { id: 'theme.dark', group: 'setting', label: 'palette.themeDark', enabled: () => theme.choice !== 'dark', run: () => (theme.choice = 'dark') },
  { id: 'theme.system', group: 'setting', label: 'palette.themeSystem', enabled: () => theme.choice !== 'system', run: () => (theme.choice = 'system') },
  { id: 'help.shortcuts', group: 'action', label: 'palette.showShortcuts', shortcut: '?', run: () => shellActions.showShortcuts() },
  ...lessons.map((lesson): Command => ({ id: `lesson.${lesson.id}`, group: 'lesson', label: lesson.title, run: () => router.go('learn', lesson.id) })),
];

commands.register(appCommands);

let termsLoaded: Promise<void> | undefined;

/**
 * Adds every glossary term to the registry, once, for the app's life. Called when the palette
 * first opens, so the vocabularies load only then.
 */
export function loadTermCommands(): Promise<void> {
  termsLoaded ??= import('./term-commands').then(({ termCommands }) => void commands.register(termCommands()));
  return termsLoaded;
}
