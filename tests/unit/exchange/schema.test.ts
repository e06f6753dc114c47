// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateLibrary } from '../../../src/exchange/schema';
import { prompt, run, versionOf } from './helpers';

const validate = (fields: Record<string, unknown>) => validateLibrary({ format: 'laqta-library', version: 1, ...fields });
const problemsOf = (fields: Record<string, unknown>) => {
  const result = validate(fields);
  if (result.ok) throw new Error('expected a refusal');
  if (result.error.kind !== 'invalidData') throw new Error(result.error.kind);
  return result.error.problems;
};

describe('validating a library file', () => {
  it('1,000 prompts with #600 too long are refused, naming prompt #600 and its text', () => {
    const prompts = Array.from({ length: 1000 }, (_, i) => prompt(`p${i + 1}`, i === 599 ? { text: 'x'.repeat(20_001) } : {}));
    expect(problemsOf({ prompts })).toEqual([{ item: 'prompt', index: 600, field: 'text', problem: { code: 'tooLong', max: 20_000 } }]);
  });

  it('a text of exactly 20,000 characters is accepted', () => {
    expect(validate({ prompts: [prompt('p1', { text: 'x'.repeat(20_000) })] }).ok).toBe(true);
  });

  it('one 50 MB string is refused as too long', () => {
    expect(problemsOf({ prompts: [prompt('p1', { title: 'x'.repeat(50 * 1024 * 1024) })] })[0]).toMatchObject({ field: 'title', problem: { code: 'tooLong' } });
  });

  it('a million tags on one prompt are refused', () => {
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

  it('fields outside the allow-list are dropped and reported, never kept', () => {
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

  it('templates keep their plain fields but lose secrets and prototype keys', () => {
    const template = JSON.parse('{"id":"t1","title":"T","slots":[{"name":"city"}],"apiKey":"k","baseURL":"u","autoRun":true,"__proto__":{"x":1},"constructor":{"prototype":{"x":1}}}');
    const result = validate({ templates: [template] });
    if (!result.ok) throw new Error('expected success');
    expect(result.value.records.templates[0]).toEqual({ id: 't1', slots: [{ name: 'city' }], title: 'T' });
  });

  it('templates nested deeper than the limit are refused', () => {
    expect(validate({ templates: [{ id: 't1', a: { b: { c: { d: { e: { f: 1 } } } } } }] }).ok).toBe(true);
    expect(problemsOf({ templates: [{ id: 't1', a: { b: { c: { d: { e: { f: { g: 1 } } } } } } }] })[0]).toMatchObject({ item: 'template', field: 'a.b.c.d.e.f' });
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
});
