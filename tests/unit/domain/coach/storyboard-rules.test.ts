import { describe, expect, it } from 'vitest';
import { castCharacters, checkStoryboard, storyboardRules, type StoryboardFinding } from '../../../../src/domain/coach/storyboard-rules';
import { emptyCastSheet, type CastSheet, type Storyboard, type Transition } from '../../../../src/domain/storyboard';
import { emptyShot, type Shot } from '../../../../src/domain/shot';
import { en } from '../../../../src/i18n/catalog';
import { ar } from '../../../../src/i18n/catalog-ar';
import { formatMessage } from '../../../../src/i18n/format';

type ShotSpec = Partial<Shot> & { seconds?: number; transition?: Transition };

function board(cast: Partial<CastSheet>, ...shots: ShotSpec[]): Storyboard {
  return {
    cast: { ...emptyCastSheet(), ...cast },
    shots: shots.map(({ seconds = 4, transition = 'cut', ...shot }) => ({ shot: { ...emptyShot(), ...shot }, seconds, transition })),
  };
}

const only = (findings: StoryboardFinding[], rule: StoryboardFinding['rule']) => findings.filter((f) => f.rule === rule);

describe('storyboard coach: a character described differently (castDrift)', () => {
  it('fires when a shot redescribes a cast member against the cast sheet', () => {
    const b = board(
      { characters: 'Mara, a tall woman with short grey hair', wardrobe: 'red coat' },
      { subject: 'Mara waits at the tram stop' },
      { subject: 'Mara, in a blue coat, boards the tram' },
    );
    const [f, ...rest] = only(checkStoryboard(b), 'castDrift');
    expect(rest).toEqual([]);
    expect(f).toEqual({ rule: 'castDrift', shots: [1], detail: { count: 1, character: 'Mara', first: 'red coat', second: 'blue coat', shot: 2 } });
  });

  it('fires when two shots describe the same cast member two ways', () => {
    const b = board({ characters: 'Mara, a woman in her sixties\nOmar, her grandson' }, { subject: 'Mara', appearance: 'long hair, red scarf' }, { subject: 'Omar runs' }, { subject: 'Mara with short hair turns' });
    const found = only(checkStoryboard(b), 'castDrift');
    expect(found).toEqual([{ rule: 'castDrift', shots: [0, 2], detail: { count: 2, character: 'Mara', first: 'long hair', second: 'short hair', shot: 1, other: 3 } }]);
  });

  it('fires in Arabic: a shot gives the character a coat of another colour than the cast sheet', () => {
    const b = board({ characters: 'مريم، امرأة في الستين', wardrobe: 'معطف أحمر' }, { subject: 'مريم تنتظر الترام' }, { subject: 'مريم بمعطف أزرق تصعد الترام' });
    const found = only(checkStoryboard(b), 'castDrift');
    expect(found).toHaveLength(1);
    expect(found[0]!.shots).toEqual([1]);
    expect(found[0]!.detail).toMatchObject({ character: 'مريم', first: 'معطف أحمر', second: 'بمعطف أزرق' });
  });

  it('stays quiet when every shot agrees with the cast sheet, or describes another character, or adds a different trait', () => {
    const quiet = [
      board({ characters: 'Mara, a woman', wardrobe: 'red coat' }, { subject: 'Mara in her red coat' }, { subject: 'Mara, red coat, long hair' }),
      board({ characters: 'Mara, a woman\nOmar, a boy' }, { subject: 'Mara in a red coat' }, { subject: 'Omar in a blue coat' }),
      board({ characters: 'Mara, a woman with long hair' }, { subject: 'Mara with blonde hair' }),
      board({ characters: 'مريم، امرأة بمعطف أحمر' }, { subject: 'مريم بمعطف أحمر تنتظر' }, { subject: 'مريم تصعد' }),
      board({}, { subject: 'a woman in a red coat' }, { subject: 'a woman in a blue coat' }),
    ];
    for (const b of quiet) expect(only(checkStoryboard(b), 'castDrift')).toEqual([]);
  });

  it('reads a cast sheet’s names: before the first comma or colon, one per line, none for a bare description', () => {
    expect(castCharacters('Mara Lind, a tall woman\nOmar: her grandson; a stray dog').map((c) => [c.label, c.names])).toEqual([
      ['Mara Lind', ['mara lind', 'mara']],
      ['Omar', ['omar']],
      ['a stray dog', []],
    ]);
  });

  it('gives an unnamed single character the traits no name claims', () => {
    const b = board({ characters: 'an old fisherman with a grey beard' }, { subject: 'the old man with a white beard mends a net' });
    expect(only(checkStoryboard(b), 'castDrift')).toEqual([
      { rule: 'castDrift', shots: [0], detail: { count: 1, character: 'an old fisherman with a grey beard', first: 'grey beard', second: 'white beard', shot: 1 } },
    ]);
  });
});

