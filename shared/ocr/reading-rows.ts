// Tesseract splits a two-column form into blocks (the left column, then the right), so its line order is
// not the page's reading order. Rows are rebuilt from geometry: lines whose middles share a band form
// one row, read left to right.
import type { Box } from '../domain/entry.ts';
import type { OcrLine, OcrWord } from './ocr-types.ts';

export interface ReadingRow {
  words: OcrWord[];
  box: Box;
}

export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function middle(box: Box): number {
  return box.y + box.height / 2;
}

export function readingRows(lines: readonly OcrLine[]): ReadingRow[] {
  const sorted = lines.filter((l) => l.words.length > 0).sort((a, b) => middle(a.box) - middle(b.box));
  const rows: { lines: OcrLine[]; box: Box }[] = [];
  for (const line of sorted) {
    const row = rows.at(-1);
    // Same row when this line's middle falls inside the row's band (shrunk a little, so two close rows of
    // small type never merge).
    if (row && middle(line.box) < row.box.y + row.box.height * 0.85 && middle(line.box) > row.box.y + row.box.height * 0.15) {
      row.lines.push(line);
      row.box = unionBox([row.box, line.box])!;
    } else {
      rows.push({ lines: [line], box: line.box });
    }
  }
  return rows.map((row) => ({ words: row.lines.flatMap((l) => l.words).sort((a, b) => a.box.x - b.box.x), box: row.box }));
}
