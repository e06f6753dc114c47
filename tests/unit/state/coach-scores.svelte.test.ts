import { describe, expect, it } from 'vitest';
import { CoachScores } from '../../../src/state/coach-scores.svelte';
import { defaultParams } from '../../../src/domain/params';

const prompt = (text: string) => ({ text, params: defaultParams() });

function setup(summarize?: ConstructorParameters<typeof CoachScores>[0]['summarize']) {
  const jobs: (() => void)[] = [];
  let clock = 0;
  const scores = new CoachScores({ schedule: (run) => jobs.push(run), now: () => (clock += 1), ...(summarize ? { summarize } : {}) });
  const drain = () => {
    while (jobs.length) jobs.shift()!();
  };
  return { scores, jobs, drain };
}

describe('coach scores in the Library', () => {
  it('reads a prompt once per text, however many records carry it', () => {
    let calls = 0;
    const { scores } = setup(() => (calls++, { score: 40, failed: ['lighting'] }));
    scores.summaryOf(prompt('a fox'));
    scores.summaryOf(prompt('a fox'));
    scores.summaryOf(prompt('a fox, golden hour'));
    expect(calls).toBe(2);
  });

  it('keeps every prompt when no filter is chosen, without reading any', () => {
    let calls = 0;
    const { scores, jobs } = setup(() => (calls++, { score: 40, failed: [] }));
    const all = [prompt('a'), prompt('b')];
    expect(scores.keep(all)).toEqual(all);
    expect(calls).toBe(0);
    expect(jobs).toHaveLength(0);
  });

  it('"missing lighting" reads the prompts in background batches and keeps those without lighting', () => {
    const { scores, jobs, drain } = setup();
    const prompts = Array.from({ length: 60 }, (_, i) =>
      prompt(i % 3 === 0 ? `Close-up of fox ${i} trotting, static camera.` : `Close-up of fox ${i} trotting, static camera, soft window light.`),
    );
    scores.setFilter('lighting');
    expect(scores.keep(prompts)).toEqual([]);
    expect(jobs).toHaveLength(1);
    jobs.shift()!();
    // A batch stops after its time slice (12 ticks of this clock) and says how many are left.
    expect(scores.checking).toBeGreaterThan(0);
    drain();
    expect(scores.checking).toBe(0);
    const kept = scores.keep(prompts);
    expect(kept).toHaveLength(20);
    expect(kept.every((p) => !p.text.includes('light'))).toBe(true);
  });

  it('"score below 50" keeps the weak prompts', () => {
    const { scores, drain } = setup();
    const weak = prompt('a beautiful cinematic video of a city');
    const strong = prompt('Wide establishing shot of a harbour at blue hour, slow push-in; fishermen haul nets under sodium lamps. Palette: teal, amber.');
    scores.setFilter('below50');
    scores.keep([weak, strong]);
    drain();
    expect(scores.keep([weak, strong])).toEqual([weak]);
  });
});
