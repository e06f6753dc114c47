import { EditorView } from '@codemirror/view';

/** Colours come from the app's design tokens, so light, dark and high-contrast themes follow. */
export const editorTheme = EditorView.theme({
  '&': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
    borderRadius: 'var(--radius)',
    minBlockSize: '18rem',
  },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--font)', fontWeight: '400', lineHeight: '1.6' },
  '.cm-content': { padding: '0.6rem 0.75rem', caretColor: 'var(--text)' },
  '.cm-placeholder': { color: 'var(--muted)' },
  '.cm-term': { borderRadius: '3px', borderBlockEnd: '2px solid' },
  '.cm-term-style': { backgroundColor: 'var(--term-style-bg)', borderColor: 'var(--term-style)' },
  '.cm-term-camera': { backgroundColor: 'var(--term-camera-bg)', borderColor: 'var(--term-camera)' },
  '.cm-term-motion': { backgroundColor: 'var(--term-motion-bg)', borderColor: 'var(--term-motion)' },
  '.cm-term-lighting': { backgroundColor: 'var(--term-lighting-bg)', borderColor: 'var(--term-lighting)' },
  '.cm-term-sound': { backgroundColor: 'var(--term-sound-bg)', borderColor: 'var(--term-sound)' },
  '.cm-slot': { backgroundColor: 'var(--accent-soft)', outline: '1px dashed var(--accent)', borderRadius: '3px' },
  '.cm-tooltip': { backgroundColor: 'var(--surface-raised)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: 'var(--radius)' },
  '.cm-term-tooltip': { padding: '0.4rem 0.6rem', maxInlineSize: '22rem' },
  '.cm-term-tooltip p': { margin: '0.2rem 0 0' },
  '.cm-term-family': { marginInlineStart: '0.5rem', fontSize: '0.8rem', padding: '0 0.35rem', borderRadius: '999px' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--accent-soft)', color: 'var(--text)' },
  '.cm-completionInfo': { maxInlineSize: '20rem', padding: '0.3rem 0.5rem' },
  '.cm-panels': { backgroundColor: 'var(--surface-sunken)', color: 'var(--text)' },
  '.cm-searchMatch': { backgroundColor: 'var(--warning-bg)' },
  '.cm-selectionMatch': { backgroundColor: 'var(--accent-soft)' },
});
