import { describe, expect, it } from 'vitest';
import { bookKeyRange, readingKey, readingKeyPage } from '../../../shared/domain/entry-order.ts';

describe('readingKey', () => {
  it('sorts page by page, then in the order the entries were made, with entries on no page last', () => {
    const keys = [readingKey('b', 10, '0003'), readingKey('b', null, '0001'), readingKey('b', 2, '0004'), readingKey('b', 2, '0002'), readingKey('b', 1, '0009')];
    expect([...keys].sort()).toEqual([readingKey('b', 1, '0009'), readingKey('b', 2, '0002'), readingKey('b', 2, '0004'), readingKey('b', 10, '0003'), readingKey('b', null, '0001')]);
  });

  it('gives back the page it was made with', () => {
    expect(readingKeyPage(readingKey('01900000-0000-7000-8000-000000000001', 12, '0003'))).toBe(12);
    expect(readingKeyPage(readingKey('b', null, '0003'))).toBeNull();
  });

  it('keeps each book’s keys within its own range', () => {
    const { lower, upper } = bookKeyRange('book-1');
    const inside = (key: string) => key >= lower && key < upper;
    expect([readingKey('book-1', 1, 'x'), readingKey('book-1', null, 'y')].every(inside)).toBe(true);
    expect([readingKey('book-10', 1, 'x'), readingKey('book-', 1, 'x'), readingKey('book-2', 1, 'x')].some(inside)).toBe(false);
  });
});
