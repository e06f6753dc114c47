import { describe, expect, it } from 'vitest';
import { diagnose, rules, type CoachInput, type RuleId } from '../../../../src/domain/coach/index';
import { emptyShot } from '../../../../src/domain/shot';

type Example = string | CoachInput;
const input = (e: Example): CoachInput => (typeof e === 'string' ? { text: e } : e);

/** For every rule: prompts that trigger it and prompts that must not (English and Arabic). */
const examples: Record<RuleId, { fires: Example[]; quiet: Example[] }> = {
  'no-framing': {
    fires: ['A fox trots across a snowy field at dawn.', 'ثعلب يركض في حقل مثلج عند الفجر.'],
    quiet: ['Medium close-up of a fox trotting across a snowy field.', 'We see the fox from far away as it crosses the field.', 'لقطة واسعة لثعلب يركض في حقل مثلج.'],
  },
  'no-movement': {
    fires: ['Close-up of a fox in the snow, soft light.', 'لقطة قريبة لثعلب في الثلج.'],
    quiet: ['Close-up of a fox, static camera.', 'The camera creeps closer to the fox.', 'We glide toward the fox.', 'الكاميرا تقترب ببطء من الثعلب.'],
  },
  'no-lighting': {
    fires: ['Close-up of a fox in the snow, static camera.', 'لقطة قريبة لثعلب في الثلج.'],
    quiet: ['Close-up of a fox bathed in warm afternoon sun.', 'A fox under flickering streetlights.', 'لقطة قريبة لثعلب تحت ضوء القمر.'],
  },
  'no-action': {
    fires: ['A city skyline.', 'مدينة كبيرة.'],
    quiet: ['A fox trots across the snow.', 'A woman is reading by the window.', 'امرأة تقرأ بجانب النافذة.'],
  },
  'vague-action': {
    fires: ['Wide shot: a man moves in the street.', 'The robot does something strange.', 'رجل يتحرك في الشارع.'],
    quiet: ['A man moves a chess piece forward.', 'The camera moves toward the door.', 'A man takes three steps and stops.', 'الكاميرا تتحرك إلى اليسار.'],
  },
  'no-palette': {
    fires: ['Close-up of a fox, static camera, soft light.'],
    quiet: ['Close-up of a fox, static camera, palette of amber and cream.', 'A melancholic close-up of a fox.', 'لقطة قريبة لثعلب بألوان دافئة.'],
  },
  'vague-word': {
    fires: ['A beautiful street at night.', 'An amazing castle.', 'A cinematic shot of a car.', 'شارع جميل في الليل.', 'مدينة ورائعة.'],
    quiet: ['Wet asphalt, zebra crossing, neon reflections in puddles.', 'Cinematic wide shot, anamorphic lens, of a car.', 'شارع مبلل بالمطر في الليل.'],
  },
  'negative-phrasing': {
    fires: [
      { text: 'A quiet beach, no people, no text.', negativeField: true },
      { text: 'شاطئ هادئ بدون ناس.', negativeField: true },
    ],
    quiet: [
      { text: 'A quiet beach, no people.', negativeField: false },
      { text: 'A quiet beach, no camera movement, no music.', negativeField: true },
    ],
  },
  'term-conflict': {
    fires: ['Static locked-off camera with a slow dolly-in on her face.', { text: 'A face.', shot: { ...emptyShot(), lighting: ['high-key', 'low-key'] } }],
    quiet: ['Static locked-off camera on her face.', { text: 'A face.', shot: { ...emptyShot(), lighting: ['rembrandt'] } }],
  },
  'day-night': {
    fires: ['A market at noon, under a starry sky at night.', 'سوق في الظهيرة تحت سماء الليل.'],
    quiet: ['A market at noon.', 'Time-lapse of a market from day to night, noon to midnight.', 'سوق في الليل.'],
  },
  'character-drift': {
    fires: ['A woman in a red coat crosses the square. Later, the woman in a blue coat waves.', 'امرأة بمعطف أحمر تعبر الساحة ثم المرأة بمعطف أزرق تلوّح.'],
    quiet: ['A woman in a red coat crosses the square. Later, the woman in the red coat waves.', 'A girl with long hair, her blonde hair in the wind.'],
  },
  'many-moves': {
    fires: ['The camera pans left and then zooms in on the door.', { text: 'We orbit the statue while the camera cranes up.', seconds: 4 }, 'الكاميرا تقترب ثم تدور حول التمثال.'],
    quiet: ['The camera pans left across the door.', { text: 'The camera pans left and then zooms in on the door.', seconds: 20 }, 'Shot 1: the camera pans left.\n\nShot 2: a slow zoom in on the door.'],
  },
  'many-beats': {
    fires: [
      { text: 'He opens the door, then steps in, then sits, then reads, then sleeps.', seconds: 4 },
      { text: 'A dancer.', seconds: 4, shot: { ...emptyShot(), beats: [{ from: 0, to: 1, action: 'a' }, { from: 1, to: 2, action: 'b' }, { from: 2, to: 3, action: 'c' }] } },
      { text: 'يفتح الباب ثم يدخل ثم يجلس ثم يقرأ ثم ينام.', seconds: 4 },
    ],
    quiet: [{ text: 'He opens the door, then steps in.', seconds: 4 }, { text: 'He opens the door, then steps in, then sits, then reads.', seconds: 8 }],
  },
  'long-dialogue': {
    fires: [{ text: 'She says: "I have waited for you for so many years in this empty house by the sea, and now you finally come back to me."', seconds: 4 }],
    quiet: [{ text: 'She says: "You came back."', seconds: 4 }, { text: 'Dialogue:\nAnna: You came back.\nLeo: I did.', seconds: 8 }],
  },
  'duration-in-prose': {
    fires: ['An 8-second video of a fox.', 'A fox in the snow, 10 seconds long.', 'Make it 12 seconds.', 'ثعلب في الثلج، مدته ٨ ثوانٍ.', 'A fox in the snow, static camera, 8 seconds, 16:9', 'ثعلب في الثلج، ٦ ثوان'],
    quiet: ['A fox pauses for two seconds.', '0-2s: the fox stops. 2-4s: it turns.', 'ثعلب يتوقف لحظة.', 'A fox waits, 3 seconds later it jumps.', 'The fox holds still for 8 seconds, then runs.'],
  },
  'size-in-prose': {
    fires: ['A fox in 4K, 16:9.', 'A fox, 1920x1080.'],
    quiet: ['A fox on a 4-lane road.', 'A fox at 9 o\u2019clock.'],
  },
  'model-in-prose': {
    fires: ['A fox, made with Veo 3.', 'Sora style fox.'],
    quiet: ['A fox in a veil of mist.', 'A soaring fox.'],
  },
  'too-long': {
    fires: [{ text: 'a'.repeat(50), maxPromptLength: 40 }],
    quiet: [{ text: 'a'.repeat(40), maxPromptLength: 40 }, { text: 'a'.repeat(50) }],
  },
};

