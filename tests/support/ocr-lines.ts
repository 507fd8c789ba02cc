// OCR output written by hand for extraction tests: each row a string whose words get boxes left to right,
// as tesseract would give them. "|" splits a row into two lines at a column gap, like a two-column form.
import type { OcrLine, OcrWord } from '../../shared/ocr/ocr-types.ts';

const charWidth = 20;
const rowHeight = 50;
const rowGap = 150;

export function ocrLines(rows: readonly string[], confidence = 90): OcrLine[] {
  const lines: OcrLine[] = [];
  rows.forEach((row, rowIndex) => {
    const y = 100 + rowIndex * rowGap;
    row.split('|').forEach((part, column) => {
      let x = 100 + column * 1300;
      const words: OcrWord[] = [];
      for (const text of part.trim().split(/\s+/).filter((w) => w !== '')) {
        words.push({ text, confidence, box: { x, y, width: text.length * charWidth, height: rowHeight } });
        x += (text.length + 1) * charWidth;
      }
      if (words.length === 0) return;
      const first = words[0]!.box;
      const last = words.at(-1)!.box;
      lines.push({ words, box: { x: first.x, y, width: last.x + last.width - first.x, height: rowHeight } });
    });
  });
  return lines;
}
