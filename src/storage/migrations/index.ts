/**
 * Numbered, contiguous, pure migrations of stored records. Schema 1 is the first shipped
 * schema, so there is nothing to migrate yet; a change to any stored shape adds the next step
 * here (and a fixture and a test for it).
 */
export interface StoredEntry {
  key: string;
  value: unknown;
}

export interface Migration {
  from: number;
  to: number;
  name: string;
  migrate: (entries: StoredEntry[]) => StoredEntry[];
}

export const migrations: readonly Migration[] = [];

export const currentSchemaVersion = 1 + migrations.length;

/** Applies every migration from `from` up to the current schema, in order. */
export function migrateRecords(entries: StoredEntry[], from: number): StoredEntry[] {
  let out = entries;
  for (const step of migrations) if (step.from >= from) out = step.migrate(out);
  return out;
}
