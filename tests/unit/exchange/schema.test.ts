// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../src/exchange/records';
import { validateLibrary } from '../../../src/exchange/schema';
import { exportLibraryJson, parseLibraryText } from '../../../src/exchange/json';
import { comparison, fixtureText, prompt, run, template, versionOf } from './helpers';
import { defaultParams } from '../../../src/domain/params';

const validate = (fields: Record<string, unknown>) => validateLibrary({ format: 'laqta-library', version: 1, ...fields });
const problemsOf = (fields: Record<string, unknown>) => {
  const result = validate(fields);
  if (result.ok) throw new Error('expected a refusal');
  if (result.error.kind !== 'invalidData') throw new Error(result.error.kind);
  return result.error.problems;
};

describe('validating a library file', () => {
  it('R15: 1,000 prompts with #600 too long are refused, naming prompt #600 and its text', () => {
    const prompts = Array.from({ length: 1000 }, (_, i) => prompt(`p${i + 1}`, i === 599 ? { text: 'x'.repeat(20_001) } : {}));
    expect(problemsOf({ prompts })).toEqual([{ item: 'prompt', index: 600, field: 'text', problem: { code: 'tooLong', max: 20_000 } }]);
  });

  it('a text of exactly 20,000 characters is accepted', () => {
    expect(validate({ prompts: [prompt('p1', { text: 'x'.repeat(20_000) })] }).ok).toBe(true);
  });

  it('R16: one 50 MB string is refused as too long', () => {
    expect(problemsOf({ prompts: [prompt('p1', { title: 'x'.repeat(50 * 1024 * 1024) })] })[0]).toMatchObject({ field: 'title', problem: { code: 'tooLong' } });
  });

  it('R16: a million tags on one prompt are refused', () => {
    expect(problemsOf({ prompts: [prompt('p1', { tags: Array.from({ length: 1_000_000 }, (_, i) => `t${i}`) })] })[0]).toMatchObject({ field: 'tags', problem: { code: 'tooMany', max: 30 } });
  });

  it('two prompts with one id are refused', () => {
    expect(problemsOf({ prompts: [prompt('p1'), prompt('p1')] })).toEqual([{ item: 'prompt', index: 2, field: 'id', problem: { code: 'duplicateId' } }]);
  });

  it('a version of a prompt that is not in the file is refused', () => {
    expect(problemsOf({ prompts: [prompt('p1')], versions: [versionOf(prompt('p2'))] })[0]).toMatchObject({ item: 'version', index: 1, problem: { code: 'unknownPrompt' } });
  });

  it('ids that could reach other storage keys are refused', () => {
    expect(problemsOf({ prompts: [prompt('../settings/openai')] })[0]).toMatchObject({ field: 'id', problem: { code: 'wrongType', expected: 'id' } });
  });

  it('a provider that is a URL is refused', () => {
    expect(problemsOf({ prompts: [prompt('p1', { params: { ...prompt('x').params, provider: 'https://evil.example' } })] })[0]).toMatchObject({ field: 'params.provider' });
  });

  it('wrong types are named by field', () => {
    const bad = { ...prompt('p1'), title: 42, favorite: 'yes' };
    expect(problemsOf({ prompts: [bad] }).map((p) => [p.field, p.problem.code])).toEqual([
      ['title', 'wrongType'],
      ['favorite', 'wrongType'],
    ]);
  });

  it('R17: fields outside the allow-list are dropped and reported, never kept', () => {
    const result = validate({ settings: { apiKey: 'k' }, prompts: [{ ...prompt('p1'), apiKey: 'k', params: { ...prompt('p1').params, baseUrl: 'u' } }] });
    if (!result.ok) throw new Error('expected success');
    expect(result.value.dropped).toEqual(expect.arrayContaining(['file.settings', 'prompt.apiKey', 'prompt.params.baseUrl']));
    expect(JSON.stringify(result.value.records)).not.toMatch(/apiKey|baseUrl/);
  });

  it('an unfinished run arrives cancelled, with no remote id to poll', () => {
    const result = validate({ runs: [run('r1', 'p1', { status: 'running', remoteId: 'remote-7', progress: 40 })] });
    if (!result.ok) throw new Error('expected success');
    expect(result.value.records.runs[0]).toMatchObject({ status: 'cancelled', error: { kind: 'imported' } });
    expect(result.value.records.runs[0]).not.toHaveProperty('remoteId');
  });

  it('stops after twenty problems and counts the rest', () => {
    const result = validate({ prompts: Array.from({ length: 100 }, (_, i) => ({ ...prompt(`p${i}`), title: 1 })) });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalidData', more: 0 } });
    if (result.ok || result.error.kind !== 'invalidData') return;
    expect(result.error.problems).toHaveLength(20);
  });
});

