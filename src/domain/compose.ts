import type { ActionBeat, DialogueLine, Shot } from './shot';
import { wordsOf } from './vocabulary/index';
import { applyEdit, type TextEdit } from './coach/edit';

/**
 * Shot → prompt text, in the order strong prompts are written (PROMPTING.md): style line,
 * prose scene, cinematography lines, timed actions, dialogue, background sound, things to avoid.
 * Each block is produced by a few Shot fields; an empty block is left out entirely (no dangling
 * labels). Blocks are what the composer and a hand-edited text agree on: a chip change rewrites
 * only its own block, and only while the block still reads as it was generated.
 */

export const blockKeys = [
  'style',
  'scene',
  'camera',
  'lens',
  'movement',
  'pacing',
  'lighting',
  'palette',
  'mood',
  'beats',
  'dialogue',
  'sound',
  'avoid',
] as const;
export type BlockKey = (typeof blockKeys)[number];

/** The generated text of every block ('' when the block is left out). */
export type Blocks = Record<BlockKey, string>;

/** Blocks in the same group sit on consecutive lines; groups are separated by a blank line. */
const groupOf: Readonly<Record<BlockKey, number>> = {
  style: 0,
  scene: 1,
  camera: 2,
  lens: 2,
  movement: 2,
  pacing: 2,
  lighting: 2,
  palette: 2,
  mood: 2,
  beats: 3,
  dialogue: 4,
  sound: 5,
  avoid: 6,
};

/** Which Shot fields write each block (the composer uses it to say which block a control feeds). */
export const fieldsOfBlock: Readonly<Record<BlockKey, readonly (keyof Shot)[]>> = {
  style: ['style', 'styleNotes'],
  scene: ['subject', 'appearance', 'setting', 'timeOfDay', 'weather'],
  camera: ['shotSize', 'angle'],
  lens: ['lens'],
  movement: ['movement'],
  pacing: ['pacing'],
  lighting: ['lighting', 'lightingNotes'],
  palette: ['palette'],
  mood: ['mood'],
  beats: ['beats'],
  dialogue: ['dialogue'],
  sound: ['audio', 'sound'],
  avoid: ['avoid'],
};

/** A block's place in a text. */
export interface Span {
  key: BlockKey;
  from: number;
  to: number;
}

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');
const stripEnd = (s: string) => s.replace(/[\s.,;:]+$/u, '');

/** A list line: "Label: a, b, c; notes" without a trailing full stop, or '' when there is nothing. */
function listLine(label: string, items: readonly string[], notes = ''): string {
  const list = items.map(clean).filter(Boolean).join(', ');
  const body = [list, stripEnd(clean(notes))].filter(Boolean).join('; ');
  return body ? `${label}: ${stripEnd(body)}` : '';
}

