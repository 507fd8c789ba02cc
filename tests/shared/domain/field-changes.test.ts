import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../shared/domain/entry.ts';
import { diffFields } from '../../../shared/domain/field-changes.ts';

const typed = (value: string): FieldValue => ({ value, raw: value, source: 'typed' });

describe('diffFields', () => {
  it('lists added, changed and removed fields with before and after, in key order', () => {
    const before = { 'child.fullName': typed('Hoàng Văn Sỹ'), 'child.sex': typed('Nam'), 'registration.number': typed('390') };
    const after = { 'child.fullName': typed('Hoàng Văn Sỹ Thực'), 'registration.number': typed('390'), 'mother.fullName': typed('Quách Minh Loan') };
    expect(diffFields(before, after)).toEqual([
      { field: 'child.fullName', before: typed('Hoàng Văn Sỹ'), after: typed('Hoàng Văn Sỹ Thực') },
      { field: 'child.sex', before: typed('Nam'), after: null },
      { field: 'mother.fullName', before: null, after: typed('Quách Minh Loan') },
    ]);
  });

  it('sees a change of source or raw text even when the value is the same', () => {
    const ocr: FieldValue = { value: 'Nam', raw: 'Nam', source: 'ocr', confidence: 91 };
    expect(diffFields({ s: ocr }, { s: { ...ocr, source: 'corrected' } })).toHaveLength(1);
    expect(diffFields({ s: typed('Nam') }, { s: { ...typed('Nam'), raw: 'Nam ' } })).toHaveLength(1);
    expect(diffFields({ s: typed('Nam') }, { s: typed('Nam') })).toEqual([]);
  });
});
