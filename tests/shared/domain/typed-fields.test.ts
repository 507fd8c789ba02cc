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
