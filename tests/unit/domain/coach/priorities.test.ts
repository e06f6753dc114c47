import { describe, expect, it } from 'vitest';
import { diagnose, mattersMost, rankGroups } from '../../../../src/domain/coach/index';
import { emptyShot } from '../../../../src/domain/shot';

const groups = (text: string) => rankGroups(diagnose({ text })).map((p) => p.group);
const marked = (text: string) => mattersMost(diagnose({ text }), !text.trim()).map((p) => p.group);

describe('which composer groups matter most for a prompt', () => {
  it('an empty prompt lacks everything: framing and light first, then movement (coach weights, PROMPTING.md order on ties)', () => {
    expect(rankGroups([], true).map((p) => p.group)).toEqual(['shotSize', 'lighting', 'movement', 'beats', 'palette']);
    expect(marked('')).toEqual(['shotSize', 'lighting', 'movement']);
  });

  it('naming a camera move takes movement off the list and the next group moves up', () => {
    expect(marked('A lighthouse keeper climbs the stairs.')).toEqual(['shotSize', 'lighting', 'movement']);
    expect(marked('A lighthouse keeper climbs the stairs, slow dolly-in.')).toEqual(['shotSize', 'lighting']);
    expect(marked('A lighthouse keeper, slow dolly-in.')).toEqual(['shotSize', 'lighting', 'beats']);
  });

  it('a prompt that names everything has nothing marked', () => {
    const text = 'Wide shot, slow dolly-in, soft golden light, a palette of amber, teal and cream; a fishing boat leaves the harbour.';
    expect(groups(text)).toEqual([]);
    expect(marked(text)).toEqual([]);
  });

  it('a missing palette is ranked but never marked: it is a note, not a warning', () => {
    const text = 'Wide shot, slow dolly-in, soft window light; a fisherman mends a net.';
    expect(groups(text)).toEqual(['palette']);
    expect(marked(text)).toEqual([]);
  });

  it('too many moves points at the movement group', () => {
    const shot = { ...emptyShot(), movement: ['dolly-in', 'orbit', 'crane'] };
    const text = 'Wide shot, soft golden light, amber and teal palette; a boat leaves the harbour. Camera movement: slow dolly-in, slow arc around the subject, crane shot rising over the scene.';
    const ranked = rankGroups(diagnose({ text, shot, seconds: 4 }));
    expect(ranked.find((p) => p.group === 'movement')?.rule).toBe('many-moves');
  });

  it('each group appears once, for its strongest finding', () => {
    const ranked = rankGroups([
      { from: 0, to: 0, severity: 'warning', rule: 'no-action' },
      { from: 0, to: 0, severity: 'warning', rule: 'vague-action' },
      { from: 0, to: 0, severity: 'warning', rule: 'vague-word' },
    ]);
    expect(ranked).toEqual([{ group: 'beats', rule: 'no-action', severity: 'warning' }]);
  });

  it('an error outranks every warning', () => {
    const ranked = rankGroups([
      { from: 0, to: 0, severity: 'warning', rule: 'no-framing' },
      { from: 0, to: 0, severity: 'error', rule: 'long-dialogue' },
    ]);
    expect(ranked.map((p) => p.group)).toEqual(['dialogue', 'shotSize']);
  });
});
