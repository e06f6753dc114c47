import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { diagnose } from '../../../../src/domain/coach/index';

interface Labelled {
  text: string;
  framing: boolean;
  movement: boolean;
  lighting: boolean;
}

const set = (JSON.parse(readFileSync('tests/fixtures/coach/labelled-prompts.json', 'utf8')) as { prompts: Labelled[] }).prompts;
const ruleFor = { framing: 'no-framing', movement: 'no-movement', lighting: 'no-lighting' } as const;
const arabic = (s: string) => /\p{Script=Arabic}/u.test(s);

describe('the coach on a labelled set of prompts it was not written from', () => {
  it('holds at least 40 prompts, a quarter of them Arabic', () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    expect(set.filter((p) => arabic(p.text)).length).toBeGreaterThanOrEqual(set.length / 4);
  });

  for (const element of ['framing', 'movement', 'lighting'] as const) {
    it(`finds a missing ${element} at least 9 times in 10, with false alarms on at most 1 in 10 that have it`, () => {
      let missing = 0;
      let found = 0;
      let present = 0;
      let falseAlarms = 0;
      const misses: string[] = [];
      for (const prompt of set) {
        const fired = diagnose({ text: prompt.text }).some((d) => d.rule === ruleFor[element]);
        if (prompt[element]) {
          present++;
          if (fired) {
            falseAlarms++;
            misses.push(`false alarm: ${prompt.text}`);
          }
        } else {
          missing++;
          if (fired) found++;
          else misses.push(`missed: ${prompt.text}`);
        }
      }
      const recall = found / missing;
      const falseAlarmRate = falseAlarms / present;
      console.log(`${element}: recall ${recall.toFixed(2)} (${found}/${missing}), false alarms ${falseAlarmRate.toFixed(2)} (${falseAlarms}/${present})${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
      expect(recall).toBeGreaterThanOrEqual(0.9);
      expect(falseAlarmRate).toBeLessThanOrEqual(0.1);
    });
  }
});