describe('storyboard coach: a shot drops the shared style (styleDropped)', () => {
  it('fires when a shot swaps the shared medium for another', () => {
    const b = board({ style: '35 mm film, warm grade' }, { style: [] }, { style: ['anime'] });
    expect(only(checkStoryboard(b), 'styleDropped')).toEqual([{ rule: 'styleDropped', shots: [1], detail: { count: 1, shot: 2, own: 'Japanese anime style, cel-shaded', shared: '35 mm film' } }]);
  });

  it('fires on a declared conflict written in the shot’s own style notes', () => {
    const b = board({ style: 'anime' }, { styleNotes: 'stop-motion clay look' });
    expect(only(checkStoryboard(b), 'styleDropped').map((f) => f.shots)).toEqual([[0]]);
  });

  it('reads an Arabic shared style and an Arabic shot style', () => {
    const b = board({ style: 'أنمي' }, { styleNotes: 'رسوم ثلاثية الأبعاد' });
    expect(only(checkStoryboard(b), 'styleDropped').map((f) => f.shots)).toEqual([[0]]);
  });

  it('fires when there is no shared style and the shots set different ones', () => {
    const b = board({}, { style: ['film-noir'] }, { style: ['film-noir'] }, { style: ['anime'] });
    expect(only(checkStoryboard(b), 'styleDropped')).toEqual([{ rule: 'styleDropped', shots: [0, 2], detail: { count: 2, shot: 3, other: 1 } }]);
  });

  it('stays quiet when a shot adds a genre look to the shared medium, repeats it, or no shot sets any style', () => {
    const quiet = [
      board({ style: '35 mm film' }, { style: ['film-noir'] }, { style: ['film-35'] }),
      board({ style: 'watercolour storybook pages' }, { style: ['storybook'] }),
      board({}, { style: ['anime'] }, { styleNotes: 'Anime.' }),
      board({}, {}, {}),
      board({ style: 'فيلم ٣٥ مم' }, { styleNotes: 'فيلم نوار' }),
    ];
    for (const b of quiet) expect(only(checkStoryboard(b), 'styleDropped')).toEqual([]);
  });
});

describe('storyboard coach: a jump cut (jumpCut)', () => {
  const same: ShotSpec = { shotSize: ['medium'], movement: ['static'] };

  it('fires for neighbouring shots with the same framing and move joined by a cut', () => {
    const b = board({}, { shotSize: ['wide'], movement: ['pan'] }, same, { ...same, transition: 'cut' });
    expect(only(checkStoryboard(b), 'jumpCut')).toEqual([
      { rule: 'jumpCut', shots: [1, 2], detail: { count: 2, shot: 2, other: 3, framing: 'medium shot', move: 'static locked-off camera' } },
    ]);
  });

  it('stays quiet for a match cut, a dissolve, a change of angle, a new framing or move, or nothing chosen', () => {
    const quiet = [
      board({}, same, { ...same, transition: 'matchCut' }),
      board({}, same, { ...same, transition: 'dissolve' }),
      board({}, { ...same, angle: ['low'] }, { ...same, angle: ['high'] }),
      board({}, same, { shotSize: ['close-up'], movement: ['static'] }),
      board({}, same, { shotSize: ['medium'], movement: ['push-in'] }),
      board({}, {}, {}),
      board({}, same, {}, same),
    ];
    for (const b of quiet) expect(only(checkStoryboard(b), 'jumpCut')).toEqual([]);
  });
});

describe('storyboard coach: a shot longer than the model makes (shotTooLong)', () => {
  it('fires for each shot over the longest duration the model offers', () => {
    const b = board({}, { seconds: 4 }, { seconds: 12 }, { seconds: 8 });
    expect(checkStoryboard(b, { maxSecondsPerShot: 8 })).toEqual([{ rule: 'shotTooLong', shots: [1], detail: { count: 1, shot: 2, seconds: 12, limit: 8 } }]);
  });

  it('fires for the whole sequence when it is sent as one run and is longer than the model makes', () => {
    const b = board({}, { seconds: 4 }, { seconds: 4 }, { seconds: 4 });
    expect(checkStoryboard(b, { maxSecondsPerShot: 10, oneRun: true })).toEqual([{ rule: 'shotTooLong', shots: [0, 1, 2], detail: { count: 3, seconds: 12, limit: 10 } }]);
    expect(checkStoryboard(b, { maxSecondsPerShot: 12, oneRun: true })).toEqual([]);
  });

  it('stays quiet when every shot fits, or when the model’s limit is not known', () => {
    const b = board({}, { seconds: 4 }, { seconds: 20 });
    expect(checkStoryboard(board({}, { seconds: 8 }), { maxSecondsPerShot: 8 })).toEqual([]);
    expect(checkStoryboard(b)).toEqual([]);
  });
});

