// Bundle weight: gzip of the JS and CSS the first paint needs (index.html's entry, its preloads and
// stylesheets), and of every chunk loaded later on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

export function bundleFigures(outDir) {
  const html = readFileSync(`${outDir}/index.html`, 'utf8');
  const first = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  const firstKB = [...first].reduce((sum, file) => sum + gz(`${outDir}/${file}`), 0);
  const lazy = readdirSync(`${outDir}/assets`)
    .filter((f) => /\.(js|css)$/.test(f) && !first.has(`assets/${f}`))
    .map((f) => ({ file: f, kb: gz(`${outDir}/assets/${f}`) }))
    .sort((a, b) => b.kb - a.kb);
  return { firstKB, firstFiles: [...first], lazy };
}
