/**
 * The prompt editor (loaded on demand, the only module that imports CodeMirror). One EditorState
 * is kept per open prompt, so undo history survives switching prompts or leaving Compose.
 */
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { completionKeymap } from '@codemirror/autocomplete';
import { termAt, termMarks } from './term-marks';
import type { TermMatch } from '../../domain/vocabulary/index';
import { termCompletion } from './term-completion';
import { editorTheme } from './theme';
import { lineDirection } from './line-direction';
import { applyCoachEdit, coachLint, relint } from './coach-lint';
import type { CoachInput } from '../../domain/coach/index';

export type { EditorView };

/** Marks changes pushed in from outside (the composer, another tab): they are not reported back. */
const outside = Annotation.define<boolean>();
const labels = new Compartment();
/** What a view reports: the text a person typed, and the term the caret is in (for its explanation). */
export interface EditorHooks {
  onchange: (text: string) => void;
  oncaret: (term: TermMatch | undefined) => void;
  /** The prompt's context for the coach (Shot, duration, model limits); without it the editor shows no findings. */
  coach?: () => Omit<CoachInput, 'text'> | undefined;
}
const listeners = new WeakMap<EditorView, EditorHooks>();
const states = new Map<string, EditorState>();
const keptStates = 30;

/** The label and hint each labels extension was made for, so an unchanged relabel costs nothing. */
const labelled = new WeakMap<object, string>();

function labelExtensions(label: string, hint: string) {
  const extensions = [EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'true' }), placeholder(hint)];
  labelled.set(extensions, `${label}\n${hint}`);
  return extensions;
}

function freshState(doc: string, label: string, hint: string): EditorState {
  return EditorState.create({
    doc,
    extensions: [
      history(),
      search({ top: true }),
      highlightSelectionMatches(),
      termCompletion,
      keymap.of([...completionKeymap, ...searchKeymap, ...historyKeymap, ...defaultKeymap]),
      EditorView.lineWrapping,
      EditorView.perLineTextDirection.of(true),
      lineDirection,
      termMarks,
      coachLint((view) => listeners.get(view)?.coach?.(), doc),
      editorTheme,
      labels.of(labelExtensions(label, hint)),
      EditorView.updateListener.of((update) => {
        const hooks = listeners.get(update.view);
        if (update.docChanged && !update.transactions.every((tr) => tr.annotation(outside))) hooks?.onchange(update.state.doc.toString());
        if (update.selectionSet || update.docChanged) hooks?.oncaret(termAt(update.state, update.state.selection.main.head));
      }),
    ],
  });
}

function remember(key: string, state: EditorState): void {
  states.delete(key);
  states.set(key, state);
  while (states.size > keptStates) states.delete(states.keys().next().value!);
}

/**
 * Builds a prompt's editor state ahead of its view, so that building the state and drawing the
 * view are two tasks rather than one long one (the view then finds the state kept here).
 */
export function prepareState(key: string, doc: string, label: string, hint: string): void {
  if (!states.has(key)) remember(key, freshState(doc, label, hint));
}

/** Mounts an editor for one prompt, reusing its earlier state (and undo history) if there is one. */
export function createEditor(parent: HTMLElement, key: string, doc: string, label: string, hint: string, hooks: EditorHooks): EditorView {
  const kept = states.get(key);
  const view = new EditorView({ parent, state: kept ?? freshState(doc, label, hint) });
  listeners.set(view, hooks);
  // A fresh state already has this label and text: each extra dispatch is a whole update at start-up.
  if (kept) {
    relabel(view, label, hint);
    syncText(view, doc);
  }
  return view;
}

/** Keeps the state of the prompt being left and shows another prompt's. */
export function switchPrompt(view: EditorView, fromKey: string, toKey: string, doc: string, label: string, hint: string): void {
  // A new prompt that was just saved gets its id: same document, same history.
  if (fromKey.startsWith('new:') && !states.has(toKey) && view.state.doc.toString() === doc) {
    states.delete(fromKey);
    return;
  }
  remember(fromKey, view.state);
  view.setState(states.get(toKey) ?? freshState(doc, label, hint));
  relabel(view, label, hint);
  syncText(view, doc);
}

/** Stores the state of a view about to be destroyed. */
export function keepState(view: EditorView, key: string): void {
  remember(key, view.state);
}

/** Pushes an outside text into the editor as one change (common prefix and suffix kept, so the cursor stays put). */
export function syncText(view: EditorView, text: string): void {
  const doc = view.state.doc.toString();
  if (doc === text) return;
  let start = 0;
  const max = Math.min(doc.length, text.length);
  while (start < max && doc.charCodeAt(start) === text.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && doc.charCodeAt(doc.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
  view.dispatch({ changes: { from: start, to: doc.length - end, insert: text.slice(start, text.length - end) }, annotations: outside.of(true) });
}

/** Updates the accessible name and placeholder (the interface language changed). */
export function relabel(view: EditorView, label: string, hint: string): void {
  const current = labels.get(view.state);
  if (current && labelled.get(current) === `${label}\n${hint}`) return;
  view.dispatch({ effects: labels.reconfigure(labelExtensions(label, hint)) });
}

/** Applies a coach fix as one undo step. */
export function applyEdit(view: EditorView, edit: { from: number; to: number; insert: string }): void {
  applyCoachEdit(view, edit);
}

/** Re-reads the prompt with the coach (its context or the interface language changed). */
export function recoach(view: EditorView): void {
  relint(view);
}
