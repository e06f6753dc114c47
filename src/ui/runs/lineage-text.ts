import { t } from '../../i18n/i18n.svelte';
import { clipSeconds, continuationRules, maxClipSeconds, type ContinueRefusal } from '../../domain/lineage';
import type { Run } from '../../domain/run';
import { isolate, providerLabel } from './run-text';

/** The longest clip a run's model may reach by continuing it. */
export function capSeconds(run: Run): number {
  return Math.min(continuationRules(run.provider, run.model)?.extend?.maxTotalSeconds ?? maxClipSeconds, maxClipSeconds);
}

/** One sentence for why a continuation cannot be sent. */
export function refusalText(reason: ContinueRefusal, parent: Run, afterSeconds: number): string {
  const provider = providerLabel(parent.provider);
  const model = isolate(parent.model);
  const steps = continuationRules(parent.provider, parent.model)?.extend?.steps ?? [];
  return t(`lineage.refused.${reason}`, { provider, model, seconds: reason === 'inputTooLong' ? clipSeconds(parent) : afterSeconds, max: capSeconds(parent), allowed: steps.join(', ') });
}

/** One step of a lineage as a person reads it: the first clip and its length, or what a later run did. */
export function stepText(run: Run): string {
  if (!run.continuation) return t('lineage.first', { seconds: clipSeconds(run) });
  return run.continuation.kind === 'extend' ? t('lineage.extended', { seconds: run.params.seconds }) : t('lineage.edited');
}