describe('runs and parameters from other features', () => {
  it('keeps the optional generation parameters (negative prompt, audio, raw input)', () => {
    const params = { ...prompt('x').params, negativePrompt: 'no text on screen', audio: true, rawInput: '{"seed":1}' };
    const result = validate({ prompts: [prompt('p1', { params })] });
    expect(result.ok && result.value.records.prompts[0]?.params).toEqual(params);
  });

  it('never imports where a job lives at the provider, so no file can make the app contact a host', () => {
    const raw = { ...run('r1', 'p1'), remote: { id: 'job', urls: { status: 'https://evil.example/poll' } } };
    const result = validate({ runs: [raw] });
    expect(result.ok && result.value.records.runs[0]).not.toHaveProperty('remote');
  });

  it('a remix keeps the run it changes through export and import, right after remoteId', () => {
    const remix = run('r2', 'p1', { provider: 'openai', params: { ...defaultParams(), provider: 'openai', model: 'sora-2' }, remoteId: 'video_2', remixOf: { runId: 'r1', remoteId: 'video_1' } });
    const exported = exportLibraryJson({ ...emptyRecords(), prompts: [prompt('p1')], runs: [remix] }, 0).text;
    const result = parseLibraryText(exported);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const back = result.value.records.runs[0]!;
    expect(back.remixOf).toEqual({ runId: 'r1', remoteId: 'video_1' });
    expect(Object.keys(back).slice(Object.keys(back).indexOf('remoteId'), Object.keys(back).indexOf('remoteId') + 2)).toEqual(['remoteId', 'remixOf']);
  });

  it('a continued clip keeps its parent and its whole length through export and import, but never the parent\'s file link', () => {
    const gemini = { ...defaultParams(), provider: 'gemini', model: 'veo-3.1-generate-preview', seconds: 7 };
    const next = run('r2', 'p1', { provider: 'gemini', params: gemini, remoteId: 'op2', parentRunId: 'r1', continuation: { kind: 'extend', remoteId: 'op1', videoUri: 'https://evil.example/files/x', totalSeconds: 15 } });
    const exported = exportLibraryJson({ ...emptyRecords(), prompts: [prompt('p1')], runs: [next] }, 0).text;
    const result = parseLibraryText(exported);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const back = result.value.records.runs[0]!;
    expect(back.parentRunId).toBe('r1');
    expect(back.continuation).toEqual({ kind: 'extend', remoteId: 'op1', totalSeconds: 15 });
    expect(problemsOf({ runs: [run('r3', 'p1', { parentRunId: '../vault' })] })[0]).toMatchObject({ field: 'parentRunId', problem: { code: 'wrongType', expected: 'id' } });
  });

  it('a run whose provider is not the one its parameters name is refused, naming the run and both providers', () => {
    // Such a run would reach the remix and generate dialogs with a (field, reason) pair they have no sentence for.
    const odd = run('r1', 'p1', { provider: 'fal', params: { ...defaultParams(), provider: 'openai' } });
    expect(problemsOf({ runs: [run('r0', 'p1'), odd] })).toEqual([{ item: 'run', index: 2, field: 'params.provider', problem: { code: 'providerMismatch', provider: 'fal', paramsProvider: 'openai' } }]);
  });

  it('a remix naming a run id that could reach other storage keys is refused', () => {
    expect(problemsOf({ runs: [run('r2', 'p1', { remixOf: { runId: '../vault', remoteId: 'v' } })] })[0]).toMatchObject({ field: 'remixOf.runId', problem: { code: 'wrongType', expected: 'id' } });
  });
});

