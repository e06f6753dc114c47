/**
 * Text prepared for matching: lower case, Arabic letter variants folded (أ إ آ → ا, ى → ي, ة → ه),
 * Arabic digits as ASCII digits, typographic quotes and dashes plain. Every change is one character for one character, so
 * an offset found in the prepared text is the same offset in the original.
 */
export function prepare(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for almost every letter; the rare ones that grow (İ) take the slow path.
  const base = lower.length === text.length ? lower : slowLower(text);
  return base.replace(foldable, (c) => fold[c] ?? c);
}

function slowLower(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

const foldable = /[أإآٱىةؤئ’‘–—٠-٩]/g;

const fold: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  '’': "'",
  '‘': "'",
  '–': '-',
  '—': '-',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
};

/** Arabic short vowels and tatweel: dropped before matching presence (offsets are not needed there). */
const marks = /[\u064B-\u0652\u0670\u0640]/g;

/** The prepared text without Arabic diacritics, for presence checks only. */
export function bare(prepared: string): string {
  return prepared.replace(marks, '');
}

/** True when most letters are Arabic (the fixes then write Arabic words). */
export function isMostlyArabic(text: string): boolean {
  let arabic = 0;
  let latin = 0;
  for (const c of text) {
    if (c >= '\u0600' && c <= '\u06FF') arabic++;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) latin++;
  }
  return arabic > latin;
}
