import type { EditorState } from '@codemirror/state';
import { Decoration, EditorView, MatchDecorator, ViewPlugin, hoverTooltip, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { familyOf, findTerms, termForPhrase, termPattern, type TermFamily, type TermMatch } from '../../domain/vocabulary/index';
import { i18n, t } from '../../i18n/i18n.svelte';

const marks = new Map<TermFamily, Decoration>();
const markFor = (family: TermFamily) => {
  let mark = marks.get(family);
  if (!mark) marks.set(family, (mark = Decoration.mark({ class: `cm-term cm-term-${family}` })));
  return mark;
};

const termDecorator = new MatchDecorator({
  regexp: new RegExp(termPattern.source, termPattern.flags),
  decoration: (match) => {
    const found = termForPhrase(match[0]);
    return found ? markFor(familyOf[found.category]) : null;
  },
});

const slotMark = Decoration.mark({ class: 'cm-slot' });
const slotDecorator = new MatchDecorator({ regexp: /\{\{\s*[A-Za-z][\w.-]*\s*\}\}/g, decoration: () => slotMark });

function decoratorPlugin(decorator: MatchDecorator) {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = decorator.createDeco(view);
      }
      update(update: ViewUpdate) {
        this.decorations = decorator.updateDeco(update, this.decorations);
      }
    },
    { decorations: (v) => v.decorations },
  );
}

/** The vocabulary term at a position (in document offsets), if any; `side` says which way an edge counts. */
export function termAt(state: EditorState, pos: number, side: -1 | 0 | 1 = 0): TermMatch | undefined {
  const line = state.doc.lineAt(pos);
  for (const match of findTerms(line.text)) {
    const from = line.from + match.from;
    const to = line.from + match.to;
    if (pos < from || pos > to || (pos === from && side < 0) || (pos === to && side > 0)) continue;
    return { ...match, from, to };
  }
  return undefined;
}

/** Hovering a highlighted term shows what it does, in the interface language. */
const termTooltip = hoverTooltip((view, pos, side) => {
  const match = termAt(view.state, pos, side);
  if (!match) return null;
  return {
    pos: match.from,
    end: match.to,
    above: true,
    create: () => {
      const ar = i18n.locale === 'ar';
      const dom = document.createElement('div');
      dom.className = 'cm-term-tooltip';
      dom.dir = i18n.dir;
      const title = dom.appendChild(document.createElement('strong'));
      title.textContent = ar ? match.term.ar.label : match.term.label;
      const family = dom.appendChild(document.createElement('span'));
      family.className = `cm-term-family cm-term-${familyOf[match.category]}`;
      family.textContent = t(`composer.family.${familyOf[match.category]}`);
      const body = dom.appendChild(document.createElement('p'));
      body.textContent = ar ? match.term.ar.explanation : match.term.explanation;
      return { dom };
    },
  };
});

/** Highlights vocabulary terms by family and `{{slots}}`, with an explanation on hover. */
export const termMarks = [decoratorPlugin(termDecorator), decoratorPlugin(slotDecorator), termTooltip];
