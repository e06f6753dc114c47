import { describe, expect, it } from 'vitest';
import { contactSheetLayout, midFrameTime, sheetMetrics } from '../../../src/domain/contact-sheet';

describe('contact sheet layout', () => {
  it('puts three 16:9 frames in one row, in reading order, with a label band under each', () => {
    const layout = contactSheetLayout(3, 1280, 720);
    expect(layout).toMatchObject({ columns: 3, rows: 1 });
    expect(layout.cells.map((c) => c.x)).toEqual([24, 24 + 376, 24 + 2 * 376]);
    expect(layout.cells[0]!.height).toBe(Math.round((sheetMetrics.cellWidth * 720) / 1280));
    expect(layout.cells[0]!.labelY).toBeGreaterThan(layout.cells[0]!.y + layout.cells[0]!.height);
    expect(layout.height).toBeGreaterThan(layout.cells[0]!.labelY);
  });

  it('wraps after four frames, and reads right to left in Arabic', () => {
    const layout = contactSheetLayout(6, 720, 1280, true);
    expect(layout).toMatchObject({ columns: 4, rows: 2 });
    expect(layout.cells[0]!.x).toBeGreaterThan(layout.cells[1]!.x);
    expect(layout.cells[4]!.y).toBeGreaterThan(layout.cells[3]!.y);
    expect(layout.cells[4]!.x).toBe(layout.cells[0]!.x);
  });

  it('refuses no frames or a frame with no size, naming the values', () => {
    expect(() => contactSheetLayout(0, 10, 10)).toThrow('at least one frame, got 0');
    expect(() => contactSheetLayout(2, 0, 10)).toThrow('got 0×10');
  });

  it('takes each frame from the middle of its shot, never past the video’s end', () => {
    expect(midFrameTime(4, 4)).toBe(2);
    expect(midFrameTime(8, 1)).toBeCloseTo(0.95);
    expect(midFrameTime(4, Number.NaN)).toBe(2);
  });
});
