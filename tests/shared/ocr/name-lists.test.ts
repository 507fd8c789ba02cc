import { describe, expect, it } from 'vitest';
import { parseNameList, prepareNameLists, type NameLists } from '../../../shared/ocr/name-lists.ts';

const lists: NameLists = {
  surnames: ['Nguyễn', 'Trần', 'Lê', 'Hà', 'Đặng', 'Đàng', 'Tôn', 'Tôn Thất', 'Nguyễn Phúc'],
  givenNames: ['Văn An', 'Thi Hồng', 'Anh Đức', 'Minh Loan'],
};

describe('parseNameList', () => {
  it('reads one entry a line, NFC, with Ð as Đ, skipping blanks and comments', () => {
    const text = ['# surnames', 'Nguyễn'.normalize('NFD'), '', '  Tôn   Thất  ', 'Anh Ðức', 'Trần\r', '\u200bLê'].join('\n');
    expect(parseNameList(text)).toEqual(['Nguyễn', 'Tôn Thất', 'Anh Đức', 'Trần', 'Lê']);
    expect(parseNameList('')).toEqual([]);
  });
});

describe('prepareNameLists', () => {
  const index = prepareNameLists(lists);

  it('indexes a lists object once', () => {
    expect(prepareNameLists(lists)).toBe(index);
    expect(prepareNameLists({ ...lists })).not.toBe(index);
  });

  it('reads a listed surname, or a misread one clearly meant, at the start of a name', () => {
    expect(index.surnameOf(['Nguyễn', 'Văn', 'An'])).toEqual({ words: 1, match: { kind: 'exact', item: 'Nguyễn', spelling: 'Nguyễn' } });
    expect(index.surnameOf(['Nguyến', 'Văn', 'An']).match).toMatchObject({ kind: 'marks', spelling: 'Nguyễn' });
    expect(index.surnameOf(['Nquyễn', 'Văn', 'An']).match).toMatchObject({ kind: 'near', spelling: 'Nguyễn', distance: 1 });
    expect(index.surnameOf(['Lẽ', 'Văn', 'An']).match).toMatchObject({ kind: 'marks', spelling: 'Lê' });
  });

  it('takes a surname of several words when the name begins with it', () => {
    expect(index.surnameOf(['Tôn', 'Thất', 'Thuyết'])).toMatchObject({ words: 2, match: { spelling: 'Tôn Thất' } });
    expect(index.surnameOf(['Nguyễn', 'Phúc', 'Lộc'])).toMatchObject({ words: 2, match: { spelling: 'Nguyễn Phúc' } });
    expect(index.surnameOf(['Tôn', 'Văn', 'An'])).toMatchObject({ words: 1, match: { spelling: 'Tôn' } });
  });

  it('corrects no surname it cannot tell apart, and none of two letters by more than its marks', () => {
    expect(index.surnameOf(['Dang', 'Văn', 'An'])).toEqual({ words: 1, match: null });
    expect(index.surnameOf(['Y-Ngông', 'Niê'])).toEqual({ words: 1, match: null });
    expect(index.surnameOf(['Hi', 'Văn'])).toEqual({ words: 1, match: null });
    expect(index.surnameOf([])).toEqual({ words: 0, match: null });
  });

  it('knows the words of the given names without their marks', () => {
    expect(index.isGivenNameWord('Hồng')).toBe(true);
    expect(index.isGivenNameWord('Thị')).toBe(true);
    expect(index.isGivenNameWord('duc')).toBe(true);
    expect(index.isGivenNameWord('Loan')).toBe(true);
    expect(index.isGivenNameWord('MinhLoan')).toBe(false);
    expect(index.isGivenNameWord('Sỹ')).toBe(false);
  });
});
