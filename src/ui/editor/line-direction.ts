import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

const autoDirection = Decoration.line({ attributes: { dir: 'auto' } });

function build(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      builder.add(line.from, line.from, autoDirection);
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/**
 * Each line takes its direction from its own text (`dir="auto"`): an Arabic line runs
 * right-to-left beside English prompt lines. Paired with EditorView.perLineTextDirection,
 * which makes cursor motion read each line's direction.
 */
export const lineDirection = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = build(update.view);
    }
  },
  { decorations: (v) => v.decorations },
);
