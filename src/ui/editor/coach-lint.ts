/**
 * The prompt coach in the editor: each finding underlined (CodeMirror's lint extension), with
 * its sentence in the interface language and the replacements it offers as buttons. A finding
 * about something missing sits at the end of the text, where the words would go.
 */
import { linter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { EditorView, keymap } from '@codemirror/view';
import { Compartment, EditorState, StateEffect, Transaction, type Extension } from '@codemirror/state';
import { diagnose, type CoachInput, type Finding } from '../../domain/coach/index';
import { t } from '../../i18n/i18n.svelte';

/** Asks for a fresh reading (the context or the interface language changed; the text did not). */
const recoachEffect = StateEffect.define<null>();

/** Where the editor learns the prompt's context (Shot, duration, model limits) beyond its text. */
export type CoachSource = (view: EditorView) => Omit<CoachInput, 'text'> | undefined;

/** A coach edit: one transaction, its own undo step (never merged with typing around it). */
export function applyCoachEdit(view: EditorView, edit: { from: number; to: number; insert: string }): void {
  const length = view.state.doc.length;
  const from = Math.min(edit.from, length);
  const to = Math.min(edit.to, length);
  view.dispatch({
    changes: { from, to, insert: edit.insert },
    selection: { anchor: from + edit.insert.length },
    annotations: Transaction.addToHistory.of(true),
    userEvent: 'input.coach',
    scrollIntoView: true,
  });
}

function toDiagnostic(finding: Finding): Diagnostic {
  const message = t(`coach.rule.${finding.rule}`, finding.params);
  return {
    from: finding.from,
    to: finding.to,
    severity: finding.severity,
    source: t('coach.heading'),
    message,
    renderMessage: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-coach-message';
      dom.appendChild(document.createElement('strong')).textContent = message;
      dom.appendChild(document.createElement('p')).textContent = t(`coach.explain.${finding.rule}`);
      return dom;
    },
    actions: (finding.fixes ?? []).flatMap((fix) =>
      fix.kind === 'replace'
        ? [{ name: t('coach.fix.replace', { words: fix.insert }), apply: (view: EditorView) => applyCoachEdit(view, fix) }]
        : [],
    ),
  };
}

/** Holds the linter once the prompt has text (see coachLint). */
const reading = new Compartment();

/**
 * The lint extension; `source` gives the context, and `relint` re-runs it when that context or the
 * language changes. An empty prompt has nothing to read: the linter joins with the first text
 * (typed, or pushed in from the composer), so an empty editor does not run a reading and a whole
 * update of the view for no finding just after it appears.
 */
export function coachLint(source: CoachSource, doc: string): Extension {
  const lint = linter((view) => {
    const context = source(view);
    if (!context) return [];
    return diagnose({ ...context, text: view.state.doc.toString() }).map(toDiagnostic);
  }, {
    delay: 120,
    needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(recoachEffect))),
  });
  return [
    reading.of(doc.length ? lint : []),
    EditorState.transactionExtender.of((tr) =>
      tr.docChanged && tr.newDoc.length && reading.get(tr.startState) !== lint ? { effects: reading.reconfigure(lint) } : null,
    ),
    keymap.of(lintKeymap),
  ];
}

/**
 * Asks for a fresh reading at the linter's own pace (after its short delay), so typing in the
 * composer, whose every keystroke changes the context and the text at once, is read once per
 * pause and not once per keystroke.
 */
export function relint(view: EditorView): void {
  view.dispatch({ effects: recoachEffect.of(null) });
}
