import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractForm } from '../../../shared/ocr/form-extraction.ts';
import { parseTemplate, type FormTemplate } from '../../../shared/ocr/template.ts';
import { ocrLines } from '../../support/ocr-lines.ts';

const templatesDir = path.join(import.meta.dirname, '..', '..', '..', 'assets', 'templates');
const template = (id: string) => parseTemplate(JSON.parse(readFileSync(path.join(templatesDir, `${id}.json`), 'utf8'))) as FormTemplate;
const page = { width: 2500 };

describe('extractForm', () => {
  it('reads each value from its label to the next label on the row, title set aside', () => {
    const reading = extractForm(ocrLines([
      'SỔ ĐĂNG KÝ KHAI SINH',
      'Số: 390 | Quyển số: 05',
      'Họ và tên: Hoàng Văn Sỹ Thực | Giới tính: Nam',
      'Ngày, tháng, năm sinh: 06/06/2003',
      'Họ và tên cha: Hoàng Văn Minh | Năm sinh: 1975',
      'Họ và tên mẹ: Quách Minh Loan | Năm sinh: 1978',
    ]), template('birth-form'), page);
    expect(reading.titleFound).toBe(true);
    const raw = Object.fromEntries(Object.entries(reading.fields).filter(([, f]) => f.found).map(([k, f]) => [k, f.raw]));
    expect(raw).toEqual({
      'registration.number': '390',
      'registration.book': '05',
      'child.fullName': 'Hoàng Văn Sỹ Thực',
      'child.sex': 'Nam',
      'child.birthDate': '06/06/2003',
      'father.fullName': 'Hoàng Văn Minh',
      'father.birthYear': '1975',
      'mother.fullName': 'Quách Minh Loan',
      'mother.birthYear': '1978',
    });
    expect(reading.fields['child.birthPlace']).toMatchObject({ found: false, raw: '', box: null });
  });

  it('gives a label printed twice to the husband first and the wife second, even when one is lost', () => {
    const reading = extractForm(ocrLines([
      'SỔ ĐĂNG KÝ KẾT HÔN',
      'Họ và tên chồng: Lý Đình Diệu',
      'Ngày sinh: 28/12/1988',
      'Dân tộc: Dao | Quốc tịch: Việt Nam',
      'Họ và tên vợ: Lê Thu Quỳnh Vân',
      // the wife's "Ngày sinh:" is lost to OCR
      'Dân tộc: Ê-đê | Quốc tịch: Việt Nam',
    ]), template('marriage-form'), page);
    const raw = (key: string) => reading.fields[key]?.raw;
    expect(raw('husband.birthDate')).toBe('28/12/1988');
    expect(raw('husband.ethnicity')).toBe('Dao');
    expect(raw('wife.ethnicity')).toBe('Ê-đê');
    expect(reading.fields['wife.birthDate']?.found).toBe(false);
  });

  it('prefers the longer label where both fit ("Ngày, tháng, năm sinh" is not "Năm sinh"), and an exact short one over a misread long one', () => {
    const reading = extractForm(ocrLines(['Họ và tên: Đặng Đức', 'Ngày, tháng, năm sinh: 01/02/2000', 'Họ và tên cha: Mai Duy Minh']), template('birth-form'), page);
    expect(reading.fields['child.birthDate']?.raw).toBe('01/02/2000');
    expect(reading.fields['father.birthYear']?.found).toBe(false);
    expect(reading.fields['child.fullName']?.raw).toBe('Đặng Đức');
    expect(reading.fields['father.fullName']?.raw).toBe('Mai Duy Minh');
  });

  it('does not take "Họ và tên: Phạm" for "Họ và tên cha" misread', () => {
    const reading = extractForm(ocrLines(['Họ và tên: Phạm Thị Hồng Nhạn | Giới tính: Nữ', 'Họ và tên cha: Phan Hữu Chấn Hùng']), template('birth-form'), page);
    expect(reading.fields['child.fullName']?.raw).toBe('Phạm Thị Hồng Nhạn');
    expect(reading.fields['father.fullName']?.raw).toBe('Phan Hữu Chấn Hùng');
  });

  it('strips leader dots and a bled colon around the value, and takes the lowest word confidence', () => {
    const lines = ocrLines(['Nơi sinh: : xã An Bình, huyện Lạc Thủy ......']);
    lines[0]!.words[3]!.confidence = 41;
    const field = extractForm(lines, template('birth-form'), page).fields['child.birthPlace']!;
    expect(field.raw).toBe('xã An Bình, huyện Lạc Thủy');
    expect(field.confidence).toBe(41);
    expect(field.box).toMatchObject({ y: 100, height: 50 });
  });

  it('points at the empty space after a label whose value is blank', () => {
    const field = extractForm(ocrLines(['Dân tộc: | Quốc tịch: Việt Nam']), template('birth-form'), page).fields['child.ethnicity']!;
    expect(field).toMatchObject({ found: true, raw: '', confidence: 0 });
    expect(field.box!.width).toBeGreaterThan(0);
  });

  it('finds few labels and no title on a page of another edition', () => {
    const reading = extractForm(ocrLines(['SỔ ĐĂNG KÝ KHAI TỬ', 'Họ và tên người chết: Phạm Tùng Anh', 'Ngày chết: 15/05/1993', 'Nơi chết: xã Phú Tân']), template('marriage-form'), page);
    expect(reading.titleFound).toBe(false);
    expect(reading.labelsFound).toBeLessThan(0.35);
  });
});
