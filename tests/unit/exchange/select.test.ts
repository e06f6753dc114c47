import { describe, expect, it } from 'vitest';
import { selectForExport } from '../../../src/exchange/select';
import { emptyRecords, type PlainRecord } from '../../../src/exchange/records';
import { comparison, prompt, run, template, versionOf } from './helpers';

const desert = prompt('p1', { tags: ['Desert'], templateId: 't1' });
const dunes = prompt('p2', { tags: ['desert'] });
const city = prompt('p3', { tags: ['city'] });
const library = {
  ...emptyRecords(),
  prompts: [desert, dunes, city],
  versions: [versionOf(desert), versionOf(dunes), versionOf(city)],
  templates: [template('t1'), template('t2')] as unknown as PlainRecord[],
  runs: [run('r1', 'p1'), run('r3', 'p3')],
  comparisons: [
    comparison('inside', 'p1', { columns: [{ promptId: 'p1', rev: 1 }, { promptId: 'p2', rev: 1 }] }),
    comparison('across', 'p1', { columns: [{ promptId: 'p1', rev: 1 }, { promptId: 'p3', rev: 1 }] }),
  ] as unknown as PlainRecord[],
};

describe('exporting part of the library', () => {
  it('a tag takes its prompts (any letter case) with their versions, runs and templates', () => {
    const part = selectForExport(library, { kind: 'tag', tag: 'desert' });
    expect(part.prompts.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(part.versions.map((v) => v.promptId)).toEqual(['p1', 'p2']);
    expect(part.runs.map((r) => r.id)).toEqual(['r1']);
    expect(part.templates.map((t) => t.id)).toEqual(['t1']);
  });

  it('carries a comparison only when every prompt it compares is in the part', () => {
    expect(selectForExport(library, { kind: 'tag', tag: 'desert' }).comparisons.map((c) => c.id)).toEqual(['inside']);
    expect(selectForExport(library, { kind: 'prompts', ids: ['p3'] }).comparisons).toEqual([]);
    expect(selectForExport(library, { kind: 'all' }).comparisons).toHaveLength(2);
  });
});
