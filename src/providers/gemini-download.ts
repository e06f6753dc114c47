import { call, joinUrl, readJson, type Classifier } from './http';
import { downloadKeyed, fileNameOf, waitUntilActive, type GeminiFile } from './gemini-files';
import { ProviderError, type ProviderConfig } from './types';

/** Test seams for the Gemini adapter: the clock and sleep of the file wait, and its budget. */
export interface GeminiOptions {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  fileBudgetMs?: number;
}

interface Common {
  classify: Classifier;
  secret: string;
  fetch?: typeof fetch;
}

/** A file that is gone (404/410) has expired; anything else is read as Google words it. */
function fileClassifier(classify: Classifier): Classifier {
  return (status, body, headers) => (status === 404 || status === 410 ? new ProviderError('expired', { status, raw: body }) : classify(status, body, headers));
}

/**
 * Fetching a generated video: a provider file is looked at (`files.get`) until ACTIVE, then its
 * bytes are fetched with the key in a header that never follows a redirect to another origin.
 */
export function geminiFiles(config: ProviderConfig, common: Common, options: GeminiOptions) {
  const ownOrigin = new URL(config.baseUrl).origin;
  const classify = fileClassifier(common.classify);
  const getFile = async (name: string, signal?: AbortSignal): Promise<GeminiFile> => {
    const path = name.split('/').map(encodeURIComponent).join('/');
    const response = await call({ ...common, classify, url: joinUrl(config.baseUrl, path), headers: { 'x-goog-api-key': config.key }, phase: 'read', signal });
    return readJson<GeminiFile>(response, config.key);
  };
  return {
    async fetchVideo(uri: string, signal?: AbortSignal): Promise<Blob> {
      const name = fileNameOf(uri, config.baseUrl);
      if (name)
        await waitUntilActive({
          get: (s) => getFile(name, s),
          signal,
          ...(options.sleep ? { sleep: options.sleep } : {}),
          ...(options.now ? { now: options.now } : {}),
          ...(options.fileBudgetMs !== undefined ? { budgetMs: options.fileBudgetMs } : {}),
        });
      return downloadKeyed({ url: uri, ownOrigin, key: config.key, signal, classify, ...(common.fetch ? { fetch: common.fetch } : {}) });
    },
  };
}
