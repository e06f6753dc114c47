import { coach, type CheckId } from '../domain/coach/index';
import type { Prompt } from '../domain/prompt';

/** What the Library shows of the coach's reading of one prompt. */
export interface CoachSummary {
  score: number;
  failed: readonly CheckId[];
}

/** Which prompts the Library keeps: all, those failing one check ("missing lighting"), or those scoring under 50. */
export type CoachFilter = 'any' | 'below50' | CheckId;

export interface CoachScoresDeps {
  /** Runs a batch later, so checking 10,000 prompts never blocks the page. */
  schedule: (run: () => void) => void;
  now: () => number;
  /** The reading of one prompt (the coach, by default). */
  summarize?: (prompt: Pick<Prompt, 'text' | 'shot' | 'params'>) => CoachSummary;
}

/** Milliseconds of checking per batch before the page gets the main thread back. */
const batchMs = 12;
/** Readings kept; beyond this the cache starts over (texts edited many times leave old entries). */
const maxCached = 50_000;

function summarizeWithCoach(prompt: Pick<Prompt, 'text' | 'shot' | 'params'>): CoachSummary {
  const report = coach({ text: prompt.text, shot: prompt.shot, seconds: prompt.params.seconds });
  return { score: report.score, failed: report.checks.filter((c) => !c.passed).map((c) => c.id) };
}

/**
 * The coach's score for every prompt in the Library, cached by text so a prompt is read once
 * until it changes. Rows in view are read on demand (a handful); a filter reads the rest in
 * small batches in the background and the list fills in as they finish.
 */
export class CoachScores {
  #cache = new Map<string, CoachSummary>();
  /** The same readings by record: prompts are replaced, never changed, on save, so this is never stale. */
  #byPrompt = new WeakMap<object, CoachSummary>();
  #filter = $state<CoachFilter>('any');
  /** Bumped when a batch finishes: what views depending on readings re-run on. */
  #readings = $state(0);
  #waiting = $state(0);
  #queue: Pick<Prompt, 'text' | 'shot' | 'params'>[] = [];
  #running = false;
  #schedule: CoachScoresDeps['schedule'];
  #now: CoachScoresDeps['now'];
  #summarize: NonNullable<CoachScoresDeps['summarize']>;

  constructor(deps: CoachScoresDeps) {
    this.#schedule = deps.schedule;
    this.#now = deps.now;
    this.#summarize = deps.summarize ?? summarizeWithCoach;
  }

  get filter(): CoachFilter {
    return this.#filter;
  }

  /** How many prompts are still being checked for the filter. */
  get checking(): number {
    return this.#waiting;
  }

  setFilter(filter: CoachFilter): void {
    this.#filter = filter;
  }

  /** The reading of one prompt (computed now if it is not cached). */
  summaryOf(prompt: Pick<Prompt, 'text' | 'shot' | 'params'>): CoachSummary {
    let summary = this.#read(prompt);
    if (!summary) {
      if (this.#cache.size >= maxCached) this.#cache.clear();
      summary = this.#summarize(prompt);
      this.#cache.set(keyOf(prompt), summary);
      this.#byPrompt.set(prompt, summary);
    }
    return summary;
  }

  #read(prompt: Pick<Prompt, 'text' | 'shot' | 'params'>): CoachSummary | undefined {
    let summary = this.#byPrompt.get(prompt);
    if (!summary) {
      summary = this.#cache.get(keyOf(prompt));
      if (summary) this.#byPrompt.set(prompt, summary);
    }
    return summary;
  }

  /** The prompts the filter keeps, among those already read; the others are queued and appear as they are read. */
  keep<P extends Pick<Prompt, 'text' | 'shot' | 'params'>>(prompts: readonly P[]): P[] {
    const filter = this.#filter;
    void this.#readings;
    if (filter === 'any') return [...prompts];
    const out: P[] = [];
    const unread: P[] = [];
    for (const p of prompts) {
      const summary = this.#read(p);
      if (!summary) unread.push(p);
      else if (passes(summary, filter)) out.push(p);
    }
    if (unread.length) this.#enqueue(unread);
    return out;
  }

  #enqueue(prompts: readonly Pick<Prompt, 'text' | 'shot' | 'params'>[]): void {
    this.#queue = [...prompts];
    if (this.#running) return;
    this.#running = true;
    // Deferred: `keep` runs while a view derives its rows, where state must not change.
    this.#schedule(() => this.#runBatch());
  }

  #runBatch(): void {
    const started = this.#now();
    while (this.#queue.length && this.#now() - started < batchMs) this.summaryOf(this.#queue.pop()!);
    this.#waiting = this.#queue.length;
    this.#readings++;
    if (this.#queue.length) this.#schedule(() => this.#runBatch());
    else this.#running = false;
  }
}

const keyOf = (p: Pick<Prompt, 'text' | 'params'>) => `${p.params.seconds}\u0000${p.text}`;

function passes(summary: CoachSummary, filter: Exclude<CoachFilter, 'any'>): boolean {
  return filter === 'below50' ? summary.score < 50 : summary.failed.includes(filter);
}

export const coachScores = new CoachScores({ schedule: (run) => setTimeout(run, 0), now: () => performance.now() });
