import { categories, vocabularies } from '../domain/vocabulary/index';
import type { Command } from '../state/commands.svelte';
import { router } from './router.svelte';

/** Every vocabulary term as a palette command, by its English and Arabic names: it opens the term's glossary card. */
export function termCommands(): Command[] {
  return categories.flatMap((category) =>
    vocabularies[category].terms.map(
      (term): Command => ({
        id: `term.${category}.${term.id}`,
        group: 'term',
        label: { en: term.label, ar: term.ar.label },
        run: () => router.go('glossary', category, term.id),
      }),
    ),
  );
}
