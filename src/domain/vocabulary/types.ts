/**
 * A vocabulary term: the English words the composer writes into the prompt (models are prompted
 * in English), what it does on screen in one sentence, and the same in Arabic for the interface.
 */
export interface Term {
  /** Unique within its category; stored in a Shot. */
  id: string;
  /** Short English name for the chip. */
  label: string;
  /** The exact words inserted into the prompt. */
  words: string;
  /** One sentence: what the viewer sees. */
  explanation: string;
  ar: { label: string; explanation: string };
  /** Ids in the same category that pull against this term (checked both ways). */
  conflicts?: readonly string[];
  /** Other spellings recognised in hand-written text (highlighting, completion). */
  aliases?: readonly string[];
}

export const categories = ['style', 'shotSize', 'angle', 'lens', 'movement', 'pacing', 'lighting', 'audio'] as const;
export type Category = (typeof categories)[number];

/** The colour groups the editor highlights and its legend explains. */
export type TermFamily = 'style' | 'camera' | 'motion' | 'lighting' | 'sound';

export const familyOf: Readonly<Record<Category, TermFamily>> = {
  style: 'style',
  shotSize: 'camera',
  angle: 'camera',
  lens: 'camera',
  movement: 'camera',
  pacing: 'motion',
  lighting: 'lighting',
  audio: 'sound',
};

export interface Vocabulary {
  category: Category;
  terms: readonly Term[];
}
