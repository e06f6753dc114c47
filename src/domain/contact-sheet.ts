/**
 * Where each frame and its label go on a storyboard's contact sheet: one frame per shot, in rows
 * of up to four, reading order, a title band above. Pure numbers; the page draws them.
 */
export interface SheetCell {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the label under the frame. */
  labelY: number;
}

export interface SheetLayout {
  width: number;
  height: number;
  columns: number;
  rows: number;
  titleY: number;
  cells: SheetCell[];
}

export const sheetMetrics = { cellWidth: 360, margin: 24, gap: 16, titleBand: 56, labelBand: 40, maxColumns: 4 } as const;

/**
 * The layout for `count` frames of `frameWidth`×`frameHeight` pixels. With `rtl`, rows read from
 * right to left. Throws RangeError for no frames or a frame with no size.
 */
export function contactSheetLayout(count: number, frameWidth: number, frameHeight: number, rtl = false): SheetLayout {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`A contact sheet needs at least one frame, got ${count}`);
  if (!(frameWidth > 0 && frameHeight > 0)) throw new RangeError(`A frame needs a size, got ${frameWidth}×${frameHeight}`);
  const { cellWidth, margin, gap, titleBand, labelBand, maxColumns } = sheetMetrics;
  const columns = Math.min(maxColumns, count);
  const rows = Math.ceil(count / columns);
  const cellHeight = Math.round((cellWidth * frameHeight) / frameWidth);
  const width = margin * 2 + columns * cellWidth + (columns - 1) * gap;
  const rowHeight = cellHeight + labelBand;
  const height = margin * 2 + titleBand + rows * rowHeight + (rows - 1) * gap;
  const cells = Array.from({ length: count }, (_, index) => {
    const row = Math.floor(index / columns);
    const col = index % columns;
    const visualCol = rtl ? columns - 1 - col : col;
    const x = margin + visualCol * (cellWidth + gap);
    const y = margin + titleBand + row * (rowHeight + gap);
    return { index, x, y, width: cellWidth, height: cellHeight, labelY: y + cellHeight + labelBand - 12 };
  });
  return { width, height, columns, rows, titleY: margin + titleBand / 2 + 8, cells };
}

/** The moment a shot's frame is taken from: the middle of the shot (never past the video's end). */
export function midFrameTime(seconds: number, duration: number): number {
  const end = Number.isFinite(duration) && duration > 0 ? duration : seconds;
  return Math.max(0, Math.min(seconds / 2, end - 0.05));
}
