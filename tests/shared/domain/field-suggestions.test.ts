import { describe, expect, it } from 'vitest';
import { createSurnameIndex, fieldSuggestions, suggestionLimit, suggestsFor, type SuggestionSources } from '../../../shared/domain/field-suggestions.ts';
import { shippedResolver } from '../../support/places.ts';

const resolver = shippedResolver();
const surnames = createSurnameIndex(['Nguyễn', 'Trần', 'Lê', 'Tôn Thất', 'Tôn Nữ', 'Ngô']);
const sources = { places: { resolver, date: '1990' }, surnames };
const values = (type: Parameters<typeof fieldSuggestions>[0], text: string, from: SuggestionSources = sources) => fieldSuggestions(type, text, from).map((s) => s.value);

describe('fieldSuggestions: places by the register’s date', () => {
  it('offers units of the date whose name starts with what was typed, marks or not, as their full path', () => {
    const found = fieldSuggestions('place', 'binh chanh', sources);
    const chanh = found.find((s) => s.value === 'Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh');
    expect(chanh).toMatchObject({ complete: true, detail: expect.stringMatching(/^(\d{4}|…)–/) as unknown });
    expect(resolver.unitOn(chanh!.placeKey!, '1990')?.path).toBe(chanh!.value);
    expect(found.length).toBeLessThanOrEqual(suggestionLimit);
  });

  it('offers the units of the register’s years, not today’s', () => {
    expect(values('place', 'Trúc B', { ...sources, places: { resolver, date: '2020-01-01' } }).some((v) => v.startsWith('Phường Trúc Bạch, '))).toBe(true);
    expect(values('place', 'Trúc B', { ...sources, places: { resolver, date: '2026-01-01' } }).some((v) => v.startsWith('Phường Trúc Bạch, '))).toBe(false);
  });

  it('keeps to the parents already written, and keeps the hamlet in front', () => {
    const inDistrict = values('place', 'Bình, Bình Chánh, Hồ Chí Minh');
    expect(inDistrict.length).toBeGreaterThan(0);
    expect(inDistrict.every((v) => v.includes('Huyện Bình Chánh'))).toBe(true);
    // the parent written must be above the unit, not its own name
    expect(values('place', 'binh chanh, binh chanh')).toEqual(['Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh']);
    expect(values('place', 'Ấp 3, xã Bình Chá')).toContain('Ấp 3, Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh');
  });

  it('offers nothing without the place table or a date, for empty text, or once the text is a suggestion', () => {
    expect(values('place', 'Bình Chánh', { ...sources, places: null })).toEqual([]);
    expect(values('place', ' , ')).toEqual([]);
    expect(values('place', 'Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh')).not.toContain('Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh');
  });
});

describe('fieldSuggestions: surnames, ethnicities, nationalities', () => {
  it('offers surnames while the name is still at its surname, leaving room for the given name', () => {
    expect(fieldSuggestions('name', 'nguy', sources)).toEqual([{ value: 'Nguyễn ', complete: false }]);
    expect(values('name', 'Tôn')).toEqual(['Tôn Thất ', 'Tôn Nữ ']);
    expect(values('name', 'Tôn th')).toEqual(['Tôn Thất ']);
    expect(values('name', 'Nguyễn Văn')).toEqual([]);
    expect(values('name', 'Lê')).toEqual([]);
    expect(values('name', 'ngu', { ...sources, surnames: null })).toEqual([]);
  });

  it('offers ethnic groups by name, other name or code, saying which matched', () => {
    expect(fieldSuggestions('ethnicity', 'viet', sources)).toEqual([
      { value: 'Kinh', detail: '01 · Việt', complete: true },
      { value: 'Khơ-me', detail: '05 · Việt gốc Miên', complete: true },
    ]);
    expect(fieldSuggestions('ethnicity', 'kho', sources)[0]).toMatchObject({ value: 'Khơ-me' });
    expect(values('ethnicity', 'Kinh')).toEqual([]);
  });

  it('offers states by Vietnamese or English name or common name, in their Vietnamese name', () => {
    expect(fieldSuggestions('nationality', 'viet', sources)[0]).toEqual({ value: 'Việt Nam', detail: 'VN · Viet Nam', complete: true });
    expect(values('nationality', 'my')).toContain('Hoa Kỳ');
    expect(values('nationality', 'Lien Xo')).toContain('Liên Xô');
  });

  it('offers nothing for a type with no list', () => {
    expect(values('date', '12')).toEqual([]);
    expect(suggestsFor('date')).toBe(false);
    expect(['place', 'name', 'ethnicity', 'nationality'].every((type) => suggestsFor(type as 'place'))).toBe(true);
  });
});
