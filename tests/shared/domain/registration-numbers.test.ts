import { describe, expect, it } from 'vitest';
import { readingKey } from '../../../shared/domain/entry-order.ts';
import {
  namedKeys, numberingFindings, numberingProblems, parseRegistrationNumber, yearOfPart, type NumberingColumns, type NumberingProblem,
} from '../../../shared/domain/registration-numbers.ts';

describe('parseRegistrationNumber', () => {
  it('reads a number as written, leading zeros and a year part aside', () => {
    expect(parseRegistrationNumber('12')).toEqual({ number: 12 });
    expect(parseRegistrationNumber(' 012 ')).toEqual({ number: 12 });
    expect(parseRegistrationNumber('12/1998')).toEqual({ number: 12, yearPart: '1998' });
    expect(parseRegistrationNumber('0012 / 98')).toEqual({ number: 12, yearPart: '98' });
    expect(parseRegistrationNumber('12-1998')).toEqual({ number: 12, yearPart: '1998' });
    expect(parseRegistrationNumber('125/2010/KS')).toEqual({ number: 125, yearPart: '2010' });
    expect(parseRegistrationNumber('7/TP-HT')).toEqual({ number: 7 });
  });

  it('finds no number in nothing, zero, or text that is not one', () => {
    for (const text of ['', '  ', '0', '000', '12a', 'số mười hai', '12/3', '1/2/1998', '12/19988']) expect(parseRegistrationNumber(text)).toBeNull();
  });
});

describe('yearOfPart', () => {
  it('takes four digits as they are and two as dates read them', () => {
    expect(yearOfPart('1998', { today: '2026-11-23' })).toBe(1998);
    expect(yearOfPart('98', { today: '2026-11-23', registerYears: { from: 1980, to: 2010 } })).toBe(1998);
    expect(yearOfPart('05', { today: '2026-11-23', registerYears: { from: 1980, to: 2010 } })).toBe(2005);
    expect(yearOfPart('25', { today: '2026-11-23' })).toBe(2025);
  });
});

/** A book's entries in reading order: [page (null: none), number (0: none), year (0: not known)]. */
function book(...entries: [number | null, number, number][]): NumberingColumns {
  return {
    keys: entries.map(([page], i) => readingKey('b', page, `e${String(i).padStart(4, '0')}`)),
    numbers: entries.map(([, number]) => number),
    years: entries.map(([, , year]) => year),
  };
}

const oneYear = { from: 1998, to: 1998 };
const years = { from: 1998, to: 2000 };
const kinds = (problems: NumberingProblem[]) => problems.map((p) => (p.kind === 'duplicate' ? `duplicate ${p.number}` : `gap ${p.from}-${p.to}`));

describe('numberingProblems: a number used twice in a year', () => {
  it('finds the other entries of the year with the number, naming the first by its page and place on it', () => {
    const columns = book([1, 1, 1998], [1, 2, 1998], [2, 3, 1998], [2, 2, 1998], [3, 2, 1998]);
    const [problem, ...rest] = numberingProblems(columns, 3, years);
    expect(rest).toEqual([]);
    expect(problem).toEqual({ kind: 'duplicate', number: 2, year: 1998, other: { key: columns.keys[1], page: 1, onPage: 2 }, more: 1 });
    // the first of them sees the later ones
    expect(numberingProblems(columns, 1, years)).toMatchObject([{ kind: 'duplicate', other: { key: columns.keys[3], page: 2, onPage: 2 }, more: 1 }]);
  });

  it('counts numbers by year: the same number in another year is no duplicate', () => {
    const columns = book([1, 1, 1998], [1, 2, 1998], [2, 1, 1999], [2, 2, 1999]);
    expect(numberingProblems(columns, 2, years)).toEqual([]);
    expect(numberingProblems(columns, 3, years)).toEqual([]);
  });

  it('takes a one-year book’s year for an entry whose date is not keyed yet; in a book of several years such an entry is not counted', () => {
    const columns = book([1, 1, 1998], [1, 2, 0], [1, 2, 1998]);
    expect(kinds(numberingProblems(columns, 2, oneYear))).toEqual(['duplicate 2']);
    expect(kinds(numberingProblems(columns, 1, oneYear))).toEqual(['duplicate 2']);
    expect(numberingProblems(columns, 2, years)).toEqual([]);
    expect(numberingProblems(columns, 1, years)).toEqual([]);
  });

  it('says nothing of an entry with no number yet, nor counts it', () => {
    const columns = book([1, 1, 1998], [1, 0, 1998], [1, 0, 1998], [1, 2, 1998]);
    expect(numberingProblems(columns, 1, years)).toEqual([]);
    expect(numberingProblems(columns, 3, years)).toEqual([]);
  });

  it('places an entry on no page among the entries on no page', () => {
    const columns = book([1, 1, 1998], [null, 2, 1998], [null, 3, 1998], [null, 3, 1998]);
    expect(numberingProblems(columns, 3, years)).toMatchObject([{ kind: 'duplicate', other: { page: null, onPage: 2 } }]);
  });
});

