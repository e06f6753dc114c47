/** Hash routes (`#/library`, `#/compose/<id>`): they work from any static host, no server needed. */
export const sectionIds = ['compose', 'library', 'compare', 'runs', 'learn', 'settings', 'glossary'] as const;
export type SectionId = (typeof sectionIds)[number];

export interface Route {
  section: SectionId | undefined;
  /** The rest of the path after the section, decoded (e.g. a prompt id). */
  params: string[];
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { section: 'compose', params: [] };
  const [head, ...params] = parts;
  return { section: (sectionIds as readonly string[]).includes(head!) ? (head as SectionId) : undefined, params };
}

export function hrefFor(section: SectionId, ...params: string[]): string {
  return `#/${[section, ...params.map(encodeURIComponent)].join('/')}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (this.route = parseHash(location.hash)));
  }

  go(section: SectionId, ...params: string[]): void {
    location.hash = hrefFor(section, ...params);
  }

  /** Rewrites the address without a history entry (the page already shows it, e.g. a prompt just saved). */
  replace(section: SectionId, ...params: string[]): void {
    history.replaceState(history.state, '', hrefFor(section, ...params));
    this.route = { section, params };
  }
}

export const router = new Router();
