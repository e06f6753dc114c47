// What the first paint of Compose downloads, read from a production build: the shell (index.html's
// entry, its modulepreloads and stylesheets) and the Compose page's chunk with everything it
// imports statically (its lazy parts, the editor among them, excluded). Budgets are set from the
// measured sizes with a little room; `npm run bench` reports them, tests/e2e/budget.spec.ts
// fails the build that grows past them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * gzip KB. Measured 2026-12-02 03:00 UTC: shell 67.5 KB (of it about 19 KB are the English
 * messages of every feature), Compose page 10.9 KB; before this work 91.1 KB and about 40 KB.
 */
export const budgets = { shellKB: 72, composeKB: 13 };

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
  const shellRoots = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const shell = closure(outDir, shellRoots);
  const composeFile = readdirSync(`${outDir}/assets`).find((f) => /^ComposePage-[\w-]+\.js$/.test(f));
  if (!composeFile) throw new Error(`${outDir} has no ComposePage chunk`);
  const compose = closure(outDir, [`assets/${composeFile}`], shell);
  // The page's own stylesheet comes with it.
  for (const f of readdirSync(`${outDir}/assets`)) if (/^ComposePage-[\w-]+\.css$/.test(f)) compose.add(`assets/${f}`);
  const kb = (files) => [...files].filter((f) => existsSync(`${outDir}/${f}`)).reduce((sum, f) => sum + gz(`${outDir}/${f}`), 0);
  return { shell: [...shell], shellKB: kb(shell), compose: [...compose], composeKB: kb(compose) };
}
