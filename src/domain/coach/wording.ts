import type { Finding, Reading } from './elements';

/**
 * Words that praise instead of showing, with concrete words to put in their place. Suggestions
 * are in the prompt's language (Arabic words get Arabic suggestions).
 */
export const vagueWords: readonly { pattern: string; suggestions: readonly string[] }[] = [
  { pattern: 'beautiful(?:ly)?', suggestions: ['rain-slicked', 'sunlit', 'mist-covered'] },
  { pattern: 'amazing', suggestions: ['towering', 'glittering', 'wind-swept'] },
  { pattern: 'stunning', suggestions: ['mirror-calm', 'snow-capped', 'neon-lit'] },
  { pattern: 'gorgeous', suggestions: ['dew-covered', 'sun-dappled', 'velvet-dark'] },
  { pattern: 'awesome', suggestions: ['thundering', 'vast', 'sparking'] },
  { pattern: 'incredible', suggestions: ['razor-sharp', 'enormous', 'shimmering'] },
  { pattern: 'breathtaking', suggestions: ['cliff-edge', 'sweeping', 'cloud-wrapped'] },
  { pattern: 'epic', suggestions: ['storm-lit', 'thousand-strong', 'mountain-high'] },
  { pattern: 'nice', suggestions: ['tidy', 'sun-warmed', 'freshly painted'] },
  { pattern: 'pretty', suggestions: ['flower-lined', 'pastel-painted', 'lantern-lit'] },
  { pattern: 'perfect', suggestions: ['symmetrical', 'spotless', 'mirror-smooth'] },
  { pattern: 'masterpiece', suggestions: ['hand-painted scene', 'carefully lit scene'] },
  { pattern: 'high[- ]quality', suggestions: ['sharp, finely detailed', 'crisp 35 mm look'] },
  { pattern: 'جميل(?:ه|ا)?', suggestions: ['مغسول بالمطر', 'مضاء بشمس الغروب', 'يلفّه الضباب'] },
  { pattern: 'رايع(?:ه|ا)?', suggestions: ['شاهق', 'متلألئ', 'تعصف به الريح'] },
  { pattern: 'مذهل(?:ه|ا)?', suggestions: ['هادئ كالمرآة', 'مكلل بالثلج', 'مضاء بالنيون'] },
  { pattern: 'خلاب(?:ه|ا)?', suggestions: ['مكسو بالندى', 'تتخلله الشمس', 'ممتد إلى الأفق'] },
  { pattern: 'ساحر(?:ه|ا)?', suggestions: ['مضاء بالفوانيس', 'يلفّه الضباب', 'ذهبي الضوء'] },
  { pattern: 'بديع(?:ه|ا)?', suggestions: ['منقوش يدويًا', 'مرتب بعناية'] },
];

// Arabic joins "و" (and) and "ف" to the next word: "ورائع" is "and amazing".
const vaguePattern = new RegExp(`(?<![\\p{L}])(?:[وف](?=\\p{Script=Arabic}))?(${vagueWords.map((w) => w.pattern).join('|')})(?![\\p{L}])`, 'gu');
const compiled = vagueWords.map((w) => ({ re: new RegExp(`^(?:${w.pattern})$`, 'u'), suggestions: w.suggestions }));

// "Cinematic" on its own says nothing; next to a named lens, framing or camera move it is a style note.
const cinematicPattern = /(?<![\p{L}])(?:cinematic|سينمايي(?:ه)?)(?![\p{L}])/gu;
const cinematicSuggestions = {
  en: ['anamorphic 2.0x lens, shallow depth of field, volumetric light'],
  ar: ['عدسة أنامورفيك، عمق ميدان ضحل، ضوء حجمي'],
};

/** Vague adjectives, each with concrete replacements. `specific` says the prompt already names camera craft. */
export function vagueWordFindings(reading: Reading, specific: boolean): Finding[] {
  const out: Finding[] = [];
  for (const match of reading.prepared.matchAll(vaguePattern)) {
    const word = match[1]!;
    const entry = compiled.find((c) => c.re.test(word));
    const to = match.index + match[0].length;
    const from = to - word.length;
    out.push({
      from,
      to,
      severity: 'warning',
      rule: 'vague-word',
      params: { word: reading.text.slice(from, to) },
      fixes: (entry?.suggestions ?? []).map((insert) => ({ kind: 'replace', from, to, insert })),
    });
  }
  if (!specific) {
    for (const match of reading.prepared.matchAll(cinematicPattern)) {
      const from = match.index;
      const to = from + match[0].length;
      const suggestions = /\p{Script=Arabic}/u.test(match[0]) ? cinematicSuggestions.ar : cinematicSuggestions.en;
      out.push({
        from,
        to,
        severity: 'warning',
        rule: 'vague-word',
        params: { word: reading.text.slice(from, to) },
        fixes: suggestions.map((insert) => ({ kind: 'replace', from, to, insert })),
      });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

// What may follow "no" in a positive prompt without being a negative prompt: camera and sound directions.
const allowedAfterNo =
  /^(?:camera|movement|motion|cuts?|cutting|score|music|dialogue|talking|words|sound|zoom|pan|edits?|transitions?|slow|fast|one|longer|more|less|further|hurry|end|longer|حركه|موسيقي|قطع|صوت|حوار|تقطيع)$/u;
const negativePattern =
  /(?<![\p{L}])(?:no|without|avoid(?:ing)?|don'?t show|do not show|never show|free of|excluding|بدون|بلا|دون|لا يوجد|لا توجد|لا يظهر|لا تظهر|تجنب|من غير)\s+(?:any\s+|visible\s+|اي\s+)?(\p{L}+)/gu;

/** "no people" inside the prompt when the model has a negative prompt field for it. */
export function negativeFindings(reading: Reading, negativeField: boolean): Finding[] {
  if (!negativeField) return [];
  const out: Finding[] = [];
  for (const match of reading.prepared.matchAll(negativePattern)) {
    const object = match[1]!;
    if (allowedAfterNo.test(object.replace(/^ال/u, ''))) continue;
    const from = match.index;
    const to = from + match[0].length;
    out.push({ from, to, severity: 'info', rule: 'negative-phrasing', params: { phrase: reading.text.slice(from, to) } });
  }
  return out;
}
