import { describe, expect, it } from 'vitest';
import { EntryListIndex } from '../../../shared/domain/entry-list-index.ts';
import { readingKey } from '../../../shared/domain/entry-order.ts';
import type { EntryRow } from '../../../shared/domain/entry-rows.ts';

let writes = 0;
const row = (id: string, page: number | null, words: string[], deleted = false, registration: { number: number | null; year: number | null } = { number: null, year: null }): EntryRow => ({
  key: readingKey('b1', page, id), id, bookId: 'b1', entryNo: id, name: id, status: 'draft', revision: 1, updatedAt: '', words,
  registrationNumber: registration.number, registrationYear: registration.year,
  seq: `b1\u0001${String(++writes).padStart(6, '0')}`, ...(deleted ? { deleted: true as const } : {}),
});
const numbered = (id: string, page: number, number: number | null, year: number | null, deleted = false) => row(id, page, [String(number)], deleted, { number, year });

describe('EntryListIndex', () => {
  it('keeps the rows in reading order however they arrive, and a changed row in its place', () => {
    const index = new EntryListIndex('b1');
    index.apply([row('e3', 2, ['tran']), row('e1', 1, ['nguien', 'van', 'an']), row('e9', null, ['le']), row('e2', 1, ['pham'])]);
    expect(index.size).toBe(4);
    expect(index.slice(0, 10)).toEqual([readingKey('b1', 1, 'e1'), readingKey('b1', 1, 'e2'), readingKey('b1', 2, 'e3'), readingKey('b1', null, 'e9')]);
    expect(index.slice(1, 3)).toHaveLength(2);
    index.apply([row('e1', 1, ['hoang'])]);
    expect(index.size).toBe(4);
    expect(index.search('nguyen')).toEqual([]);
    expect(index.search('hoàng')).toEqual([readingKey('b1', 1, 'e1')]);
  });

  it('finds rows whose words every word of the query begins, marks and case aside; null for no query', () => {
    const index = new EntryListIndex('b1');
    index.apply([row('e1', 1, ['nguien', 'van', 'an', '390']), row('e2', 1, ['nguien', 'thi', 'anh', '3901']), row('e3', 1, ['tran', 'van', 'nguien'])]);
    expect(index.search('Nguyễn Văn')).toEqual([readingKey('b1', 1, 'e1'), readingKey('b1', 1, 'e3')]);
    expect(index.search('an')).toEqual([readingKey('b1', 1, 'e1'), readingKey('b1', 1, 'e2')]);
    expect(index.search('390')).toHaveLength(2);
    expect(index.search('guyen')).toEqual([]);
    expect(index.search(' - ')).toBeNull();
  });

  it('drops a deleted row, and remembers the last change it applied', () => {
    const index = new EntryListIndex('b1');
    const made = [row('e1', 1, ['a']), row('e2', 1, ['b'])];
    const gone = row('e1', 1, ['a'], true);
    index.apply([...made, gone]);
    expect(index.slice(0, 5)).toEqual([readingKey('b1', 1, 'e2')]);
    expect(index.upTo).toBe(gone.seq);
  });

  it('comes back from its snapshot as it was, ready for the changes after it', () => {
    const index = new EntryListIndex('b1');
    index.apply([row('e2', 2, ['tran', 'thi']), row('e1', 1, ['nguien'])]);
    const again = new EntryListIndex('b1', index.snapshot());
    expect(again.slice(0, 5)).toEqual(index.slice(0, 5));
    expect(again.search('tran thi')).toEqual([readingKey('b1', 2, 'e2')]);
    expect(again.upTo).toBe(index.upTo);
    again.apply([row('e1', 1, ['le'])]);
    expect(again.search('le')).toEqual([readingKey('b1', 1, 'e1')]);
    expect(again.size).toBe(2);
    expect(new EntryListIndex('b1', { bookId: 'b1', upTo: '', lines: '' }).size).toBe(0);
  });

  it('holds each row’s registration number and year in reading order, 0 for none, and follows their changes', () => {
    const index = new EntryListIndex('b1');
    index.apply([numbered('e3', 2, 7, 1999), numbered('e1', 1, 12, 1998), numbered('e2', 1, null, null)]);
    expect(index.numbering()).toEqual({ keys: index.slice(0, 5), numbers: [12, 0, 7], years: [1998, 0, 1999] });
    index.apply([numbered('e2', 1, 13, 1998), numbered('e1', 1, 12, 1998, true)]);
    expect(index.numbering()).toEqual({ keys: index.slice(0, 5), numbers: [13, 7], years: [1998, 1999] });
    expect(index.positionOf(readingKey('b1', 2, 'e3'))).toBe(1);
    expect(index.positionOf(readingKey('b1', 1, 'e1'))).toBe(-1);
  });

  it('keeps the numbers and years in its snapshot', () => {
    const index = new EntryListIndex('b1');
    index.apply([numbered('e1', 1, 12, 1998), numbered('e2', 1, null, 1998), row('e3', 2, ['ba\u0300'])]);
    const again = new EntryListIndex('b1', index.snapshot());
    expect(again.numbering()).toEqual(index.numbering());
    expect(again.search('12')).toEqual([readingKey('b1', 1, 'e1')]);
    expect(again.search('ba')).toEqual([readingKey('b1', 2, 'e3')]);
  });

  it('does not read a snapshot of the layout before numbers, which holds none: it is built from the rows again', () => {
    const old = { bookId: 'b1', upTo: 'b1\u0001000009', lines: `000001\u0001e1\tnguyen van an` };
    const index = new EntryListIndex('b1', old);
    expect(index.size).toBe(0);
    expect(index.upTo).toBe('');
  });
});
