import { describe, expect, it } from 'vitest';
import { newStoryboard, sequenceText, shotText, shotTexts, shotTimes, totalSeconds, type Storyboard } from '../../../src/domain/storyboard';
import { emptyShot } from '../../../src/domain/shot';

function board(): Storyboard {
  const b = newStoryboard(3);
  b.cast = { characters: 'Mona, a tall woman in her sixties with short grey hair', wardrobe: 'a red wool coat', setting: 'a tram stop in Alexandria at dusk', style: '16 mm film, soft grain' };
  b.shots[0] = { shot: { ...emptyShot(), subject: 'Mona waits at the tram stop', shotSize: ['wide'] }, seconds: 4, transition: 'cut' };
  b.shots[1] = { shot: { ...emptyShot(), subject: 'Mona looks up the street', shotSize: ['close-up'] }, seconds: 3, transition: 'matchCut' };
  b.shots[2] = { shot: { ...emptyShot(), subject: 'the tram arrives', style: [], styleNotes: 'slow motion' }, seconds: 5, transition: 'dissolve' };
  return b;
}

describe('a storyboard as per-shot texts', () => {
  it('puts the whole cast sheet, word for word, into every shot’s text', () => {
    const texts = shotTexts(board());
    expect(texts).toHaveLength(3);
    for (const text of texts) {
      expect(text).toContain('Characters: Mona, a tall woman in her sixties with short grey hair.');
      expect(text).toContain('Wardrobe: a red wool coat.');
      expect(text).toContain('Setting: a tram stop in Alexandria at dusk.');
      expect(text.startsWith('Style: 16 mm film, soft grain')).toBe(true);
    }
  });

  it('keeps each shot’s own action and adds its own style after the shared one', () => {
    const texts = shotTexts(board());
    expect(texts[0]).toContain('Mona waits at the tram stop.');
    expect(texts[1]).toContain('Mona looks up the street.');
    expect(texts[1]).not.toContain('waits at the tram stop');
    expect(texts[2]).toMatch(/^Style: 16 mm film, soft grain; slow motion/);
  });

  it('leaves out empty cast fields and throws for a shot it does not have', () => {
    const b = newStoryboard(1);
    b.shots[0]!.shot.subject = 'a kite';
    expect(shotText(b, 0)).toBe('A kite.');
    expect(() => shotText(b, 1)).toThrow(RangeError);
  });

  it('times the shots back to back', () => {
    expect(shotTimes(board())).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 7 },
      { from: 7, to: 12 },
    ]);
    expect(totalSeconds(board())).toBe(12);
  });

  it('writes the sequence as one multi-shot prompt: cast once, one block per shot with its transition', () => {
    const text = sequenceText(board());
    expect(text.match(/Characters:/g)).toHaveLength(1);
    expect(text).toContain('Shot 1 (0-4 s):\n');
    expect(text).toContain('Match cut to shot 2 (4-7 s):\n');
    expect(text).toContain('Dissolve to shot 3 (7-12 s):\n');
  });
});
