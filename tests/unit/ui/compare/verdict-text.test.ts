import { describe, expect, it } from 'vitest';
import { columnRatings, takeVerdict, type PairedVerdict, type TakeVerdict } from '../../../../src/domain/take-verdict';
import { columnSummary, isPaired, seedPairsText, verdictHow, verdictText } from '../../../../src/ui/compare/verdict-text';
import { en, type MessageKey } from '../../../../src/i18n/catalog';
import { ar } from '../../../../src/i18n/catalog-ar';
import { formatMessage, formatNumber, type MessageParams } from '../../../../src/i18n/format';

const english = {
  t: (key: MessageKey, params?: MessageParams) => formatMessage('en', en[key], params),
  number: (v: number, o?: Intl.NumberFormatOptions) => formatNumber('en', v, o),
};
const arabic = {
  t: (key: MessageKey, params?: MessageParams) => formatMessage('ar', ar[key], params),
  number: (v: number, o?: Intl.NumberFormatOptions) => formatNumber('ar', v, o),
};
const letters = (i: number) => 'AB'[i]!;
const arabicLetters = (i: number) => 'أب'[i]!;

describe('a column summary: mean and spread of its rated takes', () => {
  it('reads "mean 3.7 · range 3–5 · 3 rated takes"', () => {
    expect(columnSummary(columnRatings([3, 4, 4]), 'A', english.t, english.number)).toBe('A: mean 3.7 · range 3–4 · 3 rated takes');
    expect(columnSummary(columnRatings([5]), 'B', english.t, english.number)).toBe('B: mean 5 · range 5–5 · 1 rated take');
    expect(columnSummary(undefined, 'B', english.t, english.number)).toBe('B: no take rated yet');
  });

  it("in Arabic, with the numbers as the app's Arabic formatter writes them", () => {
    const text = columnSummary(columnRatings([3, 4, 4]), 'أ', arabic.t, arabic.number);
    expect(text).toBe(`أ: المتوسط ${formatNumber('ar', 3.7)} · المدى ${formatNumber('ar', 3)}–${formatNumber('ar', 4)} · ${formatNumber('ar', 3)} لقطات مقيَّمة`);
  });
});

describe('the verdict sentence on fixed ratings', () => {
  it('B above A in every pairing of 4 takes each: called, with the share luck gives', () => {
    expect(verdictText(takeVerdict([[2, 3, 2, 3], [4, 5, 5, 4]]), letters, english.t, english.number)).toBe(
      'B is rated higher than A: a take of B beats a take of A in 16 of 16 pairings, and luck alone gives a gap this large only 3% of the time.',
    );
  });

  it('3 takes each, B ahead: too close to call, generate more', () => {
    expect(verdictText(takeVerdict([[3, 2, 4], [4, 5, 3]]), letters, english.t, english.number)).toBe(
      'Too close to call with 3 takes: B leads in 7 of 9 pairings, which luck alone gives 50% of the time. Generate more takes.',
    );
    expect(verdictText(takeVerdict([[3, 3], [3, 3]]), letters, english.t, english.number)).toBe('Too close to call with 2 takes: neither is rated higher. Generate more takes.');
  });

  it('the same facts in Arabic, numbers through the Arabic formatter', () => {
    const n = (v: number, o?: Intl.NumberFormatOptions) => formatNumber('ar', v, o);
    expect(verdictText(takeVerdict([[2, 3, 2, 3], [4, 5, 5, 4]]), arabicLetters, arabic.t, arabic.number)).toBe(
      `ب مقيَّم أعلى من أ: تتفوق لقطة من ب على لقطة من أ في ${n(16)} من ${n(16)} مقارنة، والحظ وحده لا يعطي فرقًا بهذا الحجم إلا بنسبة ${n(0.029, { style: 'percent', maximumFractionDigits: 0 })} من المرات.`,
    );
    expect(verdictText(takeVerdict([[3, 3], [4, 3]]), arabicLetters, arabic.t, arabic.number)).toBe(
      `الفرق أصغر من أن يُحسم بـ${n(2)} لقطات: يتقدم ب في ${n(3)} من ${n(4)} مقارنة، والحظ وحده يعطي ذلك بنسبة ${n(1, { style: 'percent', maximumFractionDigits: 0 })} من المرات. ولّد لقطات أكثر.`,
    );
  });

  it('explains the statistic in one sentence, with the 5% threshold in the reader\'s digits', () => {
    expect(verdictHow(english.t, english.number)).toContain('less than 5% of the time');
    expect(verdictHow(arabic.t, arabic.number)).toContain(`في أقل من ${formatNumber('ar', 0.05, { style: 'percent', maximumFractionDigits: 0 })} من المرات`);
  });
});

describe('the take-by-take line for takes drawn with the same seed', () => {
  it('reads "B is rated higher in 4 of 4 takes", in English and Arabic', () => {
    expect(seedPairsText({ count: 4, higher: 4, lower: 0, same: 0 }, 'B', 'A', english.t)).toBe(
      'Take by take, with the same seed: B is rated higher in 4 of 4 takes (A higher in 0, the same in 0).',
    );
    const n = (v: number) => formatNumber('ar', v);
    expect(seedPairsText({ count: 3, higher: 2, lower: 0, same: 1 }, 'ب', 'أ', arabic.t)).toBe(
      `لقطةً بلقطة بالبذرة نفسها: ب مقيَّم أعلى في ${n(2)} من ${n(3)} لقطات (أ أعلى في ${n(0)}، ومتساويان في ${n(1)}).`,
    );
  });
});

