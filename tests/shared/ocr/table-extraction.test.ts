import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTable, matchColumns, type CellReading } from '../../../shared/ocr/table-extraction.ts';
import { parseTemplate, type TableTemplate } from '../../../shared/ocr/template.ts';

const template = parseTemplate(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'assets', 'templates', 'birth-table.json'), 'utf8'))) as TableTemplate;
const headers = ['Số', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên cha', 'Họ và tên mẹ', 'Ngày đăng ký'];

function cells(texts: string[], y: number): CellReading[] {
  return texts.map((text, i) => ({ text, confidence: text === '' ? 0 : 88, box: { x: i * 100, y, width: 90, height: 40 } }));
}

describe('matchColumns', () => {
  it('matches headers read with OCR errors to the template columns', () => {
    expect(matchColumns(template, ['Sô', 'Họ và tến', 'Giới tỉnh', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên cha', 'Họvàtênmẹ', 'Ngày đăng ký'])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('skips a column the template does not know, and leaves a missing one unmatched', () => {
    const withNotes = ['Số', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Dân tộc', 'Họ và tên cha', 'Họ và tên mẹ', 'Ngày đăng ký', 'Ghi chú'];
    expect(matchColumns(template, withNotes)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const noEthnicity = headers.filter((h) => h !== 'Dân tộc');
    expect(matchColumns(template, noEthnicity)).toEqual([0, 1, 2, 3, 4, null, 5, 6, 7]);
  });

  it('falls back on the printed order when headers are unreadable but the count is right', () => {
    expect(matchColumns(template, headers.map((h, i) => (i === 2 ? '~~' : h)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('extractTable', () => {
  it('makes one entry per filled row and skips empty rows', () => {
    const reading = extractTable(template, cells(headers, 0), [
      cells(['228', 'Đinh Thị Thủy Tâm', 'Nữ', '08/03/2006', 'xã Sán Xả Hồ, huyện Hoàng Su Phì, tỉnh Hà Giang', 'Thái', 'Trương Đình Quảng', 'Vũ Thu Đông Trà', '08/04/2006'], 50),
      cells(['', '', '', '', '', '', '', '', ''], 100),
    ]);
    expect(reading.headersFound).toBe(1);
    expect(reading.rows).toHaveLength(1);
    expect(reading.rows[0]!.fields['child.fullName']).toMatchObject({ raw: 'Đinh Thị Thủy Tâm', confidence: 88, found: true, box: { x: 100, y: 50 } });
    expect(reading.rows[0]!.box).toEqual({ x: 0, y: 50, width: 890, height: 40 });
  });

  it('marks an empty cell in a filled row as found but empty', () => {
    const reading = extractTable(template, cells(headers, 0), [cells(['229', 'Đinh Thị Bích Đào', 'Nữ', '', '', '', '', '', ''], 50)]);
    expect(reading.rows[0]!.fields['child.birthDate']).toMatchObject({ raw: '', confidence: 0, found: true });
  });
});
