import { describe, expect, it } from 'vitest';
import { emptyShot, type Shot } from '../../../../src/domain/shot';
import { cameraAt, keyAt, planScene, readShot, readText, subjectAt, captionList, type ScenePlan } from '../../../../src/domain/previz/index';
import { eyeHeight, subjectHeight } from '../../../../src/domain/previz/framing';
import { toCamera, focalPixels, vec } from '../../../../src/domain/previz/projection';
import { sceneTime } from '../../../../src/domain/previz/pacing';

const words = { rain: 'rain', snow: 'snow', dialogue: 'dialogue', sound: 'sound' } as const;

function shot(patch: Partial<Shot>): Shot {
  return { ...emptyShot(), subject: 'a cyclist', ...patch };
}

function plan(patch: Partial<Shot>, seconds = 4, seed = 1): ScenePlan {
  return planScene(readShot(shot(patch)), seconds, seed);
}

const times = (seconds: number, steps = 48) => Array.from({ length: steps + 1 }, (_, i) => (seconds * i) / steps);

/** Horizontal distance from the camera to the subject's feet. */
function distanceToSubject(p: ScenePlan, t: number): number {
  const cam = cameraAt(p, t).position;
  return Math.hypot(cam.x - subjectAt(p, t).x, cam.z);
}

/** How many pixels tall (at 720 lines) the stand-in (or the part of it between two heights) looks at time t. */
function subjectPixels(p: ScenePlan, t: number, from = 0, to = subjectHeight): number {
  const pose = cameraAt(p, t);
  const f = focalPixels(pose, 720);
  const top = toCamera(pose, vec(0, to, 0));
  const bottom = toCamera(pose, vec(0, from, 0));
  return Math.abs((f * top.y) / top.z - (f * bottom.y) / bottom.z);
}