describe('the verdict sentence for takes paired by seed', () => {
  const verdict = (kind: 'pairedHigher' | 'pairedTooClose', facts: Omit<PairedVerdict, 'leader' | 'other'>): TakeVerdict => ({ kind, leader: 1, other: 0, ...facts });
  const n = (v: number, o?: Intl.NumberFormatOptions) => formatNumber('ar', v, o);
  const percent = (p: number) => n(p, { style: 'percent', maximumFractionDigits: 0 });

  it('3 pairs all won: says "paired by seed", gives the exact 25%, and asks for more takes', () => {
    const tooClose = verdict('pairedTooClose', { higher: 3, lower: 0, same: 0, takes: 3, p: 0.25 });
    expect(verdictText(tooClose, letters, english.t, english.number)).toBe(
      'Too close to call with 3 takes paired by seed: B is rated higher in 3 of 3 pairs (A in 0, the same in 0), which luck alone gives 25% of the time. Generate more takes.',
    );
    expect(verdictText(tooClose, arabicLetters, arabic.t, arabic.number)).toBe(
      `الفرق أصغر من أن يُحسم بـ${n(3)} لقطات مقترنة بالبذرة: ب مقيَّم أعلى في ${n(3)} من ${n(3)} أزواج (أ أعلى في ${n(0)}، ومتساويان في ${n(0)})، والحظ وحده يعطي ذلك بنسبة ${percent(0.25)} من المرات. ولّد لقطات أكثر.`,
    );
  });

  it('2 pairs, in Arabic the dual', () => {
    const tooClose = verdict('pairedTooClose', { higher: 1, lower: 0, same: 1, takes: 2, p: 1 });
    expect(verdictText(tooClose, arabicLetters, arabic.t, arabic.number)).toBe(
      `الفرق أصغر من أن يُحسم بلقطتين مقترنتين بالبذرة: ب مقيَّم أعلى في ${n(1)} من زوجين (أ أعلى في ${n(0)}، ومتساويان في ${n(1)})، والحظ وحده يعطي ذلك بنسبة ${percent(1)} من المرات. ولّد لقطات أكثر.`,
    );
  });

  it('11 pairs or more: the Arabic counted noun in the singular', () => {
    const tooClose = verdict('pairedTooClose', { higher: 7, lower: 3, same: 1, takes: 11, p: 0.2 });
    expect(verdictText(tooClose, arabicLetters, arabic.t, arabic.number)).toBe(
      `الفرق أصغر من أن يُحسم بـ${n(11)} لقطة مقترنة بالبذرة: ب مقيَّم أعلى في ${n(7)} من ${n(11)} زوجًا (أ أعلى في ${n(3)}، ومتساويان في ${n(1)})، والحظ وحده يعطي ذلك بنسبة ${percent(0.2)} من المرات. ولّد لقطات أكثر.`,
    );
  });

  it('6 pairs all won: called, with the share luck gives, in English and Arabic', () => {
    const higher = verdict('pairedHigher', { higher: 6, lower: 0, same: 0, takes: 6, p: 0.03125 });
    expect(verdictText(higher, letters, english.t, english.number)).toBe(
      'B is rated higher than A, paired by seed: B’s take beats A’s take made with the same seed in 6 of 6 pairs (A’s in 0, the same in 0), and luck alone gives differences this lopsided only 3% of the time.',
    );
    expect(verdictText(higher, arabicLetters, arabic.t, arabic.number)).toBe(
      `ب مقيَّم أعلى من أ بمقارنة اللقطات ذات البذرة نفسها: تتفوق لقطة ب على لقطة أ ذات البذرة نفسها في ${n(6)} من ${n(6)} أزواج (ولقطة أ في ${n(0)}، ومتساويتان في ${n(0)})، والحظ وحده لا يعطي فروقًا بهذا الميل إلا بنسبة ${percent(0.03125)} من المرات.`,
    );
  });

  it('a p below 1% keeps one decimal in the reader’s digits', () => {
    const higher = verdict('pairedHigher', { higher: 8, lower: 0, same: 0, takes: 8, p: 2 / 256 });
    expect(verdictText(higher, letters, english.t, english.number)).toContain('only 0.8% of the time');
    expect(verdictText(higher, arabicLetters, arabic.t, arabic.number)).toContain(`بنسبة ${n(2 / 256, { style: 'percent', maximumFractionDigits: 1 })} من المرات`);
  });

  it('every pair the same: neither is higher, in English and Arabic', () => {
    const even = verdict('pairedTooClose', { higher: 0, lower: 0, same: 4, takes: 4, p: 1 });
    expect(verdictText(even, letters, english.t, english.number)).toBe('Too close to call with 4 takes paired by seed: every pair is rated the same. Generate more takes.');
    expect(verdictText(even, arabicLetters, arabic.t, arabic.number)).toBe(`الفرق أصغر من أن يُحسم بـ${n(4)} لقطات مقترنة بالبذرة: كل زوج مقيَّم بالتساوي. ولّد لقطات أكثر.`);
  });

  it('explains the paired test in one sentence, and says which verdicts are paired', () => {
    expect(verdictHow(english.t, english.number, true)).toBe(
      'How this is decided: the takes were made with shared seeds, so each take is compared with the take of the other column made with the same seed, and a difference is called only when luck alone (the exact Wilcoxon signed-rank test, pairs rated the same set aside) would give differences this lopsided less than 5% of the time.',
    );
    expect(verdictHow(arabic.t, arabic.number, true)).toContain(`اختبار ويلكوكسون الدقيق للرتب ذات الإشارة`);
    expect(verdictHow(arabic.t, arabic.number, true)).toContain(`في أقل من ${percent(0.05)} من المرات`);
    expect(isPaired(verdict('pairedTooClose', { higher: 3, lower: 0, same: 0, takes: 3, p: 0.25 }))).toBe(true);
    expect(isPaired(takeVerdict([[1, 2], [3, 4]]))).toBe(false);
  });
});
