import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvForExcel } from '../../../shared/text/csv.ts';

describe('csvForExcel', () => {
  it('starts with the byte-order mark Excel needs to read UTF-8, and keeps Vietnamese as NFC text', () => {
    const csv = csvForExcel([['Người nhập', 'Lỗi'], ['Nguyễn Thị Hường', 3]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Người nhập,Lỗi\r\nNguyễn Thị Hường,3');
  });

  it('quotes commas, quotes and line breaks so every value reads back as it was', () => {
    const rows = [['Xã Đông Hòa, huyện Dĩ An', 'nói "không"', 'hai\ndòng']];
    expect(Papa.parse(csvForExcel(rows).slice(1)).data).toEqual(rows);
  });

  it('never lets a value run as a formula in Excel', () => {
    expect(csvForExcel([['=HYPERLINK("x")']]).slice(1)).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
