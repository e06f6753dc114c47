import { limits as promptLimits } from '../domain/prompt';
import { comparisonLimits } from '../domain/comparison';

/** The record lists a library file may carry, in the order a file writes them. */
export const recordLists = ['prompts', 'versions', 'templates', 'collections', 'comparisons', 'runs'] as const;
export type RecordList = (typeof recordLists)[number];

const MB = 1024 * 1024;

/** Every limit of an import, in one place. */
export const fileLimits = {
  /** Checked against File.size before a byte is read. */
  bytes: { json: 100 * MB, csv: 20 * MB, zip: 4 * 1024 * MB - 1 },
  /** Nesting of arrays and objects anywhere in the JSON, checked before JSON.parse. */
  depth: 24,
  counts: {
    prompts: 50_000,
    versions: 500_000,
    templates: 10_000,
    collections: 10_000,
    comparisons: 20_000,
    runs: 100_000,
  } satisfies Record<RecordList, number>,
  /** Files inside a .zip (one library file, a video and a thumbnail per run). */
  zipEntries: 200_001,
  titleLength: promptLimits.titleLength,
  textLength: promptLimits.textLength,
  tagLength: promptLimits.tagLength,
  tagCount: promptLimits.tagCount,
  noteLength: 1_000,
  shortText: 200,
  listItems: 100,
  slotCount: 100,
  /** Matches the inputs of the save-template dialog. */
  templateNameLength: promptLimits.titleLength,
  whenToUseLength: 300,
  comparisonColumns: { min: comparisonLimits.minColumns, max: comparisonLimits.maxColumns },
  comparisonNoteLength: comparisonLimits.noteLength,
  /** Judged results in one comparison (one per run ever shown in it). */
  comparisonResults: 1_000,
  /** A problem list stops growing here; the rest are only counted. */
  problemsShown: 20,
  timestamp: 8.64e15,
} as const;

/** Ids become parts of storage keys: short, and free of `/` and anything odd. */
export const idPattern = /^[A-Za-z0-9_-]{1,100}$/;
