import { t } from '../../i18n/i18n.svelte';
import { problemKey, type ParamProblem } from '../../domain/params';

/** One sentence for a refused parameter; every (field, reason) pair has one, checked by the compiler. */
export function problemText(p: ParamProblem): string {
  return t(`generate.problem.${problemKey(p)}`, { value: p.value, allowed: p.allowed.join(', ') });
}