describe('previz camera path', () => {
  it('a dolly-in moves the camera toward the subject at every step, and ends much closer', () => {
    const p = plan({ movement: ['dolly-in'] });
    const d = times(4).map((t) => distanceToSubject(p, t));
    for (let i = 1; i < d.length; i++) expect(d[i]!).toBeLessThanOrEqual(d[i - 1]! + 1e-9);
    expect(d.at(-1)!).toBeLessThan(d[0]! * 0.6);
  });

  it('a dolly-out moves away, and the subject gets smaller', () => {
    const p = plan({ movement: ['dolly-out'] });
    expect(distanceToSubject(p, 4)).toBeGreaterThan(distanceToSubject(p, 0) * 1.6);
    expect(subjectPixels(p, 4)).toBeLessThan(subjectPixels(p, 0) * 0.7);
  });

  it('an orbit keeps its distance and turns at least 90 degrees around the subject', () => {
    const p = plan({ movement: ['orbit'] });
    const d0 = distanceToSubject(p, 0);
    for (const t of times(4)) expect(distanceToSubject(p, t)).toBeCloseTo(d0, 6);
    const angle = (t: number) => {
      const c = cameraAt(p, t).position;
      return (Math.atan2(c.x, c.z) * 180) / Math.PI;
    };
    expect(Math.abs(angle(4) - angle(0))).toBeGreaterThanOrEqual(90);
  });

  it('a low angle puts the camera below the eye line, looking up; a high angle above, looking down', () => {
    for (const size of ['wide', 'medium', 'close-up']) {
      const low = cameraAt(plan({ angle: ['low'], shotSize: [size] }), 0);
      expect(low.position.y).toBeLessThan(eyeHeight);
      expect(low.pitch).toBeGreaterThan(0);
      const high = cameraAt(plan({ angle: ['high'], shotSize: [size] }), 0);
      expect(high.position.y).toBeGreaterThan(eyeHeight);
      expect(high.pitch).toBeLessThan(0);
    }
  });

  it('a dolly zoom keeps the subject the same size while the field of view changes', () => {
    const p = plan({ movement: ['dolly-zoom'], angle: ['eye-level'], shotSize: ['medium'] });
    // What a medium shot frames: the stand-in from the waist up.
    const size0 = subjectPixels(p, 0, 0.9, subjectHeight);
    expect(cameraAt(p, 4).fov).toBeLessThan(cameraAt(p, 0).fov * 0.6);
    for (const t of times(4, 12)) expect(subjectPixels(p, t, 0.9, subjectHeight) / size0).toBeCloseTo(1, 1);
  });

  it('a close-up is closer than a medium shot, which is closer than a wide shot', () => {
    const d = (size: string) => distanceToSubject(plan({ shotSize: [size] }), 0);
    expect(d('close-up')).toBeLessThan(d('medium'));
    expect(d('medium')).toBeLessThan(d('wide'));
    expect(d('wide')).toBeLessThan(d('extreme-wide'));
  });

  it('a longer lens narrows the field of view; a shallow depth of field blurs more than deep focus', () => {
    expect(cameraAt(plan({ lens: ['portrait-85'] }), 0).fov).toBeLessThan(cameraAt(plan({ lens: ['wide-24'] }), 0).fov);
    expect(cameraAt(plan({ lens: ['shallow-dof'] }), 0).aperture).toBeGreaterThan(cameraAt(plan({ lens: ['deep-focus'] }), 0).aperture);
  });

  it('a pan turns the camera on the spot; a pedestal raises it without tilting', () => {
    const pan = plan({ movement: ['pan'] });
    expect(cameraAt(pan, 4).position).toEqual(cameraAt(pan, 0).position);
    expect(cameraAt(pan, 4).yaw - cameraAt(pan, 0).yaw).toBeGreaterThan(40);
    const ped = plan({ movement: ['pedestal'] });
    expect(cameraAt(ped, 4).position.y).toBeGreaterThan(cameraAt(ped, 0).position.y + 0.5);
    expect(cameraAt(ped, 4).pitch).toBeCloseTo(cameraAt(ped, 0).pitch, 6);
  });

  it('a whip pan happens in a blink, a crash zoom punches in, a rack focus moves the focus', () => {
    const whip = plan({ movement: ['whip-pan'] });
    expect(cameraAt(whip, 1.5).yaw).toBeCloseTo(cameraAt(whip, 0).yaw, 3);
    expect(Math.abs(cameraAt(whip, 2.6).yaw - cameraAt(whip, 0).yaw)).toBeGreaterThan(80);
    const crash = plan({ movement: ['crash-zoom'] });
    expect(cameraAt(crash, 4).fov).toBeLessThan(cameraAt(crash, 0).fov / 3);
    const rack = plan({ movement: ['rack-focus'] });
    expect(rack.foreground).toBe(true);
    expect(cameraAt(rack, 0).focus).toBeLessThan(cameraAt(rack, 4).focus * 0.7);
  });

  it('every movement term moves the camera, the lens or the subject (except static)', () => {
    const ids = ['push-in', 'dolly-in', 'dolly-out', 'pan', 'tilt', 'truck', 'pedestal', 'crane', 'orbit', 'tracking', 'handheld', 'steadicam', 'drone', 'fpv', 'whip-pan', 'dolly-zoom', 'rack-focus', 'parallax', 'crash-zoom'];
    for (const id of ids) {
      const p = plan({ movement: [id] });
      const a = JSON.stringify([cameraAt(p, 0.2), subjectAt(p, 0.2).x]);
      const b = JSON.stringify([cameraAt(p, 3.8), subjectAt(p, 3.8).x]);
      expect(a, id).not.toBe(b);
    }
    const still = plan({ movement: ['static'] });
    expect(cameraAt(still, 3.8)).toEqual(cameraAt(still, 0.2));
  });

  it('a truck goes the way its words say ("trucking left"): the subject drifts to the right of the frame as the camera slides left', () => {
    const p = plan({ movement: ['truck'] });
    // Where the stand-in's feet sit across the frame (camera space x: positive is frame right).
    const across = (t: number) => toCamera(cameraAt(p, t), vec(subjectAt(p, t).x, 0, 0)).x;
    expect(across(3.8)).toBeGreaterThan(across(0.2));
  });

  it('two takes with different seeds differ (handheld wobble and timing), the same seed repeats exactly', () => {
    const a = plan({ movement: ['handheld', 'dolly-in'] }, 4, 1);
    const b = plan({ movement: ['handheld', 'dolly-in'] }, 4, 2);
    const again = plan({ movement: ['handheld', 'dolly-in'] }, 4, 1);
    expect(cameraAt(a, 1.3)).not.toEqual(cameraAt(b, 1.3));
    expect(a.segments[0]!.from).not.toBe(b.segments[0]!.from);
    expect(cameraAt(a, 1.3)).toEqual(cameraAt(again, 1.3));
  });

  it('three takes of one written prompt (seeds of a batch) give three different clips, frame by frame', () => {
    const request = readText('Handheld medium shot of a street musician, slow push-in, golden hour.');
    const takes = [1_234_567, 987_654_321, 42].map((seed) => planScene(request, 4, seed));
    // A frame stands for where the camera is and where the stand-in looks at that moment.
    const frame = (p: ScenePlan, t: number) => JSON.stringify([cameraAt(p, t), subjectAt(p, t).headTurn]);
    for (const t of [0.5, 1.5, 2.5, 3.5]) {
      const frames = takes.map((p) => frame(p, t));
      expect(new Set(frames).size, `at ${t} s`).toBe(3);
    }
    // The moves start at different moments (timing), and a take re-drawn with its seed is the same clip.
    expect(new Set(takes.map((p) => p.segments.map((s) => s.from.toFixed(4)).join()))).toHaveProperty('size', 3);
    const again = planScene(request, 4, 987_654_321);
    for (const t of [0.5, 2.5]) expect(frame(again, t)).toBe(frame(takes[1]!, t));
  });

  it('takes of a locked-off shot still differ: the stand-in moves its head differently per seed', () => {
    const still = [5, 6].map((seed) => plan({ movement: ['static'] }, 4, seed));
    expect(cameraAt(still[0]!, 2)).toEqual(cameraAt(still[1]!, 2));
    expect(Math.abs(subjectAt(still[0]!, 2).headTurn - subjectAt(still[1]!, 2).headTurn)).toBeGreaterThan(0.1);
  });

  it('a timed beat that names a move changes the move at its time', () => {
    const p = plan({ movement: ['static'], beats: [{ from: 2, to: 4, action: 'the camera does a slow arc around the subject' }] });
    const angle = (t: number) => {
      const c = cameraAt(p, t).position;
      return (Math.atan2(c.x, c.z) * 180) / Math.PI;
    };
    expect(angle(1.8)).toBeCloseTo(angle(0), 6);
    expect(Math.abs(angle(4) - angle(1.8))).toBeGreaterThan(90);
    expect(captionList(p.shown, 'en', words)).toContain('orbit / arc');
  });

  it('a beat without a move makes the subject act during it, not before', () => {
    const p = plan({ beats: [{ from: 2, to: 3, action: 'looks over her shoulder' }] });
    expect(Math.abs(subjectAt(p, 2.5).headTurn)).toBeGreaterThan(Math.abs(subjectAt(p, 1).headTurn) + 15);
  });
});

