import { describe, expect, it } from 'vitest';
import { bookSearchText, checkNewBook, sameBooks, type NewBookInput } from '../../../shared/domain/book-rules.ts';
import { holdsAll, searchNeedles } from '../../../shared/text/search-key.ts';

const valid: NewBookInput = { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: '1985', yearTo: '1987' };

describe('checkNewBook', () => {
  it('accepts a complete book', () => {
    expect(checkNewBook(valid, 2026)).toEqual([]);
  });

  it('asks for the commune as written', () => {
    const findings = checkNewBook({ ...valid, communeAsWritten: '   ' }, 2026);
    expect(findings.map((f) => f.field)).toEqual(['communeAsWritten']);
    expect(findings[0]!.message.vi).toContain('bìa sổ');
  });

  it.each([
    ['85', 'yearFrom', 'enter four digits'],
    ['1944', 'yearFrom', 'between 1945 and 2026'],
    ['2027', 'yearTo', 'between 1945 and 2026'],
  ] as const)('refuses the year %s as %s', (year, field, english) => {
    const findings = checkNewBook({ ...valid, [field]: year }, 2026);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.field).toBe(field);
    expect(findings[0]!.message.en).toContain(english);
  });

  it('refuses a last year before the first', () => {
    const findings = checkNewBook({ ...valid, yearFrom: '1990', yearTo: '1989' }, 2026);
    expect(findings.map((f) => f.field)).toEqual(['yearTo']);
  });

  it('accepts the boundary years', () => {
    expect(checkNewBook({ ...valid, yearFrom: '1945', yearTo: '2026' }, 2026)).toEqual([]);
  });
});

describe('bookSearchText', () => {
  const book = { kind: 'birth' as const, communeAsWritten: 'xã Bình Lập, huyện Châu Thành', volume: '06', yearFrom: 1985, yearTo: 1987 };
  it('finds a book by its kind in either language, its commune without marks, its volume and any year it covers', () => {
    const text = bookSearchText(book);
    for (const query of ['khai sinh', 'birth', 'binh lap', 'chau thanh 06', '1986', 'BÌNH LẬP 1987']) expect(holdsAll(text, searchNeedles(query)), query).toBe(true);
    for (const query of ['khai tu', '1988', 'binh hoa']) expect(holdsAll(text, searchNeedles(query)), query).toBe(false);
  });
});

describe('sameBooks', () => {
  const book = { kind: 'birth' as const, communeAsWritten: 'Xã Bình Lập', volume: '01', yearFrom: 1998, yearTo: 1999 };
  it('finds a book of the same kind, commune (marks, case, spacing aside), volume (leading zeros aside) and years', () => {
    expect(sameBooks({ ...book, communeAsWritten: 'xa  binh lap', volume: '1' }, [book])).toEqual([book]);
    expect(sameBooks({ ...book, volume: '2' }, [book])).toEqual([]);
    expect(sameBooks({ ...book, yearTo: 2000 }, [book])).toEqual([]);
    expect(sameBooks({ ...book, kind: 'death' }, [book])).toEqual([]);
    expect(sameBooks({ ...book, communeAsWritten: 'Xã Bình Lợi' }, [book])).toEqual([]);
  });
});
