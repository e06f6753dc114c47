import type { ParamProblem } from '../../domain/params';
import { t } from '../../i18n/i18n.svelte';
import { router } from '../../app/router.svelte';
import type { GenerateForm } from '../../state/generate-form.svelte';
import { providerKeys } from '../../state/providers.svelte';
import { ParamsRefused } from '../../state/runs.svelte';
import { toasts } from '../../state/toasts.svelte';

/**
 * Queues the runs a Generate panel asked for (`enqueue`), remembers the model for the provider,
 * and says they started, with the way to Runs. Resolves to the problems the runs were refused
 * for (nothing was sent then), or to none; any other failure is rethrown.
 */
export async function sendRuns(form: GenerateForm, enqueue: () => Promise<unknown>): Promise<ParamProblem[]> {
  try {
    await enqueue();
  } catch (error) {
    if (error instanceof ParamsRefused) return error.problems;
    throw error;
  }
  if (form.provider !== 'previz') void providerKeys.setModel(form.provider, form.params.model);
  toasts.show({ message: t('generate.started'), tone: 'success', action: { label: t('generate.openRuns'), run: () => router.go('runs') } });
  return [];
}
