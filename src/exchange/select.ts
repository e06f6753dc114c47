import type { LibraryRecords } from '../domain/library-records';

/** The records a selection works on (as stored or as read from a file). */
export type SelectableRecords = LibraryRecords;

/** Which part of the library an export holds. */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'tag'; tag: string }
  | { kind: 'collection'; collection: string }
  /** A search result or a hand-picked selection: the prompts' ids. */
  | { kind: 'prompts'; ids: readonly string[] };

/**
 * The records an export of `scope` carries. The whole library takes everything; a part takes
 * its prompts, their versions and runs, the templates and collections they point to, and the
 * comparisons whose every column is one of its prompts (a comparison half outside would arrive
 * with missing columns).
 */
export function selectForExport<R extends SelectableRecords>(records: R, scope: ExportScope): R {
  if (scope.kind === 'all') return records;
  const tagKey = scope.kind === 'tag' ? scope.tag.toLocaleLowerCase() : '';
  const ids = scope.kind === 'prompts' ? new Set(scope.ids) : undefined;
  const prompts = records.prompts.filter((p) =>
    scope.kind === 'tag' ? p.tags.some((t) => t.toLocaleLowerCase() === tagKey) : scope.kind === 'collection' ? p.collection === scope.collection : ids?.has(p.id),
  );
  const chosen = new Set(prompts.map((p) => p.id));
  const templateIds = new Set(prompts.flatMap((p) => (p.templateId ? [p.templateId] : [])));
  const collectionIds = new Set(prompts.flatMap((p) => (p.collection ? [p.collection] : [])));
  return {
    ...records,
    prompts,
    versions: records.versions.filter((v) => chosen.has(v.promptId)),
    templates: records.templates.filter((t) => templateIds.has(t.id)),
    collections: records.collections.filter((c) => collectionIds.has(c.id)),
    comparisons: records.comparisons.filter((c) => {
      const compared = promptIdsOf(c);
      return compared.length > 0 && compared.every((id) => chosen.has(id));
    }),
    runs: records.runs.filter((r) => chosen.has(r.promptId)),
  };
}

/** The prompts a comparison's columns show (its record is plain JSON here). */
function promptIdsOf(comparison: object): string[] {
  const columns = (comparison as { columns?: unknown }).columns;
  if (!Array.isArray(columns)) return [];
  return columns.map((col) => (col as { promptId?: unknown } | null)?.promptId).filter((id): id is string => typeof id === 'string');
}
