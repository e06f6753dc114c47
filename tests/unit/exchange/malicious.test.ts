// @vitest-environment node
/// <reference types="node" />
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImport, resolveImport } from '../../../src/exchange/plan';
import { readImportFile } from '../../../src/exchange/read';
import { readExportable, writeImport } from '../../../src/storage/exchange';
import { dump, fixture, fixtureText, freshStores, libraryHash, prompt, sampleLibrary, seed, versionOf } from './helpers';
import { recordKey } from '../../../src/storage/db';
import { defaultParams } from '../../../src/domain/params';

/** What must happen to each hostile file: refused with this error kind, or imported as plain data. */
const expected: Record<string, string> = {
  'deep-nesting.laqta.json': 'tooLarge',
  'duplicate-ids.laqta.json': 'invalidData',
  'hostile-model-ids.laqta.json': 'neutralised',
  'hostile-run-model.laqta.json': 'invalidData',
  'html-everywhere.laqta.json': 'neutralised',
  'key-injection.laqta.json': 'invalidData',
  'newer-version.laqta.json': 'versionTooNew',
  'not-a-laqta-file.laqta.json': 'notLaqtaFile',
  'not-json.laqta.json': 'notJson',
  'oversize-text.laqta.json': 'invalidData',
  'prototype-pollution.laqta.json': 'neutralised',
  'settings-smuggling.laqta.json': 'neutralised',
  'too-many-tags.laqta.json': 'invalidData',
  'wrong-types.laqta.json': 'invalidData',
};

async function existingLibrary() {
  const stores = await freshStores();
  const lib = sampleLibrary();
  const mine = prompt('lq1mine00000', { title: 'Mine' });
  await seed(stores.library, {
    [recordKey.prompt(mine.id)]: mine,
    [recordKey.version(mine.id, 1)]: versionOf(mine),
    [recordKey.template(lib.templates[0]!.id)]: lib.templates[0],
    'settings/provider': { provider: 'gemini', baseUrl: 'https://generativelanguage.googleapis.com' },
    'settings/runs': { autoRun: false },
    'vault/gemini': { mode: 'session' },
  });
  return stores;
}

async function importFixture(name: string) {
  const stores = await existingLibrary();
  const before = await libraryHash(stores.library);
  const text = fixtureText(`malicious/${name}`);
  const result = await readImportFile(new File([text], name), { now: 0, newId: () => 'lq1newid0000' });
  if (result.ok) {
    const plan = planImport(result.value.records, result.value.media, await readExportable(stores.library));
    await writeImport(stores.library, stores.media, resolveImport(plan, new Map(), { now: 0, newId: () => 'lq1newid0000', replaceNote: '' }));
  }
  return { stores, before, result, after: await libraryHash(stores.library) };
}

describe('hostile files', () => {
  it('every fixture in tests/fixtures/malicious has an expected outcome here', () => {
    expect(readdirSync(fixture('malicious')).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, outcome] of Object.entries(expected).filter(([, o]) => o !== 'neutralised')) {
    it(`${name} is refused (${outcome}) and the library hash is unchanged`, async () => {
      const { result, before, after } = await importFixture(name);
      expect(result.ok ? 'imported' : result.error.kind).toBe(outcome);
      expect(after).toBe(before);
    });
  }

  it('R18: settings smuggling changes no setting, stores no key or base URL, and the run arrives cancelled', async () => {
    const { stores, result } = await importFixture('settings-smuggling.laqta.json');
    expect(result.ok).toBe(true);
    const everything = await dump(stores.library);
    expect(everything).not.toMatch(/sk-canary|evil\.example|autoRun":true|apiKey|baseURL|api_key/);
    const keys = (JSON.parse(everything) as [string, unknown][]).map(([k]) => k);
    expect(keys.filter((k) => /^(settings|vault|meta|draft)\//.test(k))).toEqual(['meta/schema', 'settings/provider', 'settings/runs', 'vault/gemini']);
    expect(everything).toContain('"settings/provider",{"provider":"gemini","baseUrl":"https://generativelanguage.googleapis.com"}');
    const run = (await readExportable(stores.library)).runs[0];
    expect(run).toMatchObject({ status: 'cancelled', error: { kind: 'imported' } });
    expect(run).not.toHaveProperty('remoteId');
    if (result.ok) expect(result.value.dropped).toEqual(expect.arrayContaining(['file.settings', 'file.vault', 'file.apiKey']));
  });

  it('R17: prototype-pollution keys change nothing and are not stored', async () => {
    const { stores, result } = await importFixture('prototype-pollution.laqta.json');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await dump(stores.library)).not.toContain('polluted');
  });

  it('R19: HTML in every text field is stored exactly as text, to be shown as text', async () => {
    const { stores, result } = await importFixture('html-everywhere.laqta.json');
    expect(result.ok).toBe(true);
    const after = await readExportable(stores.library);
    const p = after.prompts.find((x) => x.id === 'lq1html00000');
    expect(p?.title).toBe('Title <img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(after.runs[0]?.notes).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
  });

  it('model ids that could steer a request are refused and named; those prompts keep their text with default settings', async () => {
    const { stores, result } = await importFixture('hostile-model-ids.laqta.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.refusedModels).toEqual(['fal-ai/veo3?fal_webhook=https://evil.example/hook', '../../interactions']);
    const everything = await dump(stores.library);
    expect(everything).not.toContain('fal_webhook');
    expect(everything).not.toContain('../');
    const after = await readExportable(stores.library);
    expect(after.prompts.find((p) => p.id === 'lq1hook00000')).toMatchObject({ text: 'A quiet harbour at dawn, gulls circling.', params: defaultParams() });
    expect(after.prompts.find((p) => p.id === 'lq1fine00000')?.params.model).toBe('fal-ai/veo3');
  });

  it('a run carrying such an id is refused with the file, naming the run and the field', async () => {
    const { result } = await importFixture('hostile-run-model.laqta.json');
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalidData')
      expect(result.error.problems).toContainEqual({ item: 'run', index: 1, field: 'model', problem: { code: 'wrongType', expected: 'modelId' } });
  });
});
