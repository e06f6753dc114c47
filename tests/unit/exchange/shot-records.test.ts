import { afterEach, describe, expect, it } from 'vitest';
import { validateLibrary } from '../../../src/exchange/schema';
import { exportLibraryJson, parseLibraryText } from '../../../src/exchange/json';
import { emptyRecords } from '../../../src/exchange/records';
import type { ItemProblem } from '../../../src/exchange/errors';
import { newStoryboard, type Storyboard } from '../../../src/domain/storyboard';
import { emptyShot } from '../../../src/domain/shot';
import { i18n } from '../../../src/i18n/i18n.svelte';
import { problemSentence } from '../../../src/ui/exchange/sentences';
import { prompt, run, versionOf } from './helpers';

const validate = (fields: Record<string, unknown>) => validateLibrary({ format: 'laqta-library', version: 2, ...fields });
const problemsOf = (fields: Record<string, unknown>): ItemProblem[] => {
  const result = validate(fields);
  if (result.ok) throw new Error('expected a refusal');
  if (result.error.kind !== 'invalidData') throw new Error(result.error.kind);
  return result.error.problems;
};

function board(): Storyboard {
  const b = newStoryboard(3);
  b.cast = { characters: 'Mona, a tall woman with short grey hair', wardrobe: 'red coat', setting: 'a tram stop at dusk', style: '35 mm film' };
  b.shots[0]!.shot = { ...emptyShot(), subject: 'Mona waits', shotSize: ['wide'], movement: ['static'] };
  b.shots[1] = { shot: { ...emptyShot(), subject: 'Mona looks up', beats: [{ from: 0, to: 2, action: 'turns her head' }] }, seconds: 2.5, transition: 'matchCut' };
  b.shots[2]!.transition = 'dissolve';
  return b;
}

/** A storyboard prompt whose storyboard is replaced by `storyboard` (hostile input goes in as JSON). */
const withBoard = (storyboard: unknown) => ({ prompts: [prompt('p1', { storyboard: storyboard as Storyboard })] });
const shotsWith = (i: number, fields: Record<string, unknown>) => {
  const b = JSON.parse(JSON.stringify(board())) as { shots: Record<string, unknown>[] };
  b.shots[i] = { ...b.shots[i], ...fields };
  return b;
};

afterEach(() => i18n.use('en'));

