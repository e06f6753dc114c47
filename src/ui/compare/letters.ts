import { t } from '../../i18n/i18n.svelte';

/** The letter that names a column (A–D; أ–د in Arabic), used by the text, results and flicker views alike. */
export function columnLetter(index: number): string {
  return t('compare.letters').split(',')[index] ?? String(index + 1);
}
