import { describe, expect, it } from 'vitest';
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
