import { describe, expect, it } from 'vitest';
import { applyBlocks, composeBlocks, composeShot, locateSpans } from '../../../src/domain/compose';
import { emptyShot, type Shot } from '../../../src/domain/shot';

function shot(patch: Partial<Shot>): Shot {
  return { ...emptyShot(), ...patch };
}

const full = shot({
  style: ['bw-16'],
  styleNotes: 'heavy grain',
  subject: 'a lighthouse keeper',
  appearance: 'yellow raincoat',
  setting: 'rocky island',
  timeOfDay: 'dusk',
  weather: 'storm clouds',
  shotSize: ['wide'],
  angle: ['low'],
  lens: ['prime-35'],
  movement: ['dolly-in'],
  pacing: ['slow-motion'],
  lighting: ['rim-light'],
  lightingNotes: 'lamp beam sweeping',
  palette: ['slate', 'amber', 'cream'],
  mood: 'lonely, resolute',
  beats: [
    { from: 0, to: 2, action: 'he climbs the last steps' },
    { from: 2, to: 4, action: 'he lights the lamp' },
  ],
  dialogue: [{ speaker: 'Keeper', line: 'Not tonight.' }],
  audio: ['rain'],
  sound: 'waves breaking',
  avoid: 'text, logos.',
});

describe('composeShot', () => {
  it('assembles sections in order: style, scene, cinematography, actions, dialogue, sound, avoid', () => {
    expect(composeShot(full).text).toBe(
      [
        'Style: 16 mm black-and-white film; heavy grain',
        '',
        'A lighthouse keeper, yellow raincoat. Rocky island, dusk, storm clouds.',
        '',
        'Camera: wide shot, low angle',
        'Lens: 35 mm spherical prime',
        'Camera movement: slow dolly-in',
        'Pacing: slow motion',
        'Lighting: cool rim light outlining the subject; lamp beam sweeping',
        'Palette: slate, amber, cream',
        'Mood: lonely, resolute',
        '',
        'Actions:',
        '- 0-2 s: He climbs the last steps.',
        '- 2-4 s: He lights the lamp.',
        '',
        'Dialogue:',
        '- Keeper: "Not tonight."',
        '',
        'Background sound: steady rain ambience; waves breaking',
        '',
        'Avoid: text, logos',
      ].join('\n'),
    );
  });

  it('an empty Shot gives an empty text', () => {
    expect(composeShot(emptyShot()).text).toBe('');
  });

  it('a section with nothing chosen leaves no dangling label', () => {
    const text = composeShot(shot({ lighting: ['golden-hour'], beats: [{ from: 0, to: 2, action: '  ' }], palette: [' '] })).text;
    expect(text).toBe('Lighting: golden-hour sunlight');
  });

  it('round trip: each span covers exactly its block, and locating the blocks finds the same spans', () => {
    const { text, spans, blocks } = composeShot(full);
    for (const span of spans) expect(text.slice(span.from, span.to)).toBe(blocks[span.key]);
    expect(locateSpans(text, blocks)).toEqual({ spans, edited: [] });
  });
});

describe('applyBlocks', () => {
  const before = shot({ shotSize: ['wide'], movement: ['dolly-in'], lighting: ['golden-hour'] });
  const { text, blocks } = composeShot(before);

  it('a chip change rewrites only its own block', () => {
    const next = composeBlocks({ ...before, lighting: ['blue-hour'] });
    const out = applyBlocks(text, blocks, next);
    expect(out.text).toBe('Camera: wide shot\nCamera movement: slow dolly-in\nLighting: blue-hour twilight');
    expect(out.held).toEqual([]);
  });

  it('a hand edit elsewhere survives a chip change', () => {
    const edited = text.replace('Camera: wide shot', 'Camera: wide shot of the harbour') + '\n\nThe gulls scatter.';
    const out = applyBlocks(edited, blocks, composeBlocks({ ...before, movement: ['orbit'] }));
    expect(out.text).toBe('Camera: wide shot of the harbour\nCamera movement: slow arc around the subject\nLighting: golden-hour sunlight\n\nThe gulls scatter.');
  });

  it('a block edited by hand is held, not overwritten', () => {
    const edited = text.replace('golden-hour sunlight', 'amber late sun');
    const out = applyBlocks(edited, blocks, composeBlocks({ ...before, lighting: ['neon'] }));
    expect(out.text).toBe(edited);
    expect(out.held).toEqual(['lighting']);
    expect(out.generated.lighting).toBe(blocks.lighting);
  });

  it('"replace my edit" rewrites the edited line', () => {
    const edited = text.replace('golden-hour sunlight', 'amber late sun');
    const out = applyBlocks(edited, blocks, composeBlocks({ ...before, lighting: ['neon'] }), ['lighting']);
    expect(out.text).toBe('Camera: wide shot\nCamera movement: slow dolly-in\nLighting: neon signs casting magenta and cyan light');
    expect(out.held).toEqual([]);
  });

  it('a new block lands in section order, next to its neighbours', () => {
    const out = applyBlocks(text, blocks, composeBlocks({ ...before, lens: ['prime-50'], style: ['anime'], avoid: 'logos' }));
    expect(out.text).toBe(
      'Style: Japanese anime style, cel-shaded\n\nCamera: wide shot\nLens: 50 mm lens\nCamera movement: slow dolly-in\nLighting: golden-hour sunlight\n\nAvoid: logos',
    );
  });

  it('clearing a block removes it with its line break', () => {
    expect(applyBlocks(text, blocks, composeBlocks({ ...before, movement: [] })).text).toBe('Camera: wide shot\nLighting: golden-hour sunlight');
    const withStyle = composeShot({ ...before, style: ['anime'] });
    expect(applyBlocks(withStyle.text, withStyle.blocks, composeBlocks(before)).text).toBe(text);
  });

  it('chips chosen into a hand-written text are added after it', () => {
    const out = applyBlocks('A fox in the snow.', composeBlocks(emptyShot()), composeBlocks(shot({ lighting: ['moonlight'] })));
    expect(out.text).toBe('A fox in the snow.\n\nLighting: cool blue moonlight');
  });
});
