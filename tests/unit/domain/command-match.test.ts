import { describe, expect, it } from 'vitest';
import { matchCommands } from '../../../src/domain/command-match';

const items = [
  { id: 'section.compose', texts: ['Compose', 'Compose'] },
  { id: 'compose.save', texts: ['Save', 'Save'] },
  { id: 'compose.saveTemplate', texts: ['Save as template', 'Save as template'] },
  { id: 'library.export', texts: ['Export prompts to a file', 'Export prompts to a file'] },
  { id: 'compose.variants', texts: ['أنشئ نسخًا', 'Make variants'] },
  { id: 'lesson.camera', texts: ['التأطير والزاوية والعدسة', 'Framing, angle and lens'] },
];

const ids = (query: string) => matchCommands(items, query).map((i) => i.id);

describe('matchCommands', () => {
  it('keeps every command, in order, for an empty query', () => {
    expect(ids('  ')).toEqual(items.map((i) => i.id));
  });

  it('puts a name that starts with the query before one that only contains it', () => {
    expect(ids('sav')).toEqual(['compose.save', 'compose.saveTemplate']);
    expect(ids('template')).toEqual(['compose.saveTemplate']);
  });

  it('needs every word, each starting a word of the name, in any order', () => {
    expect(ids('file export')).toEqual(['library.export']);
    expect(ids('export zebra')).toEqual([]);
  });

  it('finds Arabic names whatever the letter forms typed, and English names while in Arabic', () => {
    expect(ids('انشئ')).toEqual(['compose.variants']);
    expect(ids('العدسه')).toEqual(['lesson.camera']);
    expect(ids('variants')).toEqual(['compose.variants']);
  });

  it('ignores case and accents', () => {
    expect(ids('EXPÓRT')).toEqual(['library.export']);
  });

  it('a negative bias lets a term give way to a lesson that matches one step worse, but not to a worse one', () => {
    const withTerms = [
      ...items,
      { id: 'term.lens.lens-flare', texts: ['Lens flare', 'Lens flare'], bias: -1 },
      { id: 'term.angle.dutch', texts: ['Dutch angle', 'Dutch angle'], bias: -1 },
    ];
    expect(matchCommands(withTerms, 'lens').map((i) => i.id)).toEqual(['lesson.camera', 'term.lens.lens-flare']);
    expect(matchCommands(withTerms, 'dutch').map((i) => i.id)).toEqual(['term.angle.dutch']);
    expect(matchCommands(withTerms, 'angle').map((i) => i.id)).toEqual(['lesson.camera', 'term.angle.dutch']);
  });
});
