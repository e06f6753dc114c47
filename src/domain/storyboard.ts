import { composeBlocks, joinBlocks } from './compose';
import { emptyShot, type Shot } from './shot';

/**
 * A storyboard: a scene made of ordered shots. Each shot is a Shot (the composer's model) with its
 * own duration and the transition that leads into it. The cast sheet (characters, wardrobe,
 * setting, style) is written once and put word for word into every shot's text, so that each
 * shot stands alone for the model and the character looks the same in all of them.
 */
export const transitions = ['cut', 'matchCut', 'dissolve'] as const;
export type Transition = (typeof transitions)[number];

export interface CastSheet {
  characters: string;
  wardrobe: string;
  setting: string;
  style: string;
}

export interface StoryboardShot {
  shot: Shot;
  /** Length of this shot in seconds. */
  seconds: number;
  /** How the previous shot gives way to this one (the first shot's is not used). */
  transition: Transition;
}

export interface Storyboard {
  cast: CastSheet;
  shots: StoryboardShot[];
}

export const storyboardLimits = { minShots: 1, maxShots: 12, minSeconds: 1, maxSeconds: 60, castLength: 2000 } as const;

export function emptyCastSheet(): CastSheet {
  return { characters: '', wardrobe: '', setting: '', style: '' };
}

export function newStoryboardShot(seconds = 4, transition: Transition = 'cut'): StoryboardShot {
  return { shot: emptyShot(), seconds, transition };
}

/** A new storyboard of `count` empty shots of 4 seconds, joined by cuts. */
export function newStoryboard(count = 3): Storyboard {
  return { cast: emptyCastSheet(), shots: Array.from({ length: count }, () => newStoryboardShot()) };
}

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');
const line = (label: string, value: string) => {
  const text = clean(value).replace(/[\s.,;:]+$/u, '');
  return text ? `${label}: ${text}.` : '';
};

/** The cast sheet as the lines every shot's text carries (empty fields left out). */
export function castLines(cast: CastSheet): string {
  return [line('Characters', cast.characters), line('Wardrobe', cast.wardrobe), line('Setting', cast.setting)].filter(Boolean).join('\n');
}

/**
 * One shot's text, standing alone: the shared style first, then the cast sheet, then the shot as
 * the composer writes it. The shot's own style words follow the shared style on the same line.
 * Throws RangeError for a shot the storyboard does not have.
 */
export function shotText(board: Storyboard, index: number): string {
  const entry = board.shots[index];
  if (!entry) throw new RangeError(`Shot ${index + 1} does not exist: the storyboard has ${board.shots.length}`);
  const blocks = composeBlocks(entry.shot);
  const own = blocks.style.replace(/^Style: /, '');
  const shared = clean(board.cast.style).replace(/[\s.,;:]+$/u, '');
  const style = [shared, own].filter(Boolean).length ? `Style: ${[shared, own].filter(Boolean).join('; ')}` : '';
  const rest = joinBlocks({ ...blocks, style: '' }).text;
  const head = [style, castLines(board.cast)].filter(Boolean).join('\n');
  return [head, rest].filter(Boolean).join('\n\n');
}

/** Every shot's text, in order. */
export function shotTexts(board: Storyboard): string[] {
  return board.shots.map((_, i) => shotText(board, i));
}

/** Where each shot starts and ends in the sequence, in seconds (a dissolve is played across the cut point; it adds no time). */
export function shotTimes(board: Storyboard): { from: number; to: number }[] {
  let at = 0;
  return board.shots.map((s) => {
    const from = at;
    at += s.seconds;
    return { from, to: at };
  });
}

export function totalSeconds(board: Storyboard): number {
  return board.shots.reduce((s, shot) => s + shot.seconds, 0);
}

const transitionWords: Readonly<Record<Transition, string>> = { cut: 'Cut to', matchCut: 'Match cut to', dissolve: 'Dissolve to' };

const secondsText = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The whole sequence as one multi-shot prompt, for models that take one: style and cast sheet
 * once, then one separate block per shot with its time range and the transition into it.
 */
export function sequenceText(board: Storyboard): string {
  const head = [line('Style', board.cast.style), castLines(board.cast)].filter(Boolean).join('\n');
  const times = shotTimes(board);
  const shots = board.shots.map((entry, i) => {
    const blocks = composeBlocks(entry.shot);
    const { from, to } = times[i]!;
    const range = `shot ${i + 1} (${secondsText(from)}-${secondsText(to)} s):`;
    const title = i > 0 ? `${transitionWords[entry.transition]} ${range}` : `S${range.slice(1)}`;
    return `${title}\n${joinBlocks(blocks).text}`.trimEnd();
  });
  return [head, ...shots].filter(Boolean).join('\n\n');
}
