import { t } from '../../i18n/i18n.svelte';
import { problemKey, type ParamProblem } from '../../domain/params';

/** One sentence for a refused parameter; every (field, reason) pair has one, checked by the compiler. */
export function problemText(p: ParamProblem): string {
  // A retired model names its date, and its replacement when the provider names one.
  if (p.reason === 'retired' && p.allowed[1]) return t('generate.retiredReplaced', { value: p.value, since: p.allowed[0] ?? '', replacement: p.allowed[1] });
  const value = p.field === 'images' && isImageSlot(p.value) ? t(`images.slot.${p.value}`) : p.value;
  return t(`generate.problem.${problemKey(p)}`, { value, allowed: p.allowed.join(', ') });
}

function isImageSlot(value: string): value is 'first' | 'last' | 'reference' {
  return value === 'first' || value === 'last' || value === 'reference';
}