describe('every coach rule fires on its examples and stays quiet on the others', () => {
  it('the table covers every rule, with at least one example each way', () => {
    expect(Object.keys(examples).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const r of rules) {
      expect(examples[r.id].fires.length, r.id).toBeGreaterThan(0);
      expect(examples[r.id].quiet.length, r.id).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    for (const example of examples[rule.id].fires)
      it(`${rule.id} fires on: ${input(example).text.slice(0, 70)}`, () => {
        expect(diagnose(input(example)).map((d) => d.rule)).toContain(rule.id);
      });
    for (const example of examples[rule.id].quiet)
      it(`${rule.id} stays quiet on: ${input(example).text.slice(0, 70)}`, () => {
        expect(diagnose(input(example)).map((d) => d.rule)).not.toContain(rule.id);
      });
  }

  it('has at least 15 rules, each with a distinct id', () => {
    expect(rules.length).toBeGreaterThanOrEqual(15);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('an empty prompt has no findings', () => {
    expect(diagnose({ text: '   ' })).toEqual([]);
  });

  it('every finding lies inside the text', () => {
    const text = 'A beautiful 8-second video, no people, the camera pans then zooms, at noon and at night.';
    for (const d of diagnose({ text, negativeField: true, maxPromptLength: 30 })) {
      expect(d.from).toBeGreaterThanOrEqual(0);
      expect(d.to).toBeLessThanOrEqual(text.length);
      expect(d.from).toBeLessThanOrEqual(d.to);
    }
  });
});

describe('one reading serves every reader of the same prompt', () => {
  it('the same text with another duration, Shot or model limit is read again, not served from the last reading', () => {
    const text = 'The camera pans left and then zooms in on the door.';
    const rulesOf = (i: CoachInput) => diagnose(i).map((f) => f.rule);
    for (let round = 0; round < 2; round++) {
      expect(rulesOf({ text, seconds: 4 })).toContain('many-moves');
      expect(rulesOf({ text, seconds: 20 })).not.toContain('many-moves');
    }
    const beats = { ...emptyShot(), beats: [{ from: 0, to: 1, action: 'a' }, { from: 1, to: 2, action: 'b' }, { from: 2, to: 3, action: 'c' }] };
    expect(rulesOf({ text: 'A dancer.', seconds: 4, shot: beats })).toContain('many-beats');
    expect(rulesOf({ text: 'A dancer.', seconds: 4, shot: emptyShot() })).not.toContain('many-beats');
    expect(rulesOf({ text: 'A dancer.', seconds: 4, maxPromptLength: 5 })).toContain('too-long');
    expect(rulesOf({ text: 'A dancer.', seconds: 4 })).not.toContain('too-long');
  });

  it('a repeated reading is the same answer', () => {
    const input = { text: 'A fox trots across a snowy field at dawn.', seconds: 8 };
    expect(diagnose({ ...input })).toEqual(diagnose({ ...input }));
  });
});