describe('previz light and pacing', () => {
  it('golden hour gives a warm, low key light', () => {
    const p = plan({ lighting: ['golden-hour'] });
    expect(p.light.kelvin).toBeLessThan(3500);
    expect(p.light.keyColour.r).toBeGreaterThan(p.light.keyColour.b * 1.4);
    expect(keyAt(p, 0).elevation).toBeLessThan(15);
    expect(keyAt(p, 0).elevation).toBeGreaterThan(0);
  });

  it('high-key fills the shadows, low-key leaves them dark; hard noon sun is harder than overcast', () => {
    expect(plan({ lighting: ['high-key'] }).light.fill).toBeGreaterThan(plan({ lighting: ['low-key'] }).light.fill * 5);
    expect(plan({ lighting: ['noon-sun'] }).light.hardness).toBeGreaterThan(plan({ lighting: ['overcast'] }).light.hardness + 0.5);
    expect(plan({ lighting: ['blue-hour'] }).light.kelvin).toBeGreaterThan(8000);
  });

  it('silhouette lights from behind; neon brings magenta and cyan; the palette colours the set', () => {
    expect(Math.abs(plan({ lighting: ['silhouette'] }).light.keyAzimuth)).toBe(180);
    expect(plan({ lighting: ['neon'] }).light.neon).toHaveLength(2);
    const palette = plan({ palette: ['teal', 'sand', 'rust'] }).light.palette;
    expect(palette[0]).toEqual({ r: 0x1f, g: 0x8a, b: 0x8a });
    expect(palette).toHaveLength(3);
  });

  it('in a time-lapse the sun moves across the sky; in real time it stays put; slow motion slows the scene clock', () => {
    const lapse = plan({ pacing: ['time-lapse'] });
    expect(Math.abs(keyAt(lapse, 4).azimuth - keyAt(lapse, 0).azimuth)).toBeGreaterThan(20);
    const real = plan({});
    expect(keyAt(real, 4).azimuth).toBe(keyAt(real, 0).azimuth);
    expect(sceneTime(['slow-motion'], 4, 4)).toBeLessThan(1.5);
    expect(sceneTime(['reverse'], 0, 4)).toBe(4);
  });
});

