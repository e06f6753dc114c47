import { i18n, t } from '../../i18n/i18n.svelte';
import { runErrorMessageKey } from '../../providers/errors';
import { isEngineId } from '../../providers/engines';
import type { Run, RunError } from '../../domain/run';
import { connectivity } from '../../state/network.svelte';
import { safeFileName } from '../common/download';

/** The provider's name in the interface language. */
export function providerLabel(provider: string): string {
  return isEngineId(provider) ? t(`provider.${provider}`) : provider;
}

/** Wraps foreign-direction text (a provider's English reason, a model id) so it cannot reorder the sentence around it. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** One clear sentence for a failure, with the provider's own reason where it gave one. */
export function errorSentence(error: RunError, provider: string): string {
  if (error.kind === 'network' && !connectivity.online) return t('offline.needsNetwork');
  const reason = error.reason?.trim();
  return t(runErrorMessageKey(error.kind), { provider: providerLabel(provider), reason: reason ? isolate(reason) : t('run.error.noReason') });
}

/** A price estimate in US dollars, in the interface language. */
export function formatCost(dollars: number): string {
  return i18n.number(dollars, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 3 });
}

/** A run's state as a person reads it: queue position, provider progress, or elapsed time. */
export function statusText(run: Run, waiting: number | undefined, waitingForKey: boolean, now: number): string {
  const provider = providerLabel(run.provider);
  switch (run.status) {
    case 'pending':
      return waiting ? t('runs.status.pendingAhead', { count: waiting }) : t('runs.status.pending');
    case 'queued':
    case 'running': {
      if (waitingForKey) return t('runs.status.waitingKey', { provider });
      const elapsed = run.startedAt ? ` · ${t('runs.elapsed', { seconds: Math.max(0, Math.round((now - run.startedAt) / 1000)) })}` : '';
      if (run.queuePosition !== undefined) return t('runs.status.queuedPosition', { provider, position: run.queuePosition }) + elapsed;
      if (run.status === 'queued') return t('runs.status.queued', { provider }) + elapsed;
      if (run.progress !== undefined && run.progress > 0) return t('runs.status.runningProgress', { progress: run.progress }) + elapsed;
      return t('runs.status.running') + elapsed;
    }
    default:
      return t(`runs.status.${run.status}`);
  }
}

/** A file name for the downloaded video, from the prompt's title: no path characters, no control characters. */
export function videoFileName(title: string, run: Run): string {
  const ext = run.media?.mimeType === 'video/webm' ? 'webm' : 'mp4';
  return `${safeFileName(title, 'laqta-video')}-${run.id.slice(-6)}.${ext}`;
}
