import { describe, expect, it } from 'vitest';
import { countVariants, expandTemplate, fillTemplate, parseTemplate, variantCap } from '../../../src/domain/template';
import { starterTemplates } from '../../../src/domain/starter-templates';

describe('parseTemplate', () => {
  it('finds slots in order, once each, with their vocabulary', () => {
    const parsed = parseTemplate('{{subject}} under {{lighting}}, {{camera.movement}}, {{subject}} again');
    expect(parsed.slots).toEqual([{ name: 'subject' }, { name: 'lighting', category: 'lighting' }, { name: 'camera.movement', category: 'movement' }]);
    expect(parsed.problems).toEqual([]);
  });

  it('escaped braces are literal text, not slots', () => {
    const parsed = parseTemplate('A sign reading \\{{open\\}} and {{x}}');
    expect(parsed.slots.map((s) => s.name)).toEqual(['x']);
    expect(fillTemplate(parsed, { x: 'rain' })).toBe('A sign reading {{open}} and rain');
  });

  it('nested braces are reported and the inner slot still counts', () => {
    const parsed = parseTemplate('{{a{{b}}}}');
    expect(parsed.problems).toEqual([{ kind: 'nested', at: 0 }]);
    expect(parsed.slots.map((s) => s.name)).toEqual(['b']);
  });

  it('an unknown camera slot, an empty slot, a bad name and an unclosed slot are reported', () => {
    expect(parseTemplate('{{camera.zoom}}').problems).toEqual([{ kind: 'unknownSlot', at: 0, name: 'camera.zoom' }]);
    expect(parseTemplate('x {{ }}').problems).toEqual([{ kind: 'empty', at: 2 }]);
    expect(parseTemplate('{{two words}}').problems[0]!.kind).toBe('invalidName');
    expect(parseTemplate('ok {{subject').problems).toEqual([{ kind: 'unclosed', at: 3 }]);
  });
});

describe('expandTemplate', () => {
  const parsed = parseTemplate('{{subject}}. Lighting: {{lighting}}. Camera movement: {{camera.movement}}');

  it('3 lightings × 2 moves make 6 variants, each with its slot values', () => {
    const values = { subject: ['A fox'], lighting: ['golden-hour sunlight', 'cool blue moonlight', 'flickering candlelight'], 'camera.movement': ['slow dolly-in', 'slow tilt up'] };
    expect(countVariants(parsed.slots, values)).toBe(6);
    const variants = expandTemplate(parsed, values);
    expect(variants).toHaveLength(6);
    expect(new Set(variants.map((v) => v.text)).size).toBe(6);
    expect(variants[0]).toEqual({
      text: 'A fox. Lighting: golden-hour sunlight. Camera movement: slow dolly-in',
      slotValues: { subject: 'A fox', lighting: 'golden-hour sunlight', 'camera.movement': 'slow dolly-in' },
    });
  });

  it('a slot with no values makes no variants', () => {
    expect(countVariants(parsed.slots, { subject: ['A fox'], lighting: ['x'] })).toBe(0);
  });

  it(`more than ${variantCap} variants is refused`, () => {
    const many = Array.from({ length: 9 }, (_, i) => `v${i}`);
    const values = { subject: many, lighting: many, 'camera.movement': ['a'] };
    expect(countVariants(parsed.slots, values)).toBe(81);
    expect(() => expandTemplate(parsed, values)).toThrow(RangeError);
  });
});

describe('starter templates', () => {
  it('there are at least 12, each with a name and "when to use" in English and Arabic', () => {
    expect(starterTemplates.length).toBeGreaterThanOrEqual(12);
    for (const t of starterTemplates) {
      expect(t.name.en && t.whenToUse.en).toBeTruthy();
      expect(t.name.ar).toMatch(/[\u0600-\u06FF]/);
      expect(t.whenToUse.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('every starter template parses without problems and has slots', () => {
    for (const t of starterTemplates) {
      const parsed = parseTemplate(t.text);
      expect(parsed.problems, t.id).toEqual([]);
      expect(parsed.slots.length, t.id).toBeGreaterThan(0);
    }
  });
});
