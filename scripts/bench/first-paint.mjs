// What the first view (Compose, where Laqta opens) downloads, read from a production build:
// index.html's entry, its modulepreloads and its stylesheet, with everything they import
// statically. Compose's page is part of it; its composer, coach, Generate panel and editor are
// lazy chunks and are not. Budgets are set from the measured sizes with a little room;
// `npm run bench` reports them, tests/e2e/first-paint.spec.ts fails the build that grows past them.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * gzip KB and files. Measured 2026-12-02 06:05 UTC: 82.0 KB in 4 files (the entry, the shell chunk
 * with Compose's page, the bundler's runtime, and one stylesheet for every section: about 19 KB are
 * the English messages of every feature, 11 KB the stylesheet). Earlier: shell 67.5 KB + Compose
 * 10.9 KB in 17 files, each file a request (six at a time over HTTP/1.1, a round trip per six on a
 * phone's connection); vite.config.ts (shellChunk) keeps the first view in one chunk.
 */
export const budgets = { firstViewKB: 86, firstViewFiles: 6 };

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** Static imports of one built chunk (`import … from "./x.js"` and bare `import "./x.js"`), as asset paths. */
function staticImports(outDir, file) {
  const code = readFileSync(`${outDir}/${file}`, 'utf8');
  const found = [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`);
  return [...new Set(found)];
}

function closure(outDir, roots, exclude = new Set()) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || exclude.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(outDir, file));
  }
  return seen;
}

export function firstPaint(outDir) {
  const html = readFileSync(`${outDir}/index.html`, 'utf8');
  const roots = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const shell = closure(outDir, roots);
  const kb = (files) => [...files].filter((f) => existsSync(`${outDir}/${f}`)).reduce((sum, f) => sum + gz(`${outDir}/${f}`), 0);
  const requests = [...shell].length;
  return { shell: [...shell], shellKB: kb(shell), requests };
}
