import { describe, expect, it } from 'vitest';
import type { PageKeying } from '../../../shared/domain/page-keying.ts';
import type { FieldState } from '../../../shared/team/reconciliation.ts';
import { teamProgress } from '../../../shared/team/team-progress.ts';

const page = (id: string, counts: Partial<PageKeying> = {}) => ({
  id,
  keying: { entries: 0, unchecked: 0, drafts: 0, verified: 0, synced: 0, attention: 0, ...counts },
});

const states = (...list: FieldState[]) => list.map((state) => ({ state }));

const pages = [
  page('p1', { entries: 4, drafts: 1, verified: 2, synced: 1 }),
  page('p2', { entries: 3, drafts: 2, attention: 1 }),
  page('p3', { entries: 2, synced: 2 }),
  // no entry written on it yet
  { id: 'p4' },
  // in no batch
  page('p5', { entries: 5, drafts: 5 }),
];

describe('progress of a book for its team', () => {
  it('adds up a book, its batches and the share of each person holding a pass', () => {
    const keyFields = new Map([
      ['b1', states('agreed', 'differs', 'decided', 'waiting', 'waiting', 'agreed')],
      ['b2', states('agreed', 'differs')],
    ]);
    const result = teamProgress(
      pages,
      [
        { id: 'b1', pageIds: ['p1', 'p2'], passA: 'lan', passB: 'minh' },
        { id: 'b2', pageIds: ['p3', 'p4'], passA: 'minh', passB: 'hoa' },
        { id: 'b3', pageIds: ['p5'], passA: null, passB: null },
      ],
      keyFields,
    );
    expect(result.book).toEqual({ pages: 5, entries: { done: 5, toDo: 9 }, fields: { done: 6, toDo: 2 }, differing: 2 });
    expect(result.batches.get('b1')).toEqual({ pages: 2, entries: { done: 3, toDo: 4 }, fields: { done: 4, toDo: 2 }, differing: 1 });
    expect(result.batches.get('b2')).toEqual({ pages: 2, entries: { done: 2, toDo: 0 }, fields: { done: 2, toDo: 0 }, differing: 1 });
    expect(result.batches.get('b3')).toEqual({ pages: 1, entries: { done: 0, toDo: 5 }, fields: { done: 0, toDo: 0 }, differing: 0 });
    expect(Object.fromEntries(result.operators)).toEqual({
      lan: { pages: 2, entries: { done: 3, toDo: 4 }, fields: { done: 0, toDo: 0 } },
      // pass A of batch 2 and pass B of batch 1
      minh: { pages: 4, entries: { done: 2, toDo: 0 }, fields: { done: 4, toDo: 2 } },
      hoa: { pages: 2, entries: { done: 0, toDo: 0 }, fields: { done: 2, toDo: 0 } },
    });
  });

  it('counts pages in no batch for the book only, and a batch without key field states as having none', () => {
    const result = teamProgress(pages, [{ id: 'b1', pageIds: ['p3', 'gone'], passA: 'lan', passB: null }], new Map());
    expect(result.book).toEqual({ pages: 5, entries: { done: 5, toDo: 9 }, fields: { done: 0, toDo: 0 }, differing: 0 });
    expect(result.batches.get('b1')).toEqual({ pages: 1, entries: { done: 2, toDo: 0 }, fields: { done: 0, toDo: 0 }, differing: 0 });
    expect([...result.operators.keys()]).toEqual(['lan']);
  });
});
