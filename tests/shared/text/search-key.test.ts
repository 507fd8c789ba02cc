import { describe, expect, it } from 'vitest';
import { compactSearchKey, holdsAll, searchKey, searchNeedles, searchText } from '../../../shared/text/search-key.ts';

describe('searchKey', () => {
  it.each([
    ['Hoà', 'hoa'],
    ['Hòa', 'hoa'],
    ['HOÀ', 'hoa'],
    ['Hoà'.normalize('NFD'), 'hoa'],
    ['Đặng', 'dang'],
    ['\u00d0ặng', 'dang'],
    ['đường', 'duong'],
    ['Kỳ Anh', 'ki anh'],
    ['Kì Anh', 'ki anh'],
    ['Lý', 'li'],
    ['Khơ-me', 'kho me'],
    ['  Khơ   me ', 'kho me'],
    ['P.3', 'p 3'],
    ['Nguyễn Thị Ngọc Ánh', 'nguien thi ngoc anh'],
  ])('%s → %s', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it('never throws and keeps only ASCII letters, digits and single spaces', () => {
    for (const text of ['', '\u0000\u200b', '<b>x</b>', '東京', 'Москва', '🙂', 'ệ'.repeat(10_000), '\ud800']) {
      const key = searchKey(text);
      expect(key).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
    }
  });
});

describe('compactSearchKey', () => {
  it('is the search key without spaces, so words OCR ran together meet their label', () => {
    expect(compactSearchKey('Ngày, tháng, năm sinh:')).toBe('ngaithangnamsinh');
    expect(compactSearchKey('Họvàtên')).toBe(compactSearchKey('HỌ VÀ TÊN'));
  });
});

describe('searchText, searchNeedles, holdsAll', () => {
  it('match when every word of the query begins a word of the text, marks and case aside', () => {
    const text = searchText('Khai sinh · xã Bình Lập, huyện Châu Thành · Quyển 06 · 1985–1987');
    expect(holdsAll(text, searchNeedles('binh lap 1985'))).toBe(true);
    expect(holdsAll(text, searchNeedles('Châu thành 06'))).toBe(true);
    expect(holdsAll(text, searchNeedles('inh'))).toBe(false);
    expect(holdsAll(text, searchNeedles('binh hoa'))).toBe(false);
  });

  it('has no needles for a query of nothing, and each word once', () => {
    expect(searchNeedles(' – , ')).toEqual([]);
    expect(searchNeedles('Lập lap LẬP')).toEqual([' lap']);
    expect(searchText('')).toBe('');
  });
});
