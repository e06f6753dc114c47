import type { Messages } from '../types';

/** Why a run failed (one message per RunError kind, see providers/errors.ts) and its details. */
export const en = {
  'run.error.auth': '{provider} did not accept your key. Check it in Settings, or paste a new one.',
  'run.error.quota': 'Your {provider} account has no credit or quota left for this. Add credit or check billing at {provider}, then try again.',
  'run.error.rateLimit': '{provider} is limiting how many requests you can send right now. Wait a minute, then try again.',
  'run.error.policy': '{provider} refused this under its content policy: {reason}',
  'run.error.notFound': 'This model is no longer available at {provider}. Choose another model; your prompts and stored videos are unaffected.',
  'run.error.badRequest': '{provider} refused these settings: {reason}',
  'run.error.expired': 'The video expired at {provider} before it could be saved here.',
  'run.error.failed': '{provider} could not generate this video: {reason}',
  'run.error.server': '{provider} had a problem on its side. Try again in a few minutes.',
  'run.error.network': 'Laqta could not reach {provider}. Check your connection and the base URL in Settings; the provider may also be blocking requests from a browser (CORS).',
  'run.error.aborted': 'The run was cancelled.',
  'run.error.unknown': '{provider} answered in a way Laqta did not understand. The details below show its answer.',
  'run.error.storage': 'Your browser has no room left to store this video. Delete some videos in Runs, then try again. Nothing in your library was lost.',
  'run.error.storageFailed': 'The video could not be written to your browser\'s storage. Nothing in your library was lost.',
  'run.error.badMedia': '{provider} sent a file that is not an MP4 or WebM video, so it was not kept.',
  'run.error.interrupted': 'The page closed while this run was being sent, so Laqta cannot tell whether {provider} accepted it. Check your {provider} account before running it again.',
  'run.error.notSent': 'This run was never sent: the page closed before its turn came.',
  'run.error.noKey': 'There is no key for {provider} in this tab. Add it (or unlock your keys) in Settings.',
  'run.error.unsupported': '{provider} cannot do what this run asks (a remix), so nothing was sent.',
  'run.error.previzStopped': 'This preview was still being drawn when its page closed. Press Generate to draw it again; it costs nothing.',
  'run.error.noReason': 'no reason was given',
  'run.details': 'Details',
  'run.detailsHeading': 'What {provider} answered',
} satisfies Messages;