describe('storyboard findings in English and Arabic', () => {
  it('orders findings by the first shot they are about', () => {
    const b = board({ characters: 'Mara, a woman', wardrobe: 'red coat' }, { shotSize: ['medium'], movement: ['static'] }, { shotSize: ['medium'], movement: ['static'], subject: 'Mara in a blue coat', seconds: 12 });
    expect(checkStoryboard(b, { maxSecondsPerShot: 8 }).map((f) => f.rule)).toEqual(['jumpCut', 'castDrift', 'shotTooLong']);
  });

  for (const rule of storyboardRules) {
    it(`${rule} has a message, an explanation and a "why it matters on screen" sentence in both languages`, () => {
      for (const part of ['rule', 'explain', 'why'] as const) {
        const key = `coach.${part}.${rule}` as const;
        expect(en[key], key).toBeTruthy();
        expect(ar[key], key).toBeTruthy();
        expect(ar[key]).not.toEqual(en[key]);
      }
    });
  }

  it('every finding of every rule reads as whole sentences in English and Arabic (no placeholder left unfilled)', () => {
    const boards = [
      board({ characters: 'Mara, a woman', wardrobe: 'red coat', style: '35 mm film' }, { subject: 'Mara in a blue coat', style: ['anime'], shotSize: ['medium'], movement: ['static'], seconds: 12 }, { shotSize: ['medium'], movement: ['static'] }),
      board({ characters: 'مريم، امرأة' }, { subject: 'مريم بمعطف أحمر', style: ['film-noir'] }, { subject: 'مريم بمعطف أزرق' }),
    ];
    const findings = [...checkStoryboard(boards[0]!, { maxSecondsPerShot: 8 }), ...checkStoryboard(boards[1]!), ...checkStoryboard(boards[0]!, { maxSecondsPerShot: 8, oneRun: true })];
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(storyboardRules));
    for (const f of findings) {
      for (const [locale, catalog] of [['en', en], ['ar', ar]] as const) {
        for (const part of ['rule', 'explain', 'why'] as const) {
          const text = formatMessage(locale, catalog[`coach.${part}.${f.rule}`], f.detail);
          expect(text, `${locale} ${part} ${f.rule}`).not.toMatch(/[{}]/);
          expect(text.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('names the shots, the character and both descriptions, in the reader’s language', () => {
    const vsSheet = { count: 1, character: 'Mara', first: 'red coat', second: 'blue coat', shot: 2 };
    expect(formatMessage('en', en['coach.rule.castDrift'], vsSheet)).toBe('Shot 2 describes Mara with "blue coat"; the cast sheet says "red coat".');
    const n = (x: number) => new Intl.NumberFormat('ar').format(x);
    expect(formatMessage('ar', ar['coach.rule.castDrift'], vsSheet)).toBe(`تصف اللقطة ${n(2)} Mara بـ«blue coat»، وورقة الشخصيات تقول «red coat».`);
    const twoShots = { count: 2, character: 'Mara', first: 'long hair', second: 'short hair', shot: 1, other: 3 };
    expect(formatMessage('en', en['coach.rule.castDrift'], twoShots)).toBe('Mara has "long hair" in shot 1 but "short hair" in shot 3.');
    expect(formatMessage('ar', ar['coach.rule.castDrift'], twoShots)).toContain(`في اللقطة ${n(3)}`);
    expect(formatMessage('en', en['coach.rule.shotTooLong'], { count: 3, seconds: 12, limit: 10 })).toBe('The whole sequence lasts 12 s; this model makes at most 10 s in one run.');
    expect(formatMessage('ar', ar['coach.rule.shotTooLong'], { count: 1, shot: 2, seconds: 12, limit: 8 })).toBe(`تدوم اللقطة ${n(2)} ${n(12)} ث، وهذا النموذج يصنع ${n(8)} ث على الأكثر في التشغيل الواحد.`);
  });
});
