import { describe, expect, it } from 'vitest';
import { termCommands } from '../../../src/app/term-commands';
import { matchCommands } from '../../../src/domain/command-match';
import { categories, vocabularies } from '../../../src/domain/vocabulary/index';

const entries = termCommands().map((command) => {
  const label = command.label as { en: string; ar: string };
  return { id: command.id, texts: [label.en, label.ar] };
});

describe('glossary terms in the palette', () => {
  it('every vocabulary term is a term command, named in English and Arabic', () => {
    const expected = categories.flatMap((c) => vocabularies[c].terms.map((term) => `term.${c}.${term.id}`));
    const commands = termCommands();
    expect(commands.map((c) => c.id)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
    for (const command of commands) {
      expect(command.group).toBe('term');
      expect(command.label).toMatchObject({ en: expect.any(String), ar: expect.any(String) });
      expect(typeof command.run).toBe('function');
    }
  });

  it('each term is found first by its own name in either language', () => {
    for (const c of categories) {
      for (const term of vocabularies[c].terms) {
        for (const name of [term.label, term.ar.label]) {
          const found = matchCommands(entries, name);
          const own = found.findIndex((e) => e.id === `term.${c}.${term.id}`);
          expect(own, `${c}/${term.id} by "${name}"`).toBeGreaterThanOrEqual(0);
          // Only other terms that share the whole name may come before it.
          expect(found.slice(0, own).every((e) => e.texts.some((t) => t.toLowerCase().startsWith(name.toLowerCase()))), name).toBe(true);
        }
      }
    }
  });
});
