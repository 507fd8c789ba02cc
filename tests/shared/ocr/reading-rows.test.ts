import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../../shared/ocr/ocr-types.ts';
import { readingRows, unionBox } from '../../../shared/ocr/reading-rows.ts';

function line(text: string, x: number, y: number): OcrLine {
  const box = { x, y, width: text.length * 20, height: 50 };
  return { words: [{ text, confidence: 90, box }], box };
}

describe('readingRows', () => {
  it('puts a right-column line back beside its row, whatever order tesseract gave', () => {
    // Tesseract's blocks: the left column first, then the right one.
    const rows = readingRows([line('Số:', 100, 100), line('Họ', 100, 300), line('Quyển', 1400, 104), line('Giới', 1400, 296)]);
    expect(rows.map((r) => r.words.map((w) => w.text))).toEqual([['Số:', 'Quyển'], ['Họ', 'Giới']]);
  });

  it('keeps close rows apart', () => {
    expect(readingRows([line('a', 100, 100), line('b', 100, 160)])).toHaveLength(2);
  });
});

describe('unionBox', () => {
  it('covers every box, and is null for none', () => {
    expect(unionBox([{ x: 10, y: 20, width: 5, height: 5 }, { x: 0, y: 30, width: 5, height: 10 }])).toEqual({ x: 0, y: 20, width: 15, height: 20 });
    expect(unionBox([])).toBeNull();
  });
});
