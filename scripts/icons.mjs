// Renders public/favicon.svg into the PNG icons the web app manifest names (public/icons/), with the
// system Chromium: `node scripts/icons.mjs`. Run it after changing the SVG and commit the PNGs.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, chromiumArgs } from './chromium.mjs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// "any" icons are the SVG edge to edge; maskable ones keep it inside the 80 % safe zone on the SVG's own background.
const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'maskable-192.png', size: 192, inset: 0.14 },
  { file: 'maskable-512.png', size: 512, inset: 0.14 },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.08 },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage();
for (const { file, size, inset } of icons) {
  const pad = Math.round(size * inset);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:${inset ? '#1d2b3a' : 'transparent'}"><img src="${dataUrl}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  writeFileSync(new URL(`../public/icons/${file}`, import.meta.url), await page.screenshot({ omitBackground: !inset }));
  console.log(`public/icons/${file} (${size} px)`);
}
await browser.close();
