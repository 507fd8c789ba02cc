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

  it('sees a person’s choice about a place, and not a new pack’s resolution of it', () => {
    const place = { status: 'auto' as const, versionKey: 'a', path: 'Phường Cống Vị', date: '1987', needsChoice: true, packVersion: '2025.07.01' };
    const successors = [{ key: 'x', path: 'Phường Giảng Võ', share: 'partial' as const }, { key: 'y', path: 'Phường Ngọc Hà', share: 'partial' as const }];
    const field: FieldValue = { ...typed('Phường Cống Vị'), place: { ...place, successors } };
    expect(diffFields({ p: field }, { p: { ...field, place: { ...field.place!, chosenSuccessor: 'y' } } })).toHaveLength(1);
    expect(diffFields({ p: field }, { p: { ...field, place: { ...field.place!, status: 'manual' } } })).toHaveLength(1);
    expect(diffFields({ p: field }, { p: { ...field, place: { ...field.place!, packVersion: '2026.01.01', path: 'Phường Cống Vị, Quận Ba Đình' } } })).toEqual([]);
  });
});
