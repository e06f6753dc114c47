/**
 * The `default` Trusted Types policy, installed before anything else runs. Vite starts the import
 * Worker and workbox-window registers the service worker with plain URLs; this lets a script URL
 * through only when it is on the app's own origin. It makes no HTML and no script text: any
 * string put into an HTML sink is refused by the browser.
 */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL?: (url: string) => string }): unknown;
  defaultPolicy?: unknown;
}

export function installDefaultPolicy(scope: { trustedTypes?: TrustedTypesFactory; location: Location }): void {
  const factory = scope.trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createScriptURL: (url) => {
      const resolved = new URL(url, scope.location.href);
      if (resolved.origin !== scope.location.origin) throw new TypeError(`Laqta runs scripts only from its own origin, not ${resolved.origin}`);
      return resolved.href;
    },
  });
}

installDefaultPolicy(globalThis as unknown as { trustedTypes?: TrustedTypesFactory; location: Location });
