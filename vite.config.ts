/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { contentSecurityPolicy } from './src/app/csp.ts';

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

export default defineConfig({
  base: './',
  plugins: [svelte(), svelteTesting(), cspMeta()],
  build: {
    outDir: process.env.LAQTA_OUT_DIR || 'dist',
    target: 'es2022',
    sourcemap: false,
  },
  worker: { format: 'es' },
  optimizeDeps: { include: ['codemirror', '@codemirror/state', '@codemirror/view'] },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
