/**
 * The page's Content-Security-Policy. Provider calls go straight from the browser to the base URL
 * the user configured, which may be any HTTPS gateway or a local server, so connect-src allows
 * https: and loopback; everything else is locked to the app's own origin.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
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
].join('; ');
