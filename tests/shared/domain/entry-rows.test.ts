import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { entryName, entryRowOf, registrationOf } from '../../../shared/domain/entry-rows.ts';
import { readingKey } from '../../../shared/domain/entry-order.ts';

const typed = (value: string) => ({ value, raw: value, source: 'typed' as const });
const birth: Entry = {
  id: 'e1', bookId: 'b1', pageId: 'p', kind: 'birth', entryNo: '390', status: 'verified', revision: 3, updatedAt: '2026-11-23T10:00:00Z', updatedBy: 'x', warnings: [],
  fields: {
    'registration.number': typed('390'), 'registration.date': typed('12/06/2003'), 'registration.registrar': typed('Lê Văn Cán'),
    'child.fullName': typed('Hoàng Văn Sỹ Thực'), 'mother.fullName': typed('Quách Minh Loan'), 'child.birthPlace': typed('xã Thạnh Trị'),
  },
};

describe('entryRowOf', () => {
  it('keeps what the list shows, under the entry’s reading key', () => {
    expect(entryRowOf(birth, 4, 'w1')).toMatchObject({ key: readingKey('b1', 4, 'e1'), id: 'e1', bookId: 'b1', entryNo: '390', name: 'Hoàng Văn Sỹ Thực', status: 'verified', revision: 3, seq: 'b1\u0001w1' });
    expect(entryRowOf({ ...birth, pageId: null }, null, 'w1').key).toBe(readingKey('b1', null, 'e1'));
  });

  it('is found by the number, the people named and the registration date, not the registrar or the places', () => {
    const { words } = entryRowOf(birth, 1, 'w1');
    expect(words).toEqual(expect.arrayContaining(['390', '12', '06', '2003', 'hoang', 'van', 'si', 'thuc', 'quach', 'minh', 'loan']));
    expect(words).not.toContain('can');
    expect(words).not.toContain('thanh');
    expect(new Set(words).size).toBe(words.length);
  });

  it('names both spouses of a marriage, and nobody when no name is written', () => {
    expect(entryName({ kind: 'marriage', fields: { 'husband.fullName': typed('Lê Văn An'), 'wife.fullName': typed('Phạm Thị Hoa') } })).toBe('Lê Văn An – Phạm Thị Hoa');
    expect(entryName({ kind: 'death', fields: {} })).toBe('');
  });
});

describe('registrationOf', () => {
  const of = (fields: Record<string, string>, updatedAt = '2026-11-23T10:00:00Z') => registrationOf({ updatedAt, fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typed(v)])) });

  it('keeps the number’s value and the registration date’s year', () => {
    expect(of({ 'registration.number': '012', 'registration.date': '12/06/2003' })).toEqual({ registrationNumber: 12, registrationYear: 2003 });
    expect(entryRowOf(birth, 1, 'w1')).toMatchObject({ registrationNumber: 390, registrationYear: 2003 });
  });

  it('takes the year the number carries while the date says none, and the date’s over it', () => {
    expect(of({ 'registration.number': '12/1998' })).toEqual({ registrationNumber: 12, registrationYear: 1998 });
    expect(of({ 'registration.number': '12/1998', 'registration.date': 'không rõ' })).toEqual({ registrationNumber: 12, registrationYear: 1998 });
    expect(of({ 'registration.number': '12/1998', 'registration.date': '3/1999' })).toEqual({ registrationNumber: 12, registrationYear: 1999 });
  });

  it('reads two-digit years as of the day the entry was written', () => {
    expect(of({ 'registration.number': '12/98', 'registration.date': '12.03.25' })).toEqual({ registrationNumber: 12, registrationYear: 2025 });
    expect(of({ 'registration.number': '12/98', 'registration.date': '12.03.25' }, '2024-01-01T00:00:00Z')).toEqual({ registrationNumber: 12, registrationYear: 1925 });
    expect(of({ 'registration.number': '12/98' })).toEqual({ registrationNumber: 12, registrationYear: 1998 });
  });

  it('has neither when nothing says them', () => {
    expect(of({})).toEqual({ registrationNumber: null, registrationYear: null });
    expect(of({ 'registration.number': '12a', 'registration.date': '31/02/2003' })).toEqual({ registrationNumber: null, registrationYear: null });
  });
});
