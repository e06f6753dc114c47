import type { Section } from './sections';

type PageModule = Awaited<ReturnType<Section['load']>>;

// One load per section: the app's await block starts over (remounting the page, losing its focus
// and dialogs) whenever it is handed a new promise.
const loading = new Map<string, Promise<PageModule>>();
const loaded = new Map<string, PageModule>();

/**
 * A section's page: the module itself once it has loaded, so the page is drawn at once (the
 * await block shows no "Loading…" for a page that is already here), else its load under way.
 */
export function pageOf(section: Section): PageModule | Promise<PageModule> {
  const done = loaded.get(section.id);
  if (done) return done;
  let page = loading.get(section.id);
  if (!page) {
    page = section.load();
    loading.set(section.id, page);
    page.then(
      (module) => loaded.set(section.id, module),
      () => loading.delete(section.id),
    );
  }
  return page;
}
