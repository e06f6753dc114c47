import { describe, expect, it } from 'vitest';
import { emptyShot, type Shot } from '../../../../src/domain/shot';
import { cameraAt, planScene, readPrompt, subjectAt } from '../../../../src/domain/previz/index';

function shot(patch: Partial<Shot>): Shot {
  return { ...emptyShot(), subject: 'a woman', ...patch };
}

/** Horizontal distance from the camera to the subject's feet. */
function distance(text: string, from: Shot | undefined, t: number): number {
  const plan = planScene(readPrompt(text, from), 4, 1);
  const cam = cameraAt(plan, t).position;
  return Math.hypot(cam.x - subjectAt(plan, t).x, cam.z);
}

describe('readPrompt: the Shot when the prompt was composed, the text otherwise', () => {
  // A composed prompt whose move is not written in words the text reader knows (hand-edited away, or phrased freely).
  const text = 'A woman waits on an empty street.';

  it('a Shot whose movement is not in the text still drives the camera path', () => {
    const composed = shot({ movement: ['dolly-in'], shotSize: ['medium-wide'] });
    expect(readPrompt(text, composed).terms.movement).toEqual(['dolly-in']);
    expect(distance(text, composed, 4)).toBeLessThan(distance(text, composed, 0) * 0.6);
    // Without the Shot the same text gives a still camera.
    expect(readPrompt(text).terms.movement).toEqual([]);
    expect(distance(text, undefined, 4)).toBeCloseTo(distance(text, undefined, 0), 6);
  });

  it('keeps terms written into the text by hand after composing, beside the Shot’s, each once', () => {
    const composed = shot({ movement: ['dolly-in'], angle: ['low'], palette: ['teal'] });
    const read = readPrompt(`${text}\nCamera: low angle, golden hour\nCamera movement: slow dolly-in`, composed);
    expect(read.terms.movement).toEqual(['dolly-in']);
    expect(read.terms.angle).toEqual(['low']);
    expect(read.terms.lighting).toEqual(['golden-hour']); // written by hand only
    expect(read.palette).toEqual(['teal']);
  });

  it('with no Shot reads the text alone', () => {
    expect(readPrompt('Camera movement: slow dolly-in\nPalette: rust, teal').terms.movement).toEqual(['dolly-in']);
    expect(readPrompt('Camera movement: slow dolly-in\nPalette: rust, teal').palette).toEqual(['rust', 'teal']);
  });
});
