/** One change to the text: replace `from..to` with `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** The text after one edit (its own module: the editor's first paint needs it, not the coach). */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}
