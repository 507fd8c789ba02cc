import { describe, expect, it } from 'vitest';
import { createSpellingList, inWrittenCase } from '../../../shared/ocr/closest-spelling.ts';

const groups = createSpellingList([
  { item: 'kinh', spellings: ['Kinh', 'Việt'] },
  { item: 'hmong', spellings: ['HMông', "H'Mông", 'Mông', 'Mèo'] },
  { item: 'ede', spellings: ['Ê-đê', 'Ra-đê'] },
  { item: 'tay', spellings: ['Tày'] },
  { item: 'thai', spellings: ['Thái'] },
]);

const surnames = createSpellingList(['Đặng', 'Đàng', 'Dương', 'Đường', 'Nguyễn'].map((s) => ({ item: s, spellings: [s] })));

describe('createSpellingList', () => {
  it('knows a spelling whatever its case, Unicode form or tone-mark placement', () => {
    expect(groups.closest('kinh')).toEqual({ kind: 'exact', item: 'kinh', spelling: 'Kinh' });
    expect(groups.closest('MÈO'.normalize('NFD'))).toEqual({ kind: 'exact', item: 'hmong', spelling: 'Mèo' });
  });

  it('keeps the other name that was written rather than the group name', () => {
    expect(groups.closest('HMông')).toMatchObject({ kind: 'exact', spelling: 'HMông' });
    expect(groups.closest("H'Mông")).toMatchObject({ kind: 'exact', spelling: "H'Mông" });
    expect(groups.closest('Ra-đê')).toMatchObject({ kind: 'exact', spelling: 'Ra-đê' });
  });

  it('corrects marks, hyphens and spacing to the spelling closest in marks', () => {
    expect(groups.closest('Kính')).toEqual({ kind: 'marks', item: 'kinh', spelling: 'Kinh' });
    expect(groups.closest('Ede')).toEqual({ kind: 'marks', item: 'ede', spelling: 'Ê-đê' });
    expect(groups.closest('Hmong')).toMatchObject({ kind: 'marks', item: 'hmong' });
    expect(groups.closest('Tảy')).toMatchObject({ kind: 'marks', spelling: 'Tày' });
    expect(surnames.closest('Dặng')).toMatchObject({ kind: 'marks', spelling: 'Đặng' });
    expect(surnames.closest('Nguyến')).toMatchObject({ kind: 'marks', spelling: 'Nguyễn' });
  });

  it('does not choose between entries that differ only in the marks the text lacks, or that are equally close', () => {
    expect(surnames.closest('Dang')).toBeNull();
    expect(surnames.closest('Duong')).toBeNull();
    // One mark away from both.
    expect(surnames.closest('Đương')).toBeNull();
  });

  it('corrects a letter or two by the length of the word, the m read as rn included', () => {
    expect(groups.closest('Klnh')).toEqual({ kind: 'near', item: 'kinh', spelling: 'Kinh', distance: 1 });
    expect(groups.closest('Kirn')).toBeNull();
    expect(createSpellingList([{ item: 'nam', spellings: ['Nam'] }, { item: 'nu', spellings: ['Nữ'] }]).closest('Narn')).toMatchObject({ kind: 'near', spelling: 'Nam' });
    expect(surnames.closest('Nquyễn')).toMatchObject({ kind: 'near', spelling: 'Nguyễn', distance: 1 });
    expect(surnames.closest('Nqyến')).toBeNull();
  });

  it('corrects nothing in a word of two letters but its marks', () => {
    const short = createSpellingList([{ item: 'le', spellings: ['Lê'] }, { item: 'ha', spellings: ['Hà'] }]);
    expect(short.closest('Lẽ')).toMatchObject({ kind: 'marks', spelling: 'Lê' });
    expect(short.closest('Li')).toBeNull();
    expect(short.closest('')).toBeNull();
  });

  it('lets the caller decide how far a correction may go', () => {
    const strict = createSpellingList([{ item: 'kinh', spellings: ['Kinh'] }], () => 0);
    expect(strict.closest('Klnh')).toBeNull();
    expect(strict.closest('Kính')).toMatchObject({ kind: 'marks' });
  });
});

describe('inWrittenCase', () => {
  it.each([
    ['NGUYEN', 'Nguyễn', 'NGUYỄN'],
    ['nguyen', 'Nguyễn', 'nguyễn'],
    ['Nguyen', 'Nguyễn', 'Nguyễn'],
    ['Xả', 'xã', 'Xã'],
    ['tùa chủa', 'Tủa Chùa', 'tủa chùa'],
  ])('%s → %s written as %s', (written, spelling, result) => {
    expect(inWrittenCase(written, spelling)).toBe(result);
  });
});