/** Trims, capitalises a leading Latin letter and ends with a full stop unless it already ends a sentence. */
function sentence(s: string): string {
  const text = clean(s).replace(/[\s,;:]+$/u, '');
  if (!text) return '';
  const capital = /^[a-z]/.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
  return /[.!?…。؟"”'’)]$/u.test(capital) ? capital : `${capital}.`;
}

function seconds(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : '?';
}

function beatsBlock(beats: readonly ActionBeat[]): string {
  const lines = beats.filter((b) => clean(b.action)).map((b) => `- ${seconds(b.from)}-${seconds(b.to)} s: ${sentence(b.action)}`);
  return lines.length ? `Actions:\n${lines.join('\n')}` : '';
}

function dialogueBlock(lines: readonly DialogueLine[]): string {
  const out = lines
    .filter((l) => clean(l.line))
    .map((l) => {
      const line = clean(l.line);
      const quoted = /^["“«]/u.test(line) ? line : `"${line}"`;
      const speaker = clean(l.speaker);
      return speaker ? `- ${speaker}: ${quoted}` : `- ${quoted}`;
    });
  return out.length ? `Dialogue:\n${out.join('\n')}` : '';
}

/** Every block's text for a Shot. */
export function composeBlocks(shot: Shot): Blocks {
  return {
    style: listLine('Style', wordsOf('style', shot.style), shot.styleNotes),
    scene: [sentence([shot.subject, shot.appearance].map(clean).filter(Boolean).join(', ')), sentence([shot.setting, shot.timeOfDay, shot.weather].map(clean).filter(Boolean).join(', '))]
      .filter(Boolean)
      .join(' '),
    camera: listLine('Camera', [...wordsOf('shotSize', shot.shotSize), ...wordsOf('angle', shot.angle)]),
    lens: listLine('Lens', wordsOf('lens', shot.lens)),
    movement: listLine('Camera movement', wordsOf('movement', shot.movement)),
    pacing: listLine('Pacing', wordsOf('pacing', shot.pacing)),
    lighting: listLine('Lighting', wordsOf('lighting', shot.lighting), shot.lightingNotes),
    palette: listLine('Palette', shot.palette),
    mood: listLine('Mood', [shot.mood]),
    beats: beatsBlock(shot.beats),
    dialogue: dialogueBlock(shot.dialogue),
    sound: listLine('Background sound', wordsOf('audio', shot.audio), shot.sound),
    avoid: listLine('Avoid', [shot.avoid]),
  };
}

/** Joins blocks into a text and says where each one landed. */
export function joinBlocks(blocks: Blocks): { text: string; spans: Span[] } {
  let text = '';
  let lastGroup = -1;
  const spans: Span[] = [];
  for (const key of blockKeys) {
    const block = blocks[key];
    if (!block) continue;
    if (text) text += groupOf[key] === lastGroup ? '\n' : '\n\n';
    spans.push({ key, from: text.length, to: text.length + block.length });
    text += block;
    lastGroup = groupOf[key];
  }
  return { text, spans };
}

/** Shot → the full prompt text and the span of every block in it. */
export function composeShot(shot: Shot): { text: string; spans: Span[]; blocks: Blocks } {
  const blocks = composeBlocks(shot);
  return { ...joinBlocks(blocks), blocks };
}

/** An empty Blocks record (what an empty Shot generates). */
export function emptyBlocks(): Blocks {
  return Object.fromEntries(blockKeys.map((k) => [k, ''])) as Blocks;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Finds each generated block in a (possibly hand-edited) text: a block still counts as untouched
 * when its exact text starts a line and is not glued to a longer word. Text typed after it on the
 * same line is the person's own and stays theirs. A block that cannot be found was edited by hand.
 */
export function locateSpans(text: string, blocks: Blocks): { spans: Span[]; edited: BlockKey[] } {
  const spans: Span[] = [];
  const edited: BlockKey[] = [];
  let cursor = 0;
  const findFrom = (block: string, start: number) => {
    for (let i = text.indexOf(block, start); i !== -1; i = text.indexOf(block, i + 1)) {
      const lineStart = i === 0 || text[i - 1] === '\n';
      if (lineStart && !isWordChar(text[i + block.length])) return i;
    }
    return -1;
  };
  for (const key of blockKeys) {
    const block = blocks[key];
    if (!block) continue;
    let at = findFrom(block, cursor);
    if (at === -1) {
      at = findFrom(block, 0);
      if (at !== -1 && spans.some((s) => at < s.to && at + block.length > s.from)) at = -1;
    }
    if (at === -1) {
      edited.push(key);
      continue;
    }
    spans.push({ key, from: at, to: at + block.length });
    cursor = at + block.length;
  }
  spans.sort((a, b) => a.from - b.from);
  return { spans, edited };
}

/** The outcome of applying a Shot change to a text that may hold hand edits. */
export interface ShotChange {
  text: string;
  /** What each block is now known to read as (blocks kept as hand edits keep their old generated text). */
  generated: Blocks;
  /** Blocks whose new text was NOT written because the person edited them by hand. */
  held: BlockKey[];
}

const lineEnd = (text: string, pos: number) => {
  const i = text.indexOf('\n', pos);
  return i === -1 ? text.length : i;
};
const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;

/** Where a block that is not in the text yet goes: next to its neighbours in section order. */
function insertion(text: string, spans: readonly Span[], key: BlockKey, block: string): TextEdit {
  const order = blockKeys.indexOf(key);
  const before = spans.filter((s) => blockKeys.indexOf(s.key) < order).sort((a, b) => b.from - a.from)[0];
  const after = spans.filter((s) => blockKeys.indexOf(s.key) > order).sort((a, b) => a.from - b.from)[0];
  const group = groupOf[key];
  if (before && groupOf[before.key] === group) {
    const at = lineEnd(text, before.to);
    return { from: at, to: at, insert: `\n${block}` };
  }
  if (after && groupOf[after.key] === group) {
    const at = lineStart(text, after.from);
    return { from: at, to: at, insert: `${block}\n` };
  }
  if (before) {
    const at = lineEnd(text, before.to);
    return { from: at, to: at, insert: `\n\n${block}` };
  }
  if (after) {
    const at = lineStart(text, after.from);
    return { from: at, to: at, insert: `${block}\n\n` };
  }
  if (!text.trim()) return { from: 0, to: text.length, insert: block };
  const sep = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { from: text.length, to: text.length, insert: sep + block };
}

/** Removes a block with one of the line breaks around it (the smaller gap), so no blank lines pile up. */
function removal(text: string, span: Span): TextEdit {
  let before = 0;
  while (before < 2 && text[span.from - before - 1] === '\n') before++;
  let after = 0;
  while (after < 2 && text[span.to + after] === '\n') after++;
  if (before && after) return before >= after ? { from: span.from, to: span.to + after, insert: '' } : { from: span.from - before, to: span.to, insert: '' };
  return { from: span.from - before, to: span.to + after, insert: '' };
}

/**
 * Where a hand-edited block most likely is, for "replace my edit": the line that still starts
 * with the block's label (plus its "- " lines for actions and dialogue), or, for the unlabelled
 * scene paragraph, the paragraph sharing most of its words.
 */
export function findEditedBlock(text: string, key: BlockKey, oldBlock: string): Span | undefined {
  const label = /^[A-Z][A-Za-z ]*:/.exec(oldBlock)?.[0];
  if (label) {
    for (let at = 0; at < text.length; at = lineEnd(text, at) + 1) {
      if (!text.startsWith(label, at)) continue;
      let to = lineEnd(text, at);
      if (key === 'beats' || key === 'dialogue') while (text.startsWith('- ', to + 1)) to = lineEnd(text, to + 1);
      return { key, from: at, to };
    }
    return undefined;
  }
  const words = new Set(oldBlock.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  if (!words.size) return undefined;
  let best: Span | undefined;
  let bestScore = 0.5;
  const paragraph = /[^\n]+(?:\n[^\n]+)*/g;
  for (const match of text.matchAll(paragraph)) {
    const own = new Set(match[0].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    let shared = 0;
    for (const w of words) if (own.has(w)) shared++;
    const score = shared / Math.max(words.size, own.size);
    if (score >= bestScore) {
      bestScore = score;
      best = { key, from: match.index, to: match.index + match[0].length };
    }
  }
  return best;
}

/**
 * Writes the blocks that changed between `generated` and `next` into `text`, one block at a time.
 * A block is rewritten only where it still reads as generated; a block the person edited is held
 * (listed in `held`) and never overwritten, unless its key is in `force` ("replace my edit").
 */
export function applyBlocks(text: string, generated: Blocks, next: Blocks, force: readonly BlockKey[] = []): ShotChange {
  let current = text;
  const known: Blocks = { ...generated };
  const held: BlockKey[] = [];
  for (const key of blockKeys) {
    if (next[key] === known[key]) continue;
    const { spans } = locateSpans(current, known);
    const span = spans.find((s) => s.key === key);
    const forced = force.includes(key);
    let edit: TextEdit | undefined;
    if (span) {
      const rest = current.slice(span.to, lineEnd(current, span.to));
      if (next[key]) edit = { from: span.from, to: span.to, insert: next[key] };
      else if (!rest.trim() || forced) edit = removal(current, { ...span, to: span.to + rest.length });
    } else if (!known[key]) {
      edit = insertion(current, spans, key, next[key]);
    } else {
      // The block was edited by hand (or deleted): only "replace my edit" touches it.
      const loose = findEditedBlock(current, key, known[key]);
      if (!loose && !next[key]) edit = { from: 0, to: 0, insert: '' };
      else if (forced && loose) edit = next[key] ? { from: loose.from, to: loose.to, insert: next[key] } : removal(current, loose);
      else if (forced) edit = insertion(current, spans, key, next[key]);
    }
    if (!edit) {
      held.push(key);
      continue;
    }
    current = applyEdit(current, edit);
    known[key] = next[key];
  }
  return { text: current, generated: known, held };
}
