/**
 * Numbered, named, contiguous migrations of the library FILE format (not the stored records:
 * those live in src/storage/migrations). Each step turns a parsed file of version `from` into
 * one of version `to`; the validator only ever sees the current version. Version 1 is the
 * first format shipped, so the list is empty; every new step needs a fixture
 * tests/fixtures/library-v<from>.laqta.json and a case in tests/unit/exchange/migrations.test.ts
 * (that test fails when one is missing).
 */
export interface FileMigration {
  from: number;
  to: number;
  name: string;
  up: (file: Record<string, unknown>) => Record<string, unknown>;
}

export const fileMigrations: readonly FileMigration[] = [];

/** The version this Laqta writes and reads natively. */
export const currentFileVersion = 1 + fileMigrations.length;

/** The outcome of migrating a file: the migrated file, or the step that failed. */
export type MigrationOutcome = { ok: true; file: Record<string, unknown> } | { ok: false; step: string };

/** Applies, in order, every step from `from` up to the current version. */
export function migrateFile(file: Record<string, unknown>, from: number, steps: readonly FileMigration[] = fileMigrations): MigrationOutcome {
  let out = file;
  for (const step of steps) {
    if (step.from < from) continue;
    try {
      out = { ...step.up(out), version: step.to };
    } catch {
      return { ok: false, step: step.name };
    }
  }
  return { ok: true, file: out };
}
