import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { categories, familyOf, vocabularies } from '../../domain/vocabulary/index';
import { i18n, t } from '../../i18n/i18n.svelte';

function options(): Completion[] {
  const ar = i18n.locale === 'ar';
  return categories.flatMap((category) =>
    vocabularies[category].terms.map((term) => ({
      label: term.words,
      detail: ar ? term.ar.label : t(`composer.family.${familyOf[category]}`),
      info: ar ? term.ar.explanation : term.explanation,
      type: 'keyword',
    })),
  );
}

/** Offers vocabulary words (in English, as models are prompted) once two letters are typed. */
function termSource(context: CompletionContext): CompletionResult | null {
  const word = context.matchBefore(/[A-Za-z0-9'-]+/);
  if (!word || (!context.explicit && word.to - word.from < 2)) return null;
  return { from: word.from, options: options(), validFor: /^[A-Za-z0-9'-]*$/ };
}

export const termCompletion = autocompletion({ override: [termSource], icons: false });
