/**
 * The page's Content-Security-Policy. Provider calls go straight from the browser to the base URL
 * the user configured, which may be any HTTPS gateway or a local server, so connect-src allows
 * https: and loopback (the hosts `normaliseBaseUrl` accepts over http: not `[::1]`, which a CSP
 * source cannot name); everything else is locked to the app's own origin.
 *
 * Trusted Types: every HTML or script-URL sink takes only values made by a named policy.
 * `svelte-trusted-html` turns Svelte's compiled templates into DOM, `dompurify` is DOMPurify's own
 * parser, `laqta-markdown` is the lessons' (marked, then DOMPurify), and the `default` policy lets
 * only same-origin scripts start as workers (the import Worker, the service worker).
 */
export const trustedTypePolicies = ['default', 'svelte-trusted-html', 'dompurify', 'laqta-markdown'] as const;

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  // CodeMirror and Svelte transitions inject <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${trustedTypePolicies.join(' ')}`,
].join('; ');

/**
 * What a host should send with every file (public/_headers says it to Netlify and Cloudflare
 * Pages; `vite preview` sends it too). A header can say what a <meta> CSP cannot: never framed.
 */
export const hostingHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
} as const;