describe('storyboards in a library file', () => {
  it('a storyboard prompt, its version and a run with its shot survive export → import unchanged', () => {
    const b = board();
    const p = prompt('p1', { storyboard: b });
    const records = { ...emptyRecords(), prompts: [p], versions: [{ ...versionOf(p), storyboard: b }, { ...versionOf(p), rev: 2, storyboard: newStoryboard(1) }], runs: [run('r1', 'p1', { shot: b.shots[1]!.shot })] };
    const text = exportLibraryJson(records, 0).text;
    const parsed = parseLibraryText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.fileVersion).toBe(2);
    expect(parsed.value.records.prompts[0]!.storyboard).toEqual(b);
    expect(parsed.value.records.versions.map((v) => v.storyboard?.shots.length)).toEqual([3, 1]);
    expect(parsed.value.records.runs[0]!.shot).toEqual(b.shots[1]!.shot);
    expect(parsed.value.dropped).toEqual([]);
    expect(exportLibraryJson(parsed.value.records, 0).text).toBe(text);
  });

  it('a run with no shot and a prompt with no storyboard stay without them', () => {
    const parsed = parseLibraryText(exportLibraryJson({ ...emptyRecords(), prompts: [prompt('p1')], runs: [run('r1', 'p1')] }, 0).text);
    if (!parsed.ok) throw new Error('refused');
    expect('storyboard' in parsed.value.records.prompts[0]!).toBe(false);
    expect('shot' in parsed.value.records.runs[0]!).toBe(false);
  });

  it('a missing cast field is read as empty; unknown fields are dropped and named', () => {
    const b = JSON.parse(JSON.stringify(board())) as Record<string, Record<string, unknown>>;
    delete b.cast!.style;
    b.cast!.apiKey = 'sk-secret';
    (b as Record<string, unknown>).onclick = 'alert(1)';
    const result = validate(withBoard(b));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.records.prompts[0]!.storyboard!.cast.style).toBe('');
    expect(JSON.stringify(result.value.records)).not.toContain('sk-secret');
    expect(result.value.dropped).toEqual(expect.arrayContaining(['prompt.storyboard.cast.apiKey', 'prompt.storyboard.onclick']));
  });

  const refusals: [string, unknown, Partial<ItemProblem>][] = [
    ['a storyboard that is not an object', 'three shots', { field: 'storyboard', problem: { code: 'wrongType', expected: 'object' } }],
    ['shots that are not a list', { cast: {}, shots: { 0: {} } }, { field: 'storyboard.shots', problem: { code: 'wrongType', expected: 'list' } }],
    ['no shots', { cast: {}, shots: [] }, { field: 'storyboard.shots', problem: { code: 'outOfRange', min: 1, max: 12 } }],
    ['13 shots', { ...board(), shots: Array.from({ length: 13 }, () => board().shots[0]) }, { field: 'storyboard.shots', problem: { code: 'outOfRange', min: 1, max: 12 } }],
    ['a million shots', { cast: {}, shots: new Array(1_000_000).fill(0) }, { field: 'storyboard.shots', problem: { code: 'outOfRange', min: 1, max: 12 } }],
    ['a shot of 0 seconds', shotsWith(1, { seconds: 0 }), { field: 'storyboard.shots[2].seconds', problem: { code: 'outOfRange', min: 1, max: 60 } }],
    ['a shot of 61 seconds', shotsWith(2, { seconds: 61 }), { field: 'storyboard.shots[3].seconds', problem: { code: 'outOfRange', min: 1, max: 60 } }],
    ['seconds as text', shotsWith(0, { seconds: '4' }), { field: 'storyboard.shots[1].seconds', problem: { code: 'wrongType', expected: 'number' } }],
    ['a transition not on the list', shotsWith(1, { transition: 'wipe' }), { field: 'storyboard.shots[2].transition', problem: { code: 'wrongType', expected: 'transition' } }],
    ['a shot that is not an object', { ...board(), shots: [board().shots[0], 'x'] }, { field: 'storyboard.shots[2]', problem: { code: 'wrongType', expected: 'object' } }],
    ['a cast text over 2,000 characters', { ...board(), cast: { ...board().cast, characters: 'x'.repeat(2001) } }, { field: 'storyboard.cast.characters', problem: { code: 'tooLong', max: 2000 } }],
    ['a cast that is not an object', { ...board(), cast: ['Mona'] }, { field: 'storyboard.cast', problem: { code: 'wrongType', expected: 'object' } }],
    ['a shot with no Shot', shotsWith(0, { shot: undefined }), { field: 'storyboard.shots[1].shot', problem: { code: 'missing' } }],
    ['a shot whose subject is 50 MB', shotsWith(0, { shot: { ...emptyShot(), subject: 'x'.repeat(50 * 1024 * 1024) } }), { field: 'storyboard.shots[1].shot.subject', problem: { code: 'tooLong', max: 20_000 } }],
  ];
  for (const [what, storyboard, expected] of refusals) {
    it(`refuses ${what}, naming the prompt and the field`, () => {
      expect(problemsOf(withBoard(storyboard))[0]).toMatchObject({ item: 'prompt', index: 1, ...expected });
    });
  }

  it('refuses a hostile storyboard on a version and a hostile shot on a run the same way', () => {
    const p = prompt('p1');
    expect(problemsOf({ prompts: [p], versions: [{ ...versionOf(p), storyboard: shotsWith(0, { seconds: -1 }) }] })[0]).toMatchObject({ item: 'version', field: 'storyboard.shots[1].seconds' });
    expect(problemsOf({ prompts: [p], runs: [{ ...run('r1', 'p1'), shot: { ...emptyShot(), movement: 'dolly' } }] })[0]).toMatchObject({ item: 'run', field: 'shot.movement', problem: { code: 'wrongType', expected: 'list' } });
  });

  it('says what is wrong in a sentence, in English and in Arabic', async () => {
    const [transition] = problemsOf(withBoard(shotsWith(1, { transition: 'wipe' })));
    const [seconds] = problemsOf(withBoard(shotsWith(2, { seconds: 600 })));
    expect(problemSentence(transition!)).toBe('prompt #1: storyboard.shots[2].transition should be a transition: cut, matchCut or dissolve');
    expect(problemSentence(seconds!)).toBe('prompt #1: storyboard.shots[3].seconds must be between 1 and 60');
    await i18n.use('ar');
    expect(problemSentence(transition!)).toContain('cut (قطع) أو matchCut (قطع مطابق) أو dissolve (مزج)');
    expect(problemSentence(seconds!)).toContain('storyboard.shots[3].seconds');
  });
});
