/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, hostingHeaders } from './src/app/csp.ts';
import { webAppManifest } from './src/app/manifest.ts';

/** Puts the Content-Security-Policy into the built index.html, before any script (dev keeps HMR working). */
function cspMeta(): Plugin {
  return {
    name: 'laqta-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        ),
    },
  };
}

/**
 * A device that reads Arabic needs the Arabic messages before the first paint (no English flash),
 * and the shell only asks for them once it runs: a round trip after everything else. A tiny
 * script, run async from index.html, asks for them beside the shell when the remembered language
 * (or, with none, the browser's) is Arabic. Same rule as i18n's initialLocale().
 */
function localeHint(): Plugin {
  return {
    name: 'laqta-locale-hint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('</head>', '  <script async src="./locale-hint.js"></script>\n  </head>'),
    },
    generateBundle(_options, bundle) {
      const ar = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/i18n/catalog-ar.ts'));
      if (!ar) throw new Error('laqta-locale-hint: no Arabic catalogue chunk in the bundle');
      const source = `// Starts the Arabic messages' download beside the shell when this device reads Arabic (vite.config.ts, localeHint).
(function () {
  try {
    var saved = localStorage.getItem('laqta.locale');
    var arabic = saved === 'ar' || saved === 'en' ? saved === 'ar' : /^ar/i.test(navigator.language || '');
    if (!arabic) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = './${ar.fileName}';
    document.head.appendChild(link);
  } catch (e) {}
})();
`;
      this.emitFile({ type: 'asset', fileName: 'locale-hint.js', source });
    },
  };
}

/**
 * The modules the first view needs (everything main.ts imports statically) go into one chunk: left
 * to itself the bundler splits off every module a lazy chunk shares with the shell, and the first
 * view became up to 18 files, each a request (six at a time over HTTP/1.1, a round trip per six
 * on a phone's connection). Lazy chunks import what they share from this chunk.
 */
const shellModules = new Set<string>();
function shellChunk(): Plugin {
  return {
    name: 'laqta-shell-chunk',
    apply: 'build',
    buildEnd() {
      shellModules.clear();
      const entry = [...this.getModuleIds()].find((id) => id.endsWith('/src/main.ts'));
      if (!entry) return;
      const queue = [entry];
      while (queue.length) {
        const id = queue.pop()!;
        if (shellModules.has(id)) continue;
        shellModules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      // The entry keeps its own (small) chunk; CSS is one stylesheet already.
      shellModules.delete(entry);
      for (const id of shellModules) if (/\.css($|\?)/.test(id)) shellModules.delete(id);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    svelteTesting(),
    cspMeta(),
    shellChunk(),
    localeHint(),
    VitePWA({
      // The update waits for the person's click (src/state/app-update.svelte.ts); registration is
      // bundled code (src/app/pwa.ts), not an inline script, so the CSP stays script-src 'self'.
      registerType: 'prompt',
      injectRegister: false,
      manifest: webAppManifest,
      includeAssets: ['favicon.svg', 'robots.txt', 'icons/apple-touch-icon.png'],
      workbox: {
        // The shell, every lazy chunk (editor, sections, Arabic messages, workers) and the lessons.
        globPatterns: ['**/*.{html,js,css,svg,png,md,txt}'],
        // Hash routes: every navigation is index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // One file, no importScripts: the host's CSP requires Trusted Types in the worker too, and
        // importScripts of a plain URL would be refused there.
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  build: {
    outDir: process.env.LAQTA_OUT_DIR || 'dist',
    target: 'es2022',
    sourcemap: false,
    // One stylesheet, in the head: a lazy page then adds no <link> (and no style pass) as it
    // mounts, and nothing is painted before its rules arrive.
    cssCodeSplit: false,
    // index.html names the shell's modules (no waterfall on the way to the first view); a lazy
    // chunk's own imports are found by the browser as it reads the chunk, instead of the helper
    // adding a <link> per module to the page while the page is being built.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'shell', test: (id: string) => shellModules.has(id) }] } },
    },
  },
  // The headers public/_headers asks of a real host, so the e2e suite runs under them too.
  preview: { headers: hostingHeaders },
  worker: { format: 'es' },
  optimizeDeps: { include: ['codemirror', '@codemirror/state', '@codemirror/view'] },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
