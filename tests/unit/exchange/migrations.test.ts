// @vitest-environment node
/// <reference types="node" />
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentFileVersion, fileMigrations, migrateFile, type FileMigration } from '../../../src/exchange/migrations';
import { parseLibraryText } from '../../../src/exchange/json';
import { fixture, fixtureText } from './helpers';

/**
 * One case per file migration, by name: what a file of `from` looks like before, and what the
 * migrated file must hold. A migration added without a case here fails the last test below.
 */
const migrationCases: Record<string, { check: (migrated: Record<string, unknown>) => void }> = {
  'storyboards-and-run-shots': {
    check: (migrated) => {
      expect(migrated.version).toBe(2);
      const v1 = JSON.parse(fixtureText('library-v1.laqta.json')) as Record<string, unknown>;
      // Nothing a version 1 file holds changes: it has no storyboards and no run shots.
      expect({ ...migrated, version: 1 }).toEqual(v1);
    },
  },
};

describe('library file migrations', () => {
  it('are numbered, contiguous and end at the current version', () => {
    let version = 1;
    for (const step of fileMigrations) {
      expect(step.from, step.name).toBe(version);
      expect(step.to, step.name).toBe(version + 1);
      version = step.to;
    }
    expect(version).toBe(currentFileVersion);
  });

  it('R14: every version ever shipped has a fixture that imports', () => {
    for (let version = 1; version <= currentFileVersion; version++) {
      const path = `library-v${version}.laqta.json`;
      expect(existsSync(fixture(path)), `tests/fixtures/${path}`).toBe(true);
      const result = parseLibraryText(fixtureText(path));
      expect(result.ok, path).toBe(true);
      if (result.ok) expect(result.value.fileVersion).toBe(version);
    }
  });

  it('every migration is tested: it has a case here and runs on its fixture', () => {
    for (const step of fileMigrations) {
      const testCase = migrationCases[step.name];
      expect(testCase, `no test case for migration "${step.name}"`).toBeDefined();
      const before = JSON.parse(fixtureText(`library-v${step.from}.laqta.json`)) as Record<string, unknown>;
      const migrated = migrateFile(before, step.from, [step]);
      expect(migrated.ok).toBe(true);
      if (migrated.ok) testCase?.check(migrated.file);
    }
  });

  it('the machinery applies steps in order from the file version and stamps each', () => {
    const steps: FileMigration[] = [
      { from: 1, to: 2, name: 'add-b', up: (f) => ({ ...f, b: 'added' }) },
      { from: 2, to: 3, name: 'rename-b', up: ({ b, ...f }) => ({ ...f, c: b }) },
    ];
    expect(migrateFile({ version: 1 }, 1, steps)).toEqual({ ok: true, file: { version: 3, c: 'added' } });
    expect(migrateFile({ version: 2, b: 'kept' }, 2, steps)).toEqual({ ok: true, file: { version: 3, c: 'kept' } });
  });

  it('1 → 2 takes storyboards, run shots and run sequences off a version 1 file (Laqta 1 never wrote them and ignored them), and leaves lists it does not recognise to validation', () => {
    const step = fileMigrations.find((s) => s.name === 'storyboards-and-run-shots')!;
    const file = {
      version: 1,
      prompts: [{ id: 'a', storyboard: { cast: {}, shots: [] }, title: 't' }, 'not a record'],
      versions: [{ promptId: 'a', storyboard: 1 }],
      runs: [{ id: 'r', shot: {}, sequence: { id: 's', index: 0, count: 1, seconds: 4, transition: 'cut' }, text: 'x' }],
    };
    expect(migrateFile(file, 1, [step])).toEqual({
      ok: true,
      file: { version: 2, prompts: [{ id: 'a', title: 't' }, 'not a record'], versions: [{ promptId: 'a' }], runs: [{ id: 'r', text: 'x' }] },
    });
    expect(migrateFile({ version: 1, prompts: 'nonsense' }, 1, [step])).toEqual({ ok: true, file: { version: 2, prompts: 'nonsense' } });
  });

  it('a version 1 file imports with its records unchanged, as version 2 records', () => {
    const v1 = parseLibraryText(fixtureText('library-v1.laqta.json'));
    const v2 = parseLibraryText(fixtureText('library-v2.laqta.json'));
    if (!v1.ok || !v2.ok) throw new Error('a fixture did not import');
    expect(v1.value.fileVersion).toBe(1);
    expect(v2.value.records.prompts.filter((p) => !p.storyboard)).toEqual(v1.value.records.prompts);
    expect(v2.value.records.prompts.find((p) => p.storyboard)?.storyboard?.shots).toHaveLength(3);
  });

  it('a step that throws is reported by name, not thrown', () => {
    const steps: FileMigration[] = [{ from: 1, to: 2, name: 'explodes', up: () => { throw new Error('boom'); } }];
    expect(migrateFile({ version: 1 }, 1, steps)).toEqual({ ok: false, step: 'explodes' });
  });
});

describe('the published JSON Schema', () => {
  it('accepts the example file and the fixture of every version', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020');
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(fixtureText('../../docs/laqta-library.schema.json')));
    for (const path of ['../../docs/example.laqta.json', ...Array.from({ length: currentFileVersion }, (_, i) => `library-v${i + 1}.laqta.json`)]) {
      expect(validate(JSON.parse(fixtureText(path))), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('refuses what the importer refuses: a text over 20,000 characters', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020');
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(fixtureText('../../docs/laqta-library.schema.json')));
    expect(validate(JSON.parse(fixtureText('malicious/oversize-text.laqta.json')))).toBe(false);
  });
});