describe('templates, collections and comparisons', () => {
  it('a template whose name is a number is refused, naming the field', () => {
    expect(problemsOf({ templates: [{ ...template('t1'), name: 42 }] })).toEqual([{ item: 'template', index: 1, field: 'name', problem: { code: 'wrongType', expected: 'text' } }]);
  });

  it('a template without its text is refused', () => {
    const { text: _text, ...rest } = template('t1');
    expect(problemsOf({ templates: [rest] })).toEqual([{ item: 'template', index: 1, field: 'text', problem: { code: 'missing' } }]);
  });

  it('fields a template does not have (apiKey, html, slots, __proto__) are dropped and reported, never kept', () => {
    const raw = JSON.parse(JSON.stringify({ ...template('t1'), apiKey: 'sk-canary', html: '<script>x</script>', slots: [{ name: 'city' }] }).replace('{', '{"__proto__":{"polluted":1},'));
    const result = validate({ templates: [raw] });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.dropped).toEqual(expect.arrayContaining(['template.apiKey', 'template.html', 'template.slots', 'template.__proto__']));
    expect(result.value.records.templates[0]).toEqual(template('t1'));
    expect(JSON.stringify(result.value.records)).not.toMatch(/sk-canary|script|slots|polluted/);
  });

  it('a template and a comparison come out exactly as they went in, fields in their one order', () => {
    const t = template('t1', { name: 'مدينة عند الغروب 🌇', whenToUse: 'Establishing shots' });
    const c = {
      id: 'c1',
      columns: [{ promptId: 'p1', rev: 1, runId: 'r1' }, { promptId: 'p2', rev: 3 }, { promptId: 'p3', rev: 0 }],
      results: [{ runId: 'r1', promptId: 'p1', rating: 5, tags: ['good motion'], note: 'Steady.' }, { runId: 'r2', promptId: 'p2', tags: [], note: '' }],
      winner: { promptId: 'p1', rev: 1, runId: 'r1', promotedAt: 1_700_000_400_000 },
      notes: 'Why p1 won.',
      createdAt: 1_700_000_200_000,
      updatedAt: 1_700_000_300_000,
      rev: 4,
    };
    const result = validate({ templates: [t], comparisons: [c] });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(JSON.stringify(result.value.records.templates)).toBe(JSON.stringify([t]));
    expect(JSON.stringify(result.value.records.comparisons)).toBe(JSON.stringify([c]));
  });

  it('a comparison of five columns, or of one, is refused', () => {
    const col = { promptId: 'p1', rev: 1 };
    expect(problemsOf({ comparisons: [comparison('c1', 'p1', { columns: [col, col, col, col, col] })] })).toEqual([{ item: 'comparison', index: 1, field: 'columns', problem: { code: 'outOfRange', min: 2, max: 4 } }]);
    expect(problemsOf({ comparisons: [comparison('c1', 'p1', { columns: [col] })] })[0]).toMatchObject({ field: 'columns', problem: { code: 'outOfRange' } });
  });

  it('a rating of 9, or of 2.5, is refused', () => {
    const judged = (rating: number) => comparison('c1', 'p1', { results: [{ runId: 'r1', promptId: 'p1', rating, tags: [], note: '' }] });
    expect(problemsOf({ comparisons: [judged(9)] })).toEqual([{ item: 'comparison', index: 1, field: 'results.rating', problem: { code: 'outOfRange', min: 1, max: 5 } }]);
    expect(problemsOf({ comparisons: [judged(2.5)] })[0]).toMatchObject({ field: 'results.rating', problem: { code: 'wrongType', expected: 'wholeNumber' } });
  });

  it('comparison notes longer than 5,000 characters are refused', () => {
    expect(problemsOf({ comparisons: [comparison('c1', 'p1', { notes: 'x'.repeat(5_001) })] })).toEqual([{ item: 'comparison', index: 1, field: 'notes', problem: { code: 'tooLong', max: 5_000 } }]);
  });

  it('a winner that is not a group of fields is refused', () => {
    expect(problemsOf({ comparisons: [{ ...comparison('c1', 'p1'), winner: 'p1' }] })[0]).toMatchObject({ field: 'winner', problem: { code: 'wrongType', expected: 'object' } });
  });

  it('result tags are trimmed and de-duplicated like prompt tags', () => {
    const result = validate({ comparisons: [comparison('c1', 'p1', { results: [{ runId: 'r1', promptId: 'p1', tags: ['  flicker ', 'flicker', 'good  motion'], note: '' }] })] });
    expect(result.ok && result.value.records.comparisons[0]?.results).toEqual([{ runId: 'r1', promptId: 'p1', tags: ['flicker', 'good motion'], note: '' }]);
  });

  it('a comparison may name prompts and runs the file does not carry (the view shows them as missing)', () => {
    expect(validate({ comparisons: [comparison('c1', 'elsewhere', { columns: [{ promptId: 'gone', rev: 1, runId: 'r-gone' }, { promptId: 'gone', rev: 2 }] })] }).ok).toBe(true);
  });

  it('a collection is an id and a name; other fields are dropped', () => {
    const result = validate({ collections: [{ id: 'k1', name: 'Cities', createdAt: 1, color: 'red' }] });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.records.collections).toEqual([{ id: 'k1', name: 'Cities', createdAt: 1 }]);
    expect(result.value.dropped).toContain('collection.color');
    expect(problemsOf({ collections: [{ id: 'k1', title: 'Cities' }] })).toEqual([{ item: 'collection', index: 1, field: 'name', problem: { code: 'missing' } }]);
  });

  it('the published JSON Schema refuses the template and comparison fields the importer refuses', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020');
    const schema = new Ajv2020({ strict: false }).compile(JSON.parse(fixtureText('../../docs/laqta-library.schema.json')));
    const col = { promptId: 'p1', rev: 1 };
    const refused = [
      { templates: [{ ...template('t1'), name: 42 }] },
      { templates: [{ ...template('t1'), whenToUse: undefined }] },
      { comparisons: [comparison('c1', 'p1', { columns: [col, col, col, col, col] })] },
      { comparisons: [comparison('c1', 'p1', { results: [{ runId: 'r1', promptId: 'p1', rating: 9, tags: [], note: '' }] })] },
      { collections: [{ id: 'k1' }] },
    ];
    for (const fields of refused) {
      const file = JSON.parse(JSON.stringify({ format: 'laqta-library', version: 1, ...fields }));
      expect(validate(file).ok, JSON.stringify(fields)).toBe(false);
      expect(schema(file), JSON.stringify(fields)).toBe(false);
    }
    const accepted = { format: 'laqta-library', version: 1, templates: [template('t1')], comparisons: [comparison('c1', 'p1')], collections: [{ id: 'k1', name: 'Cities' }] };
    expect(validate(accepted).ok).toBe(true);
    expect(schema(accepted), JSON.stringify(schema.errors)).toBe(true);
  });
});
