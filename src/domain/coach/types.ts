import type { Shot } from '../shot';

/** What the coach reads: the prompt text, and what is known around it. */
export interface CoachInput {
  text: string;
  /** The structured Shot it was composed from, when there is one (beats and dialogue are read from it). */
  shot?: Shot | undefined;
  /** The clip length chosen in the parameters (seconds). */
  seconds?: number | undefined;
  /** The chosen model's prompt length limit, when known. */
  maxPromptLength?: number | undefined;
  /** True when the chosen model takes a separate negative prompt. */
  negativeField?: boolean | undefined;
}

/** The checklist groups a person sees ("Framing ✓ · Movement ✗ · Lighting ✓ …"). */
export const checkIds = ['framing', 'movement', 'lighting', 'action', 'palette', 'wording', 'consistency', 'timing', 'parameters'] as const;
export type CheckId = (typeof checkIds)[number];

/** An element a quick fix can insert a vocabulary term for. */
export type InsertableElement = 'framing' | 'movement' | 'lighting';

/**
 * A quick fix. `replace` swaps a span for new words; `insertTerm` asks the person to pick a
 * vocabulary term for a missing element; `moveDuration` takes "8 seconds" out of the prose and
 * sets the duration parameter.
 */
export type Fix =
  | { kind: 'replace'; from: number; to: number; insert: string }
  | { kind: 'insertTerm'; element: InsertableElement }
  | { kind: 'moveDuration'; from: number; to: number; insert: string; seconds: number };

export type Severity = 'error' | 'warning' | 'info';

/** One finding: where, which rule, the values its message names, and the fixes on offer. */
export interface Diagnostic<R extends string = string> {
  from: number;
  to: number;
  severity: Severity;
  rule: R;
  params?: Record<string, string | number>;
  fixes?: Fix[];
}
