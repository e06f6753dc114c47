// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportLibraryJson, parseLibraryText } from '../../../src/exchange/json';
import { currentFileVersion } from '../../../src/exchange/migrations';
import { fixtureText, prompt, run, sampleLibrary, versionOf } from './helpers';

const envelope = { format: 'laqta-library', version: 1, exportedAt: '2026-11-26T12:00:00.000Z', app: { name: 'laqta', version: '0.1.0' } };
const file = (fields: Record<string, unknown>) => JSON.stringify({ ...envelope, ...fields });
const errorOf = (text: string) => {
  const result = parseLibraryText(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('exporting a library file', () => {
  it('exporting the same library twice gives the same bytes except exportedAt', () => {
    const a = exportLibraryJson(sampleLibrary(), 1).text;
    const shuffled = sampleLibrary();
    shuffled.prompts.reverse();
    shuffled.versions.reverse();
    const b = exportLibraryJson(shuffled, 2).text;
    expect(b.replace(/"exportedAt": "[^"]+"/, '')).toBe(a.replace(/"exportedAt": "[^"]+"/, ''));
  });

  it('names the format, its version, the time and the app', () => {
    const parsed = JSON.parse(exportLibraryJson(sampleLibrary(), Date.UTC(2026, 0, 2)).text);
    expect(parsed).toMatchObject({ format: 'laqta-library', version: currentFileVersion, exportedAt: '2026-01-02T00:00:00.000Z', app: { name: 'laqta' } });
  });

  it('never carries fields outside the allow-list, even when a stored record has them', () => {
    const lib = sampleLibrary();
    const leaky = { ...lib, prompts: lib.prompts.map((p) => ({ ...p, apiKey: 'sk-canary', deletedAt: 5 })) };
    const text = exportLibraryJson(leaky, 0).text;
    expect(text).not.toContain('sk-canary');
    expect(text).not.toContain('deletedAt');
  });

  it('the v2 fixture (a storyboard prompt, its version, a run with its shot) is exactly what this exporter writes for it', () => {
    const text = fixtureText('library-v2.laqta.json');
    const parsed = parseLibraryText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(exportLibraryJson(parsed.value.records, Date.parse('2026-12-02T12:00:00.000Z'), { diagnostics: true }).text).toBe(text);
  });

  it('the v1 fixture exports as the same records in a version 2 file', () => {
    const text = fixtureText('library-v1.laqta.json');
    const parsed = parseLibraryText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const out = exportLibraryJson(parsed.value.records, Date.parse('2026-11-26T12:00:00.000Z'), { diagnostics: true }).text;
    expect(out).toBe(text.replace('"version": 1,', '"version": 2,'));
  });

  it("leaves the provider's raw answer and own words out of run errors unless diagnostics are asked for", () => {
    const body = '{"error":{"message":"API not enabled in project 123456789012","details":[{"requestId":"req-7f3a"}]}}';
    const records = { ...sampleLibrary(), runs: [run('r1', 'lq1dunes0000', { status: 'failed', error: { kind: 'quota', status: 403, raw: body, reason: 'API not enabled in project 123456789012' } })] };
    const shared = exportLibraryJson(records, 0).text;
    expect(shared).not.toContain('123456789012');
    expect(shared).not.toContain('req-7f3a');
    expect(JSON.parse(shared).runs[0].error).toEqual({ kind: 'quota', status: 403 });
    const report = exportLibraryJson(records, 0, { diagnostics: true }).text;
    expect(JSON.parse(report).runs[0].error).toEqual({ kind: 'quota', raw: body, reason: 'API not enabled in project 123456789012', status: 403 });
  });
});

describe('the import pipeline refuses at the stage that fails', () => {
  it('text that is not JSON is notJson', () => {
    expect(errorOf('<html>hello</html>')).toEqual({ kind: 'notJson' });
  });

  it('JSON that is not a Laqta library is notLaqtaFile', () => {
    expect(errorOf('{"type":"excalidraw","version":2}')).toEqual({ kind: 'notLaqtaFile' });
    expect(errorOf('[1,2,3]')).toEqual({ kind: 'notLaqtaFile' });
    expect(errorOf(file({ version: '1' }))).toEqual({ kind: 'notLaqtaFile' });
  });

  it('R14: a file from a newer version is versionTooNew', () => {
    expect(errorOf(file({ version: currentFileVersion + 1 }))).toEqual({ kind: 'versionTooNew', version: currentFileVersion + 1 });
  });

  it('R16: 10,000-deep nesting is refused before parsing', () => {
    expect(errorOf(`{"format":"laqta-library","version":1,"prompts":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`)).toMatchObject({ kind: 'tooLarge', limit: 'depth' });
  });

  it('brackets inside strings do not count as nesting', () => {
    const p = prompt('p1', { text: '['.repeat(500) + '{"'.repeat(100) });
    expect(parseLibraryText(file({ prompts: [p], versions: [versionOf(p)] })).ok).toBe(true);
  });

  it('R16: a million prompts are refused by count, without checking each one', () => {
    const started = performance.now();
    const text = `{"format":"laqta-library","version":1,"prompts":[${'{},'.repeat(999_999)}{}]}`;
    expect(errorOf(text)).toEqual({ kind: 'tooLarge', limit: 'count', max: 50_000, what: 'prompt' });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('a byte-order mark at the start is fine', () => {
    expect(parseLibraryText(`\uFEFF${fixtureText('library-v1.laqta.json')}`).ok).toBe(true);
  });
});
