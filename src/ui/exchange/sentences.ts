import { t } from '../../i18n/i18n.svelte';
import type { ItemProblem } from '../../exchange/errors';
import type { ImportFailure } from '../../state/exchange.svelte';

/** One problem as a sentence: "prompt #600: text is longer than 20,000 characters". */
export function problemSentence({ item, index, field, problem }: ItemProblem): string {
  const itemName = t(`exchange.item.${item}`, { index });
  const base = { item: itemName, field };
  switch (problem.code) {
    case 'missing':
    case 'duplicateId':
    case 'unknownPrompt':
    case 'notVideo':
    case 'notImage':
    case 'missingColumn':
      return t(`exchange.problem.${problem.code}`, base);
    case 'wrongType':
      return field === '' ? t('exchange.problem.notRecord', base) : t('exchange.problem.wrongType', { ...base, expected: t(`exchange.expected.${problem.expected}`) });
    case 'tooLong':
    case 'tooMany':
      return t(`exchange.problem.${problem.code}`, { ...base, max: problem.max });
    case 'providerMismatch':
      return t('exchange.problem.providerMismatch', { item: itemName, provider: problem.provider, paramsProvider: problem.paramsProvider });
    case 'outOfRange':
      return t('exchange.problem.outOfRange', { ...base, min: problem.min, max: problem.max });
  }
}

/** Why an import stopped, as a headline and (for invalid data) the list of problems. */
export function failureSentences(failure: ImportFailure): { headline: string; problems: string[]; more: string | undefined } {
  const none = { problems: [] as string[], more: undefined };
  switch (failure.kind) {
    case 'notJson':
    case 'notLaqtaFile':
    case 'changedSincePreview':
    case 'unreadable':
      return { headline: t(`exchange.error.${failure.kind}`), ...none };
    case 'versionTooNew':
      return { headline: t('exchange.error.versionTooNew', { version: failure.version }), ...none };
    case 'migrationFailed':
      return { headline: t('exchange.error.migrationFailed', { version: failure.from, step: failure.step }), ...none };
    case 'invalidData':
      return {
        headline: t('exchange.error.invalidData'),
        problems: failure.problems.map(problemSentence),
        more: failure.more ? t('exchange.error.more', { count: failure.more }) : undefined,
      };
    case 'tooLarge':
      switch (failure.limit) {
        case 'fileSize':
          return { headline: t('exchange.error.fileSize', { max: Math.round(failure.max / (1024 * 1024)) }), ...none };
        case 'unpacked':
          return { headline: t('exchange.error.unpacked', { max: Math.round(failure.max / (1024 * 1024)) }), ...none };
        case 'compression':
          return { headline: t('exchange.error.compression', { max: failure.max }), ...none };
        case 'depth':
          return { headline: t('exchange.error.depth', { max: failure.max }), ...none };
        case 'count':
          return { headline: t('exchange.error.count', { max: failure.max, what: failure.what ? t(`exchange.kind.${failure.what === 'media' ? 'run' : failure.what}`) : '' }), ...none };
      }
      break;
    case 'storage':
      return { headline: t(`storage.${failure.storage}`), ...none };
  }
  return { headline: t('exchange.error.unreadable'), ...none };
}
