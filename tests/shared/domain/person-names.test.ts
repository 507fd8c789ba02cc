import { describe, expect, it } from 'vitest';
import { hasIrregularCasing, hasIrregularSpacing, nameDisallowedCharacters, normalizePersonName } from '../../../shared/domain/person-names.ts';

describe('person names', () => {
  it.each(['Hoàng Văn Sỹ Thực', 'Lý Ðình Diệu', 'Nguyễn Thị Hoà', "H'Hen Niê", 'Y-Ngông Niê Kdăm', 'Ksor H’Bia', 'Müller François'])('accepts %s', (name) => {
    expect(nameDisallowedCharacters(name)).toEqual([]);
    expect(hasIrregularCasing(name)).toBe(false);
    expect(hasIrregularSpacing(name)).toBe(false);
  });

  it('lists each character that has no place in a name once', () => {
    expect(nameDisallowedCharacters('Nguyễn Văn 2 <b>An</b>')).toEqual(['2', '<', '>', '/']);
    expect(nameDisallowedCharacters('Trần_Văn.A')).toEqual(['_', '.']);
    expect(nameDisallowedCharacters('王小明')).toEqual(['王', '小', '明']);
    expect(nameDisallowedCharacters('Иван')).toEqual(['И', 'в', 'а', 'н']);
  });

  it('finds odd casing and spacing, and normalizes them on request', () => {
    expect(hasIrregularCasing('nguyễn văn an')).toBe(true);
    expect(hasIrregularCasing('NGUYỄN VĂN AN')).toBe(true);
    expect(hasIrregularSpacing('Nguyễn  Văn An')).toBe(true);
    expect(hasIrregularSpacing(' Nguyễn Văn An')).toBe(true);
    expect(hasIrregularSpacing('Nguyễn\tVăn An')).toBe(true);
    expect(normalizePersonName('  nguyễn  VĂN an ')).toBe('Nguyễn Văn An');
    expect(normalizePersonName('LÝ ÐÌNH DIỆU')).toBe('Lý Đình Diệu');
    expect(normalizePersonName("h'hen niê")).toBe("H'Hen Niê");
    expect(normalizePersonName('y-ngông')).toBe('Y-Ngông');
    expect(normalizePersonName('Nguyễn Thị Hoà'.normalize('NFD'))).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
  });
});
