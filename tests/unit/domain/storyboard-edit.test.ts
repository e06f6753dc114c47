import { describe, expect, it } from 'vitest';
import { newStoryboard, storyboardLimits } from '../../../src/domain/storyboard';
import { withCast, withShot, withShotAdded, withShotMoved, withShotRemoved, withShotSeconds, withShotTransition } from '../../../src/domain/storyboard-edit';
import { emptyShot } from '../../../src/domain/shot';

const subjects = (b: ReturnType<typeof newStoryboard>) => b.shots.map((s) => s.shot.subject);

function named() {
  let b = newStoryboard(3);
  ['one', 'two', 'three'].forEach((subject, i) => (b = withShot(b, i, { ...emptyShot(), subject })));
  return b;
}

describe('editing a storyboard', () => {
  it('adds a shot at the end, as long as the last one, without changing the storyboard given', () => {
    const before = withShotSeconds(named(), 2, 6);
    const after = withShotAdded(before);
    expect(before.shots).toHaveLength(3);
    expect(after.shots).toHaveLength(4);
    expect(after.shots[3]).toMatchObject({ seconds: 6, transition: 'cut' });
  });

  it('stops adding at the most shots a storyboard holds, and never removes the last one', () => {
    let b = newStoryboard(1);
    for (let i = 0; i < 20; i++) b = withShotAdded(b);
    expect(b.shots).toHaveLength(storyboardLimits.maxShots);
    let one = newStoryboard(1);
    one = withShotRemoved(one, 0);
    expect(one.shots).toHaveLength(1);
  });

  it('removes the shot asked for and keeps the others in order', () => {
    expect(subjects(withShotRemoved(named(), 1))).toEqual(['one', 'three']);
    expect(withShotRemoved(named(), 7).shots).toHaveLength(3);
  });

  it('moves a shot up or down one place; a move past either end changes nothing', () => {
    const b = named();
    expect(subjects(withShotMoved(b, 2, -1))).toEqual(['one', 'three', 'two']);
    expect(subjects(withShotMoved(b, 0, 1))).toEqual(['two', 'one', 'three']);
    expect(withShotMoved(b, 0, -1)).toBe(b);
    expect(withShotMoved(b, 2, 1)).toBe(b);
  });

  it('keeps a shot length within the limits, to a tenth of a second', () => {
    const b = named();
    expect(withShotSeconds(b, 0, 0).shots[0]!.seconds).toBe(storyboardLimits.minSeconds);
    expect(withShotSeconds(b, 0, 999).shots[0]!.seconds).toBe(storyboardLimits.maxSeconds);
    expect(withShotSeconds(b, 0, 2.345).shots[0]!.seconds).toBe(2.3);
    expect(withShotSeconds(b, 0, Number.NaN)).toBe(b);
  });

  it('sets the cast sheet field by field and a shot’s transition', () => {
    const b = withShotTransition(withCast(named(), 'characters', 'Mona, grey hair'), 1, 'dissolve');
    expect(b.cast.characters).toBe('Mona, grey hair');
    expect(b.shots[1]!.transition).toBe('dissolve');
    expect(withCast(b, 'style', 'x'.repeat(5000)).cast.style).toHaveLength(storyboardLimits.castLength);
  });
});
