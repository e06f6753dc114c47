import { i18n, t } from '../i18n/i18n.svelte';
import { createPrevizProvider, type PrevizWords } from '../providers/previz/provider';
import { renderInWorker } from '../providers/previz/render-client';

/** The caption words of a Previz clip, in the interface language at the moment it is drawn. */
export function previzWords(): PrevizWords {
  return {
    locale: i18n.locale === 'ar' ? 'ar' : 'en',
    badge: t('previz.badge'),
    notPreviewed: t('previz.notPreviewed', { list: '{list}' }),
    words: { rain: t('previz.word.rain'), snow: t('previz.word.snow'), dialogue: t('previz.word.dialogue'), sound: t('previz.word.sound') },
  };
}

/** The one Previz engine of this tab: it needs no key, so it is always available. */
export const previzEngine = createPrevizProvider({ words: previzWords, render: renderInWorker });
