import type { MessageKey } from '../../i18n/catalog';
import type { MessageParams } from '../../i18n/format';
import { verdictThreshold, type ColumnRatings, type SeedPairs, type TakeVerdict } from '../../domain/take-verdict';

type Translate = (key: MessageKey, params?: MessageParams) => string;
type FormatNumber = (value: number, options?: Intl.NumberFormatOptions) => string;

/** A share as a person reads it: "3%", "0.4%", "67%". */
function share(p: number, number: FormatNumber): string {
  return number(p, { style: 'percent', maximumFractionDigits: p < 0.01 ? 1 : 0 });
}

/**
 * The verdict as one plain sentence; `letter(i)` names column i. It never says more than the
 * test gives: a lead that luck explains is "too close to call".
 */
export function verdictText(verdict: TakeVerdict, letter: (column: number) => string, t: Translate, number: FormatNumber): string {
  switch (verdict.kind) {
    case 'needRatings':
      return t('takes.verdict.needRatings', { column: letter(verdict.column), count: verdict.rated });
    case 'higher':
      return t('takes.verdict.higher', {
        leader: letter(verdict.leader),
        other: letter(verdict.other),
        wins: verdict.wins,
        pairs: verdict.pairs,
        p: share(verdict.p, number),
      });
    case 'tooClose':
      if (verdict.wins * 2 === verdict.pairs) return t('takes.verdict.even', { count: verdict.takes });
      return t('takes.verdict.tooClose', {
        count: verdict.takes,
        leader: letter(verdict.leader),
        wins: verdict.wins,
        pairs: verdict.pairs,
        p: share(verdict.p, number),
      });
    case 'pairedHigher':
    case 'pairedTooClose': {
      if (verdict.kind === 'pairedTooClose' && verdict.higher === 0 && verdict.lower === 0) return t('takes.verdict.pairedEven', { count: verdict.takes });
      const key = verdict.kind === 'pairedHigher' ? 'takes.verdict.pairedHigher' : 'takes.verdict.pairedTooClose';
      return t(key, {
        count: verdict.takes,
        leader: letter(verdict.leader),
        other: letter(verdict.other),
        higher: verdict.higher,
        lower: verdict.lower,
        same: verdict.same,
        p: share(verdict.p, number),
      });
    }
  }
}

/** Whether the verdict compared takes paired by seed (then the take-by-take count is part of its sentence). */
export function isPaired(verdict: TakeVerdict): boolean {
  return verdict.kind === 'pairedHigher' || verdict.kind === 'pairedTooClose';
}

/** A column's rated takes in one line: "A: mean 3.7 · range 3–5 · 3 rated takes". */
export function columnSummary(stats: ColumnRatings | undefined, column: string, t: Translate, number: FormatNumber): string {
  if (!stats) return t('takes.columnNone', { column });
  const mean = number(stats.mean, { maximumFractionDigits: 1 });
  return t('takes.column', { column, mean, min: stats.min, max: stats.max, count: stats.count });
}

/** How the verdict is decided (by the test it used), in one sentence, with the threshold in the reader's digits. */
export function verdictHow(t: Translate, number: FormatNumber, paired = false): string {
  return t(paired ? 'takes.verdict.howPaired' : 'takes.verdict.how', { threshold: share(verdictThreshold, number) });
}

/** The take-by-take count for takes drawn with the same seed: "B is rated higher in 4 of 4 takes". */
export function seedPairsText(pairs: SeedPairs, leader: string, other: string, t: Translate): string {
  return t('takes.verdict.seedPairs', { leader, other, count: pairs.count, higher: pairs.higher, lower: pairs.lower, same: pairs.same });
}
