import { describe, expect, it } from 'vitest';
import { diffFields } from '../../../shared/domain/field-changes.ts';
import { typedFieldValues } from '../../../shared/domain/typed-fields.ts';

describe('typedFieldValues', () => {
  it('stores NFC, keeps what was typed as raw and drops empty fields', () => {
    const nfd = 'Hoàng  Văn Sỹ '.normalize('NFD');
    const fields = typedFieldValues({ 'child.fullName': nfd, 'child.sex': '   ', 'child.hometown': '' });
    expect(Object.keys(fields)).toEqual(['child.fullName']);
    expect(fields['child.fullName']).toEqual({ value: 'Hoàng Văn Sỹ', raw: 'Hoàng  Văn Sỹ '.normalize('NFC'), source: 'typed' });
  });

  it('keeps an unchanged OCR value as it was, and marks a changed one as corrected', () => {
    const previous = {
      'child.sex': { value: 'Nam', raw: 'Nam', source: 'ocr' as const, confidence: 88 },
      'child.fullName': { value: 'Hoang', raw: 'Hoang', source: 'ocr' as const, confidence: 40 },
    };
    const fields = typedFieldValues({ 'child.sex': 'Nam', 'child.fullName': 'Hoàng' }, previous);
    expect(fields['child.sex']).toBe(previous['child.sex']);
    expect(fields['child.fullName']).toEqual({ value: 'Hoàng', raw: 'Hoàng', source: 'corrected' });
  });

  it('never keeps control or invisible characters', () => {
    const fields = typedFieldValues({ 'registration.notes': 'a\u0000b\u200Bc\u202Ed' });
    expect(fields['registration.notes']!.value).toBe('abcd');
  });
});

describe('typedFieldValues with marks', () => {
  it('keeps a marked field empty with its mark, whatever text it had, and unmarked ones as typed', () => {
    const fields = typedFieldValues({ 'father.fullName': 'Ng', 'child.fullName': 'An' }, {}, { 'father.fullName': 'illegible', 'mother.fullName': 'blank' });
    expect(fields['father.fullName']).toEqual({ value: '', raw: '', source: 'typed', mark: 'illegible' });
    expect(fields['mother.fullName']).toEqual({ value: '', raw: '', source: 'typed', mark: 'blank' });
    expect(fields['child.fullName']).toMatchObject({ value: 'An', source: 'typed' });
  });

  it('keeps the stored value of a field marked the same way again, and a mark changed is a change', () => {
    const previous = typedFieldValues({}, {}, { 'father.fullName': 'illegible' });
    expect(typedFieldValues({}, previous, { 'father.fullName': 'illegible' })['father.fullName']).toBe(previous['father.fullName']);
    const changed = typedFieldValues({}, previous, { 'father.fullName': 'blank' });
    expect(diffFields(previous, changed).map((c) => c.field)).toEqual(['father.fullName']);
  });
});

describe('typedFieldValues: where a value came from stays true', () => {
  const box = { x: 10, y: 20, width: 300, height: 40 };
  const read = {
    'child.fullName': { value: 'Lê Thị Kiều', raw: 'Lê Thị Kiểu', source: 'ocr' as const, confidence: 62, lowConfidence: true as const, box },
    'child.birthDate': { value: '12/03/1987', raw: '12/O3/1987', source: 'ocr' as const, confidence: 91, box, precision: 'day' as const },
  };

  it('gives a cleared OCR value back as OCR’s, looked at, when it is typed or undone again', () => {
    // cleared: the field is no longer stored
    const cleared = typedFieldValues({ 'child.fullName': '' }, read, {}, { read });
    expect(cleared['child.fullName']).toBeUndefined();
    const undone = typedFieldValues({ 'child.fullName': 'Lê Thị Kiều' }, cleared, {}, { read });
    expect(undone['child.fullName']).toEqual({ ...read['child.fullName'], confirmed: true });
  });

  it('stores a date put back to its OCR reading as OCR-confirmed, not corrected', () => {
    const corrected = typedFieldValues({ 'child.birthDate': '12/08/1987' }, read, {}, { read });
    expect(corrected['child.birthDate']).toEqual({ value: '12/08/1987', raw: '12/08/1987', source: 'corrected', box });
    const back = typedFieldValues({ 'child.birthDate': '12/03/1987' }, corrected, {}, { read });
    expect(back['child.birthDate']).toMatchObject({ value: '12/03/1987', source: 'ocr', confidence: 91, confirmed: true });
  });

  it('confirms a doubtful reading accepted as read, and only when asked', () => {
    expect(typedFieldValues({ 'child.fullName': 'Lê Thị Kiều' }, read, {}, { read })['child.fullName']).toBe(read['child.fullName']);
    const accepted = typedFieldValues({ 'child.fullName': 'Lê Thị Kiều', 'child.birthDate': '12/03/1987' }, read, {}, { read, confirmed: new Set(['child.fullName']) });
    expect(accepted['child.fullName']).toEqual({ ...read['child.fullName'], confirmed: true });
    expect(diffFields(read, accepted).map((c) => c.field)).toEqual(['child.fullName']);
  });

  it('keeps a typed value typed when it is cleared and typed again, and a correction a correction', () => {
    const typed = typedFieldValues({ 'child.hometown': 'Bình Lập' });
    expect(typedFieldValues({ 'child.hometown': 'Bình Lập' }, {}, {}, { read })['child.hometown']).toEqual(typed['child.hometown']);
    const corrected = typedFieldValues({ 'child.fullName': 'Lê Thị Kiểu' }, read, {}, { read });
    expect(typedFieldValues({ 'child.fullName': 'Lê Thị Kiểu' }, {}, {}, { read })['child.fullName']).toEqual(corrected['child.fullName']);
  });
});