describe('numberingProblems: numbers missing before an entry', () => {
  it('reports the numbers between the one before and this one, on the entry after them only', () => {
    const columns = book([1, 1, 1998], [1, 2, 1998], [1, 3, 1998], [2, 7, 1998], [2, 8, 1998]);
    expect(numberingProblems(columns, 3, years)).toEqual([{ kind: 'gap', year: 1998, from: 4, to: 6, previous: { key: columns.keys[2], page: 1, onPage: 3 } }]);
    expect(numberingProblems(columns, 2, years)).toEqual([]);
    expect(numberingProblems(columns, 4, years)).toEqual([]);
  });

  it('names the nearer of two entries with the number before', () => {
    const columns = book([1, 2, 1998], [1, 3, 1998], [2, 3, 1998], [2, 5, 1998]);
    expect(numberingProblems(columns, 3, years)).toMatchObject([{ kind: 'gap', from: 4, to: 4, previous: { key: columns.keys[2], page: 2, onPage: 1 } }]);
  });

  it('compares numbers within the year only, and finds the number before wherever it is in the book', () => {
    const columns = book([1, 4, 1998], [1, 1, 1998], [1, 3, 1999], [2, 6, 1998]);
    expect(kinds(numberingProblems(columns, 3, years))).toEqual(['gap 5-5']);
    expect(kinds(numberingProblems(columns, 0, years))).toEqual(['gap 2-3']);
  });

  it('waits while an entry between the two has no number, or no year in a book of several years: it may hold a missing one', () => {
    expect(numberingProblems(book([1, 3, 1998], [1, 0, 1998], [1, 5, 1998]), 2, years)).toEqual([]);
    expect(numberingProblems(book([1, 3, 1998], [1, 4, 0], [1, 6, 1998]), 2, years)).toEqual([]);
    expect(kinds(numberingProblems(book([1, 3, 1998], [1, 4, 0], [1, 6, 1998]), 2, oneYear))).toEqual(['gap 5-5']);
  });

  it('waits while a page between the two has no entry yet: the clerk has not keyed it', () => {
    expect(numberingProblems(book([1, 3, 1998], [3, 6, 1998]), 1, years)).toEqual([]);
    expect(kinds(numberingProblems(book([1, 3, 1998], [2, 6, 1998]), 1, years))).toEqual(['gap 4-5']);
    expect(numberingProblems(book([1, 3, 1998], [null, 6, 1998]), 1, years)).toEqual([]);
  });

  it('reports the first number of a year above 1 when the year began in this book, right after an earlier year', () => {
    const columns = book([1, 40, 1998], [1, 41, 1998], [2, 3, 1999], [2, 4, 1999]);
    expect(numberingProblems(columns, 2, years)).toEqual([{ kind: 'gap', year: 1999, from: 1, to: 2, previous: null }]);
    expect(numberingProblems(columns, 3, years)).toEqual([]);
  });

  it('lets the book’s first year go on from an earlier book, and a year out of the book’s be', () => {
    expect(numberingProblems(book([1, 120, 1998], [1, 121, 1998]), 0, years)).toEqual([]);
    expect(numberingProblems(book([1, 1, 1997], [1, 120, 1998]), 1, years)).toEqual([]);
    expect(numberingProblems(book([1, 5, 2000], [1, 3, 2001]), 1, years)).toEqual([]);
  });

  it('waits at the start of a year while what comes before it is not keyed: no earlier entry, no number, no year, or a page with none', () => {
    expect(numberingProblems(book([5, 3, 1999], [5, 4, 1999]), 0, years)).toEqual([]);
    expect(numberingProblems(book([1, 41, 1998], [1, 0, 0], [1, 3, 1999]), 2, years)).toEqual([]);
    expect(numberingProblems(book([1, 41, 1998], [1, 2, 0], [1, 3, 1999]), 2, years)).toEqual([]);
    expect(numberingProblems(book([1, 41, 1998], [3, 3, 1999]), 1, years)).toEqual([]);
  });

  it('reports a duplicate and a gap together', () => {
    const columns = book([1, 1, 1998], [1, 4, 1998], [1, 4, 1998]);
    expect(kinds(numberingProblems(columns, 2, years))).toEqual(['duplicate 4', 'gap 2-3']);
  });
});

