import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { entryBeside, readingOrder } from '../../../shared/domain/entry-order.ts';

const entry = (id: string, pageId: string | null, updatedAt = '2026-11-23T10:00:00Z'): Entry => ({
  id, bookId: 'b', pageId, kind: 'birth', entryNo: '', fields: {}, status: 'draft', revision: 1, updatedAt, updatedBy: 'x', warnings: [],
});

describe('readingOrder', () => {
  it('goes page by page, then in the order the entries were made, whenever they were last saved', () => {
    const pages = new Map([['p1', 1], ['p2', 2]]);
    const list = [entry('0003', 'p2'), entry('0002', 'p1', '2026-11-23T12:00:00Z'), entry('0001', 'p1'), entry('0004', null)];
    expect(readingOrder(list, pages).map((e) => e.id)).toEqual(['0001', '0002', '0003', '0004']);
  });
});

describe('entryBeside', () => {
  const order = [entry('a', 'p1'), entry('b', 'p1'), entry('c', 'p2')];

  it('steps forward and back, and stops at either end', () => {
    expect(entryBeside(order, 'b', 1)?.id).toBe('c');
    expect(entryBeside(order, 'b', -1)?.id).toBe('a');
    expect(entryBeside(order, 'c', 1)).toBeNull();
    expect(entryBeside(order, 'a', -1)).toBeNull();
  });

  it('starts at the first (forward) or the last (back) from a new entry', () => {
    expect(entryBeside(order, null, 1)?.id).toBe('a');
    expect(entryBeside(order, null, -1)?.id).toBe('c');
    expect(entryBeside([], null, 1)).toBeNull();
  });
});
