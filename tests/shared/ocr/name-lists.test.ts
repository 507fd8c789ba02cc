import { describe, expect, it } from 'vitest';
import { parseNameList, prepareNameLists, type NameLists } from '../../../shared/ocr/name-lists.ts';

const lists: NameLists = {
  surnames: ['Nguyễn', 'Trần', 'Lê', 'Hà', 'Đặng', 'Đàng', 'Tôn', 'Tôn Thất', 'Nguyễn Phúc'],
  givenNames: { male: ['Văn An', 'Anh Đức'], female: ['Thi Hồng', 'Minh Loan'] },
  causesOfDeath: ['Đột quỵ'],
  relations: ['cha'],
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

describe('how common a spelling is', () => {
  const surnames = [...['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'],
    ...Array.from({ length: 60 }, (_, i) => `Họ${i}`), 'Hờ', 'Hạ'];
  const girls = ['Thúy Kiều', 'Ngọc Kiều', 'Thanh Kiều', 'Diễm Kiều', 'Minh Kiều', 'Anh Thư', 'Minh Thư', 'Thanh Thu', 'Ngọc Thu', 'Kim Thu', 'Hồng Thu', 'Lệ Thu', 'Thu Hà', 'Thúy Hà'];
  const boys = ['Minh Quyền', 'Văn Quyền', 'Đức Quyền', 'Hữu Quyền', 'Mạnh Quyền', 'Văn Thụ', 'Đức Hà', 'Thu Hà'];
  const index = prepareNameLists({ surnames, givenNames: { male: boys, female: girls }, causesOfDeath: [], relations: [] });

  it('points from a given-name word the lists hold once at most to a common one a mark away', () => {
    expect(index.commonerGivenWord('Kiểu', null)).toBe('Kiều');
    expect(index.commonerGivenWord('Thụ', null)).toBe('Thu');
    expect(index.commonerGivenWord('Kiều', null)).toBeNull();
    expect(index.commonerGivenWord('Hà', null)).toBeNull();
    // Letters differ, not marks: no neighbour.
    expect(index.commonerGivenWord('Thư', 'female')).toBeNull();
  });

  it('counts the names of the bearer\'s sex where it is known', () => {
    // Quyên is a girl's name the girls' list lacks here; for a man it is Quyền misread.
    expect(index.commonerGivenWord('Quyên', 'male')).toBe('Quyền');
    expect(index.commonerGivenWord('Quyên', 'female')).toBeNull();
    expect(index.commonerGivenWord('Thụ', 'male')).toBeNull();
  });

  it('never takes the common middle names for rare ones, nor points at them across the sexes', () => {
    expect(index.commonerGivenWord('Thị', null)).toBeNull();
    expect(index.commonerGivenWord('Thị', 'female')).toBeNull();
    expect(index.commonerGivenWord('Thi', 'male')).toBeNull();
    expect(index.isGivenNameWord('Thị')).toBe(true);
  });

  it('points from a rare surname to one of the head of the list a mark away', () => {
    expect(index.commonerSurname('Hờ')).toBe('Hồ');
    expect(index.commonerSurname('Hồ')).toBeNull();
    expect(index.commonerSurname('Hạ')).toBeNull();
  });

  it('finds the commonest listed word one letter from a word no name holds', () => {
    expect(index.nearestGivenWord('Kiêu')).toBeNull();
    expect(index.nearestGivenWord('Kieuu')).toBe('Kiều');
    expect(index.nearestGivenWord('Xyz')).toBeNull();
  });
});