describe('numberingFindings', () => {
  const columns = book([1, 1, 1998], [1, 2, 1998], [2, 2, 1998], [2, 2, 1998], [3, 5, 1998], [4, 3, 1999]);
  const named = new Map([
    [columns.keys[1]!, { entryNo: '02', name: 'Nguyễn Văn An' }],
    [columns.keys[3]!, { entryNo: '2', name: '' }],
  ]);

  it('names the other entry of a duplicate, an error on the number field, in both languages', () => {
    const problems = numberingProblems(columns, 2, years);
    expect(namedKeys(problems)).toEqual([columns.keys[1]]);
    const [finding] = numberingFindings(problems, named);
    expect(finding).toMatchObject({ field: 'registration.number', code: 'registration.numberDuplicate', severity: 'error' });
    expect(finding!.message.vi).toBe('Số 2 năm 1998 đã dùng cho mục khác của sổ: số "02", Nguyễn Văn An, trang 1, mục thứ 2. Còn 1 mục khác cũng mang số này.');
    expect(finding!.message.en).toBe('Number 2 of 1998 is already used in this book: number "02", Nguyễn Văn An, page 1, entry 2 on it. 1 more entry has it too.');
  });

  it('says when the other entry has no name yet', () => {
    const [finding] = numberingFindings([{ kind: 'duplicate', number: 2, year: 1998, other: { key: columns.keys[3]!, page: 2, onPage: 2 }, more: 0 }], named);
    expect(finding!.message.vi).toBe('Số 2 năm 1998 đã dùng cho mục khác của sổ: số "2", chưa có tên, trang 2, mục thứ 2.');
    expect(finding!.message.en).toBe('Number 2 of 1998 is already used in this book: number "2", no name yet, page 2, entry 2 on it.');
  });

  it('names the number before a gap, a warning', () => {
    const problems = numberingProblems(columns, 4, years).filter((p) => p.kind === 'gap');
    expect(namedKeys(problems)).toEqual([columns.keys[3]]);
    const [finding] = numberingFindings(problems, new Map([[columns.keys[3]!, { entryNo: '2', name: 'Lê Thị Hoa' }]]));
    expect(finding).toMatchObject({ field: 'registration.number', code: 'registration.numberGap', severity: 'warning' });
    expect(finding!.message.vi).toBe('Thiếu số 3–4 năm 1998: số liền trước có trong sổ là số "2", Lê Thị Hoa, trang 2, mục thứ 2.');
    expect(finding!.message.en).toBe('Numbers 3–4 of 1998 are missing: the number before it in this book is number "2", Lê Thị Hoa, page 2, entry 2 on it.');
  });

  it('says where a year begins above 1', () => {
    const problems = numberingProblems(columns, 5, years);
    expect(namedKeys(problems)).toEqual([]);
    const [finding] = numberingFindings(problems, new Map());
    expect(finding!.message.vi).toBe('Thiếu số 1–2 năm 1999: năm 1999 bắt đầu trong sổ này mà số đầu tiên là 3.');
    expect(finding!.message.en).toBe('Numbers 1–2 of 1999 are missing: 1999 begins in this book, and its first number is 3.');
    const [one] = numberingFindings([{ kind: 'gap', year: 1999, from: 1, to: 1, previous: null }], new Map());
    expect(one!.message.en).toBe('Number 1 of 1999 is missing: 1999 begins in this book, and its first number is 2.');
  });
});
