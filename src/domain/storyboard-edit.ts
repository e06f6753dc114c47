import type { Shot } from './shot';
import { newStoryboardShot, storyboardLimits, type CastSheet, type Storyboard, type Transition } from './storyboard';

/**
 * Small pure edits of a storyboard: each returns a new storyboard and leaves the one given as it
 * was (the editor replaces its value whole). An edit that cannot apply (a shot that does not
 * exist, a move past either end, a remove of the last shot) returns the same storyboard.
 */

/** One field of the cast sheet, as typed (cut to the sheet's length limit). */
export function withCast(board: Storyboard, field: keyof CastSheet, value: string): Storyboard {
  const next = value.slice(0, storyboardLimits.castLength);
  return board.cast[field] === next ? board : { ...board, cast: { ...board.cast, [field]: next } };
}

/** A new empty shot after `after` (at the end by default), as long as the shot it follows. */
export function withShotAdded(board: Storyboard, after = board.shots.length - 1): Storyboard {
  if (board.shots.length >= storyboardLimits.maxShots) return board;
  const at = Math.min(Math.max(after + 1, 0), board.shots.length);
  const seconds = board.shots[at - 1]?.seconds ?? 4;
  return { ...board, shots: board.shots.toSpliced(at, 0, newStoryboardShot(seconds)) };
}

/** The storyboard without shot `index` (a storyboard keeps at least one shot). */
export function withShotRemoved(board: Storyboard, index: number): Storyboard {
  if (!board.shots[index] || board.shots.length <= storyboardLimits.minShots) return board;
  return { ...board, shots: board.shots.toSpliced(index, 1) };
}

/** Shot `index` moved one place earlier (-1) or later (+1); it keeps its own transition. */
export function withShotMoved(board: Storyboard, index: number, by: -1 | 1): Storyboard {
  const to = index + by;
  const moving = board.shots[index];
  const other = board.shots[to];
  if (!moving || !other) return board;
  return { ...board, shots: board.shots.with(index, other).with(to, moving) };
}

/** Shot `index`'s Shot, as the composer changed it. */
export function withShot(board: Storyboard, index: number, shot: Shot): Storyboard {
  const entry = board.shots[index];
  if (!entry || entry.shot === shot) return board;
  return { ...board, shots: board.shots.with(index, { ...entry, shot }) };
}

/** Shot `index`'s length, rounded to a tenth and held within the storyboard's limits. */
export function withShotSeconds(board: Storyboard, index: number, seconds: number): Storyboard {
  const entry = board.shots[index];
  if (!entry || !Number.isFinite(seconds)) return board;
  const next = Math.min(storyboardLimits.maxSeconds, Math.max(storyboardLimits.minSeconds, Math.round(seconds * 10) / 10));
  return next === entry.seconds ? board : { ...board, shots: board.shots.with(index, { ...entry, seconds: next }) };
}

/** How the shot before `index` gives way to it. */
export function withShotTransition(board: Storyboard, index: number, transition: Transition): Storyboard {
  const entry = board.shots[index];
  if (!entry || entry.transition === transition) return board;
  return { ...board, shots: board.shots.with(index, { ...entry, transition }) };
}
