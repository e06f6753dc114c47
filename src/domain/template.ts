import type { Category } from './vocabulary/types';

/**
 * Templates are prompt texts with slots: `{{subject}}`, `{{lighting}}`, `{{camera.movement}}`.
 * A slot named after a vocabulary is filled from that vocabulary's terms; any other name is a
 * free slot filled with typed values. `\{` and `\}` write literal braces, `\\` a backslash.
 */

/** Slots bound to a vocabulary. `camera.` is reserved: an unlisted `camera.x` is an unknown slot. */
export const vocabularySlots: Readonly<Record<string, Category>> = {
  style: 'style',
  'camera.shot': 'shotSize',
  'camera.angle': 'angle',
  'camera.lens': 'lens',
  'camera.movement': 'movement',
  lighting: 'lighting',
  pacing: 'pacing',
  audio: 'audio',
};
const reservedNamespaces = ['camera'];

/** A template a person saved from one of their prompts (one record per key). */
export interface UserTemplate {
  id: string;
  name: string;
  text: string;
  whenToUse: string;
  createdAt: number;
  updatedAt: number;
}

/** Above this many variants "Make variants" refuses: a batch that size is a mistake more often than a plan. */
export const variantCap = 64;

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'slot'; name: string; from: number; to: number };

export interface TemplateSlot {
  name: string;
  /** Set when the slot is filled from a vocabulary. */
  category?: Category;
}

export type TemplateProblemKind = 'unclosed' | 'nested' | 'empty' | 'invalidName' | 'unknownSlot';

export interface TemplateProblem {
  kind: TemplateProblemKind;
  /** Offset in the template text. */
  at: number;
  name?: string;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Distinct slots in order of first appearance. */
  slots: TemplateSlot[];
  problems: TemplateProblem[];
}

const namePattern = /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*$/;

/** Parses a template text into literal parts and slots, collecting every problem found. */
export function parseTemplate(source: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  const slots: TemplateSlot[] = [];
  let literal = '';
  const flush = () => {
    if (literal) parts.push({ kind: 'text', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\' && /[{}\\]/.test(source[i + 1] ?? '')) {
      literal += source[i + 1];
      i += 2;
      continue;
    }
    if (!source.startsWith('{{', i)) {
      literal += c;
      i++;
      continue;
    }
    const close = source.indexOf('}}', i + 2);
    const inner = source.indexOf('{{', i + 2);
    if (close === -1) {
      problems.push({ kind: 'unclosed', at: i });
      literal += source.slice(i);
      break;
    }
    if (inner !== -1 && inner < close) {
      // `{{a{{b}}}}`: the outer braces stay literal text; the inner slot is read normally.
      problems.push({ kind: 'nested', at: i });
      literal += source.slice(i, inner);
      i = inner;
      continue;
    }
    const name = source.slice(i + 2, close).trim();
    const end = close + 2;
    if (!name) problems.push({ kind: 'empty', at: i });
    else if (!namePattern.test(name)) problems.push({ kind: 'invalidName', at: i, name });
    else {
      const namespace = name.includes('.') ? name.slice(0, name.indexOf('.')) : '';
      if (reservedNamespaces.includes(namespace) && !(name in vocabularySlots)) problems.push({ kind: 'unknownSlot', at: i, name });
      else {
        flush();
        parts.push({ kind: 'slot', name, from: i, to: end });
        if (!slots.some((s) => s.name === name)) {
          const category = vocabularySlots[name];
          slots.push(category ? { name, category } : { name });
        }
        i = end;
        continue;
      }
    }
    literal += source.slice(i, end);
    i = end;
  }
  flush();
  return { parts, slots, problems };
}

/** True when the text has at least one valid slot. */
export function hasSlots(text: string): boolean {
  return text.includes('{{') && parseTemplate(text).slots.length > 0;
}

/** Fills every slot with one value; a slot without a value is written back as `{{name}}`. */
export function fillTemplate(parsed: ParsedTemplate, values: Readonly<Record<string, string>>): string {
  return parsed.parts.map((p) => (p.kind === 'text' ? p.text : (values[p.name] ?? `{{${p.name}}}`))).join('');
}

/** How many variants the chosen values make: the product of the counts (0 if a slot has none). */
export function countVariants(slots: readonly TemplateSlot[], values: Readonly<Record<string, readonly string[]>>): number {
  if (!slots.length) return 0;
  return slots.reduce((n, s) => n * new Set(values[s.name] ?? []).size, 1);
}

export interface Variant {
  text: string;
  slotValues: Record<string, string>;
}

/**
 * Every combination of the chosen values (cartesian product, first slot varying slowest).
 * Throws a RangeError above `variantCap`, so a caller can never create a runaway batch.
 */
export function expandTemplate(parsed: ParsedTemplate, values: Readonly<Record<string, readonly string[]>>): Variant[] {
  const count = countVariants(parsed.slots, values);
  if (count > variantCap) throw new RangeError(`${count} variants is over the cap of ${variantCap}`);
  let combos: Record<string, string>[] = count ? [{}] : [];
  for (const slot of parsed.slots) {
    const options = [...new Set(values[slot.name] ?? [])];
    combos = combos.flatMap((combo) => options.map((v) => ({ ...combo, [slot.name]: v })));
  }
  return combos.map((slotValues) => ({ text: fillTemplate(parsed, slotValues), slotValues }));
}
