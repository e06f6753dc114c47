import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * The web app manifest (what an installed Laqta is called and looks like). One manifest serves
 * both languages: English and left-to-right by default, with the name in both scripts.
 */
export const webAppManifest: Partial<ManifestOptions> = {
  id: './',
  name: 'Laqta · لقطة',
  short_name: 'Laqta',
  description: 'Write, compose, keep, run and compare text-to-video prompts in your browser.',
  lang: 'en',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  // The dark header colour of the icon; the page sets its own per theme through <meta name="theme-color">.
  theme_color: '#1d2b3a',
  background_color: '#f7f6f3',
  categories: ['productivity', 'photo', 'education'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};
