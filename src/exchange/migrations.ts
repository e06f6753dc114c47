/**
 * Numbered, named, contiguous migrations of the library FILE format (not the stored records:
 * those live in src/storage/migrations). Each step turns a parsed file of version `from` into
 * one of version `to`; the validator only ever sees the current version. Every step needs a
 * fixture tests/fixtures/library-v<from>.laqta.json and a case in
 * tests/unit/exchange/migrations.test.ts (that test fails when one is missing). Steps run on
 * unchecked input: they change only what they recognise and leave the rest to validation.
 */
export interface FileMigration {
  from: number;
  to: number;
  name: string;
  up: (file: Record<string, unknown>) => Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `list` with `field` taken off every record in it (a list that is not one is left for validation to refuse). */
function without(list: unknown, field: string): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item) => {
    if (!isRecord(item) || !(field in item)) return item;
    const { [field]: _dropped, ...rest } = item;
    return rest;
  });
}

export const fileMigrations: readonly FileMigration[] = [
  {
    // Version 2 carries storyboards (prompts and versions), and on runs the Shot they were made
    // from and their place in a storyboard's sequence. A version 1 file has none of these: Laqta 1
    // never wrote them and dropped them on import, so a field of those names in a version 1 file
    // is taken off here and the file means what it always meant.
    from: 1,
    to: 2,
    name: 'storyboards-and-run-shots',
    up: (file) => ({
      ...file,
      ...('prompts' in file ? { prompts: without(file.prompts, 'storyboard') } : {}),
      ...('versions' in file ? { versions: without(file.versions, 'storyboard') } : {}),
      ...('runs' in file ? { runs: without(without(file.runs, 'shot'), 'sequence') } : {}),
    }),
  },
];

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
