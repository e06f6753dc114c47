import { describe, expect, it } from 'vitest';
import { layersAt, nextShotStart, partAt, previousShotStart, sequenceTimeline } from '../../../src/domain/sequence-playback';

const timeline = sequenceTimeline(
  [
    { seconds: 4, transition: 'cut' },
    { seconds: 3, transition: 'matchCut' },
    { seconds: 5, transition: 'dissolve' },
  ],
  1,
);

describe('sequence playback timing', () => {
  it('lays the shots back to back: a dissolve adds no time', () => {
    expect(timeline.parts.map((p) => [p.from, p.to])).toEqual([
      [0, 4],
      [4, 7],
      [7, 12],
    ]);
    expect(timeline.total).toBe(12);
  });

  it('cuts exactly at each shot’s start', () => {
    expect(partAt(timeline, 3.99)).toBe(0);
    expect(partAt(timeline, 4)).toBe(1);
    expect(layersAt(timeline, 3.99).layers).toEqual([{ index: 0, local: 3.99, opacity: 1 }]);
    expect(layersAt(timeline, 4.5).layers).toEqual([{ index: 1, local: 0.5, opacity: 1 }]);
    expect(partAt(timeline, 12)).toBe(2);
    expect(partAt(timeline, -3)).toBe(0);
  });

  it('crossfades across a dissolve’s cut point: the outgoing shot below, the incoming fading in above', () => {
    const before = layersAt(timeline, 6.5);
    expect(before.current).toBe(1);
    expect(before.layers).toEqual([
      { index: 1, local: 2.5, opacity: 1 },
      { index: 2, local: 0, opacity: 0 },
    ]);
    const mid = layersAt(timeline, 7);
    expect(mid.current).toBe(2);
    expect(mid.layers[1]).toEqual({ index: 2, local: 0, opacity: 0.5 });
    expect(mid.layers[0]).toEqual({ index: 1, local: 3, opacity: 1 });
    expect(layersAt(timeline, 7.5).layers).toEqual([{ index: 2, local: 0.5, opacity: 1 }]);
  });

  it('next and previous shot jump to shot starts', () => {
    expect(nextShotStart(timeline, 1)).toBe(4);
    expect(nextShotStart(timeline, 8)).toBe(12);
    expect(previousShotStart(timeline, 5.5)).toBe(4);
    expect(previousShotStart(timeline, 4.5)).toBe(0);
    expect(previousShotStart(timeline, 0.5)).toBe(0);
  });
});