describe('previz reading a prompt', () => {
  it('reads terms, palette and beats from a composed text, but not what follows "Avoid:"', () => {
    const request = readText(
      'Style: 35 mm film\nA cyclist at dusk.\nCamera: medium shot, low angle\nCamera movement: slow dolly-in\nLighting: golden-hour sunlight\nPalette: amber, cream, walnut brown\nActions:\n- 0-2 s: Pedals.\n- 2-4 s: The camera does a fast whip pan.\nAvoid: handheld shake',
    );
    expect(request.terms.shotSize).toEqual(['medium']);
    expect(request.terms.angle).toEqual(['low']);
    expect(request.terms.movement).toEqual(['dolly-in']);
    expect(request.terms.lighting).toEqual(['golden-hour']);
    expect(request.palette).toEqual(['amber', 'cream', 'walnut brown']);
    expect(request.beats.map((b) => [b.from, b.to, b.movement])).toEqual([[0, 2, []], [2, 4, ['whip-pan']]]);
    expect(request.timeOfDay).toBe('sunset');
  });

  it('reads the Arabic forms of the terms', () => {
    const request = readText('لقطة قريبة، زاوية منخفضة، دولي للداخل، الساعة الذهبية، حركة بطيئة');
    expect(request.terms.shotSize).toEqual(['close-up']);
    expect(request.terms.angle).toEqual(['low']);
    expect(request.terms.movement).toEqual(['dolly-in']);
    expect(request.terms.lighting).toEqual(['golden-hour']);
    expect(request.terms.pacing).toEqual(['slow-motion']);
  });

  it('names what it shows, and apart from it what was asked for but is not previewed', () => {
    const p = planScene(readText('Camera: low angle\nCamera movement: slow dolly-in\nLighting: golden-hour sunlight\nStyle: 1970s film look\nA street in the rain.\nDialogue:\n- Ana: "Wait."'), 4, 1);
    expect(captionList(p.shown, 'en', words)).toBe('low angle · dolly in · golden hour');
    const missing = captionList(p.notPreviewed, 'en', words, ', ');
    expect(missing).toContain('rain');
    expect(missing).toContain('dialogue');
    expect(missing).toContain('1970s');
    expect(captionList(p.shown, 'ar', words)).toBe('زاوية منخفضة · دولي للداخل · الساعة الذهبية');
  });

  it('a Shot and the text composed from it give the same plan terms', () => {
    const s = shot({ shotSize: ['close-up'], angle: ['low'], movement: ['orbit'], lighting: ['neon'], pacing: ['slow-motion'] });
    const fromShot = readShot(s);
    expect(fromShot.terms.movement).toEqual(['orbit']);
    expect(fromShot.terms.lighting).toEqual(['neon']);
  });
});
