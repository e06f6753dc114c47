// Figures → a table on stdout, bench/results.json in the shape, and the README's table.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const ops = { '<=': (a, b) => a <= b, '>=': (a, b) => a >= b };

/** One figure. `target` is "<= 16" or ">= 50" (or null: reported, no target); value null = not measured. */
export function figure(id, label, value, unit, target = null) {
  let met = null;
  if (target && value !== null && value !== undefined) {
    const [op, bound] = target.split(' ');
    met = ops[op](value, Number(bound));
  }
  return { id, label, value: value === undefined ? null : value, unit, target, met };
}

const show = (f) => (f.value === null ? '—' : `${Number(f.value).toLocaleString('en', { maximumFractionDigits: f.value < 10 ? 2 : 1 })} ${f.unit}`);
const verdict = (f) => (f.value === null ? 'not measured' : f.met === null ? '' : f.met ? 'met' : 'MISSED');
const targetText = (f) => (f.target ? `${f.target.replace('<=', '≤').replace('>=', '≥')} ${f.unit}` : '');

export function printTable(figures) {
  const rows = figures.map((f) => [f.id, f.label, show(f), targetText(f), verdict(f)]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3].padEnd(widths[3])}  ${r[4]}`);
  const missed = figures.filter((f) => f.met === false);
  console.log(`\n${figures.filter((f) => f.met === true).length} targets met, ${missed.length} missed, ${figures.filter((f) => f.value === null).length} not measured.`);
  for (const f of missed) console.log(`missed: ${f.id} ${show(f)} (target ${targetText(f)})`);
}

export function writeResults(path, machine, figures) {
  mkdirSync(path.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2)}\n`);
}

/** Rewrites the README's table between the bench markers from a results file. */
export function readmeTable(resultsPath, readmePath) {
  const { date, machine, figures } = JSON.parse(readFileSync(resultsPath, 'utf8'));
  const lines = [
    `Measured ${date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} cores, ${machine.memoryGB} GB, Chromium ${machine.chromium} headless, production build (a shared, loaded machine: expect noise). Median of repeated runs; \`bench/results.json\` has every figure.`,
    '',
    '| id | what | value | target | |',
    '|---|---|---|---|---|',
    ...figures.map((f) => `| \`${f.id}\` | ${f.label} | ${show(f)} | ${targetText(f)} | ${verdict(f)} |`),
  ];
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const at = readme.indexOf(start);
  const stop = readme.indexOf(end);
  if (at < 0 || stop < 0) throw new Error(`${readmePath} has no ${start} … ${end} markers`);
  writeFileSync(readmePath, `${readme.slice(0, at + start.length)}\n${lines.join('\n')}\n${readme.slice(stop)}`);
}
