import { describe, expect, it } from 'vitest';
import { allowedEdits, findLabel, prefixDistances } from '../../../shared/ocr/label-matching.ts';
import { compactSearchKey } from '../../../shared/text/search-key.ts';
import { readingRows } from '../../../shared/ocr/reading-rows.ts';
import { ocrLines } from '../../support/ocr-lines.ts';

describe('prefixDistances', () => {
  it('gives the edits from the label to each prefix of longer text', () => {
    expect(prefixDistances('hovaten', 'hovatenphamthi', 1)?.[7]).toBe(0);
    expect(prefixDistances(compactSearchKey('Quyển số'), compactSearchKey('QUYÊN SÔ: 05'), 1)?.[7]).toBe(0);
    expect(prefixDistances('quienso', 'quienxo05', 1)?.[7]).toBe(1);
    expect(prefixDistances('hovatenme', 'hovatendang', 1)).toBeNull();
  });
});

describe('allowedEdits', () => {
  it('allows none on short labels, a few on long ones', () => {
    expect(allowedEdits(2)).toBe(0);
    expect(allowedEdits(7)).toBe(1);
    expect(allowedEdits(16)).toBeGreaterThanOrEqual(2);
  });
});

describe('findLabel', () => {
  it('finds a label OCR ran together, and one with a wrong mark', () => {
    const rows = readingRows(ocrLines(['Họvàtên: Phạm Thị Hồng', 'Quyến số: 05']));
    expect(findLabel(rows, 'Họ và tên')).toEqual([expect.objectContaining({ row: 0, startWord: 0, endWord: 0, distance: 0 })]);
    expect(findLabel(rows, 'Quyển số')).toEqual([expect.objectContaining({ row: 1, startWord: 0, endWord: 1 })]);
  });

  it('starts only at a word, so "Số" is not found inside "Quyển số" at a letter', () => {
    const rows = readingRows(ocrLines(['Quyểnsố: 05']));
    expect(findLabel(rows, 'Số')).toEqual([]);
  });

  it('ends a label at a word rather than in the value when both cost the same ("Ngàychế: 15/05")', () => {
    const rows = readingRows(ocrLines(['Ngàychế: 15/05/1993']));
    expect(findLabel(rows, 'Ngày chết')).toEqual([expect.objectContaining({ endWord: 0, spill: 0, distance: 1 })]);
  });

  it('does not start a label on a word of punctuation alone', () => {
    const rows = readingRows(ocrLines(['... : Nơi sinh: xã An']));
    expect(findLabel(rows, 'Nơi sinh').map((m) => m.startWord)).toEqual([2]);
  });
});
