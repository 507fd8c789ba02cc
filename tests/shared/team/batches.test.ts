import { describe, expect, it } from 'vitest';
import { assignmentProblem, mayArbitrate, parsePageRanges, splitPages } from '../../../shared/team/batches.ts';
import type { Profile } from '../../../shared/team/profile.ts';

const pages = Array.from({ length: 7 }, (_, i) => ({ id: `p${i + 1}`, sequence: i + 1 }));
const person = (id: string, role: Profile['role'], extra: Partial<Profile> = {}): Profile => ({ id, fullName: `Người ${id}`, role, hasPin: false, createdAt: 'x', ...extra });
const double = { mode: 'double' as const, keyFields: ['child.fullName'] };

describe('splitting a book into batches', () => {
  it('makes batches of N pages each, the last one shorter, from pages in no batch yet', () => {
    expect(splitPages(pages, new Set(), { mode: 'size', pagesPerBatch: 3 })).toEqual([['p1', 'p2', 'p3'], ['p4', 'p5', 'p6'], ['p7']]);
    expect(splitPages(pages, new Set(['p1', 'p2']), { mode: 'size', pagesPerBatch: 4 })).toEqual([['p3', 'p4', 'p5', 'p6'], ['p7']]);
  });

  it('makes a batch of each page range', () => {
    expect(splitPages(pages, new Set(), { mode: 'ranges', ranges: [{ from: 5, to: 7 }, { from: 1, to: 2 }] })).toEqual([['p1', 'p2'], ['p5', 'p6', 'p7']]);
  });

  it('refuses a size below one, a backward, overlapping or empty range, and a book with no page left', () => {
    expect(() => splitPages(pages, new Set(), { mode: 'size', pagesPerBatch: 0 })).toThrow(expect.objectContaining({ code: 'batch-size' }));
    expect(() => splitPages(pages, new Set(), { mode: 'ranges', ranges: [{ from: 4, to: 2 }] })).toThrow(expect.objectContaining({ code: 'batch-range' }));
    expect(() => splitPages(pages, new Set(), { mode: 'ranges', ranges: [{ from: 1, to: 4 }, { from: 4, to: 6 }] })).toThrow(expect.objectContaining({ code: 'batch-range-overlap' }));
    expect(() => splitPages(pages, new Set(['p1', 'p2']), { mode: 'ranges', ranges: [{ from: 1, to: 2 }] })).toThrow(expect.objectContaining({ code: 'batch-range-empty' }));
    expect(() => splitPages(pages, new Set(pages.map((p) => p.id)), { mode: 'size', pagesPerBatch: 2 })).toThrow(expect.objectContaining({ code: 'batch-no-pages' }));
  });
});

describe('assignment rules', () => {
  it('gives the two passes to two different people who may key, and pass B only under double keying', () => {
    const lan = person('lan', 'operator');
    expect(assignmentProblem({ passA: null, passB: null }, 'A', lan, double)).toBeNull();
    expect(assignmentProblem({ passA: 'lan', passB: null }, 'B', lan, double)?.code).toBe('assign-same-person');
    expect(assignmentProblem({ passA: null, passB: 'lan' }, 'A', lan, double)?.code).toBe('assign-same-person');
    expect(assignmentProblem({ passA: 'x', passB: null }, 'B', lan, { mode: 'ocr-verify' })?.code).toBe('assign-no-pass-b');
    expect(assignmentProblem({ passA: null, passB: null }, 'A', person('old', 'operator', { retiredAt: 'y' }), double)?.code).toBe('assign-retired');
  });

  it('lets only a checker or supervisor who keyed neither pass arbitrate', () => {
    const batch = { passA: 'a', passB: 'b' };
    expect(mayArbitrate(person('c', 'checker'), batch)).toBe(true);
    expect(mayArbitrate(person('s', 'supervisor'), batch)).toBe(true);
    expect(mayArbitrate(person('o', 'operator'), batch)).toBe(false);
    expect(mayArbitrate(person('a', 'checker'), batch)).toBe(false);
    expect(mayArbitrate(person('b', 'supervisor'), batch)).toBe(false);
    // a batch received in a work package holds one pass: the PC that holds both settles them
    expect(mayArbitrate(person('c', 'checker'), { ...batch, received: { packageId: 'p', pass: 'B', at: 'x', from: 's', entryIds: [] } })).toBe(false);
  });
});

describe('page ranges as typed', () => {
  it('reads ranges and single pages separated by commas, semicolons or spaces, with a dash or an en dash', () => {
    expect(parsePageRanges('1-10, 11–20; 25')).toEqual([{ from: 1, to: 10 }, { from: 11, to: 20 }, { from: 25, to: 25 }]);
    expect(parsePageRanges('1 - 3 4-6')).toEqual([{ from: 1, to: 3 }, { from: 4, to: 6 }]);
  });

  it('is null for text that is not ranges', () => {
    for (const text of ['', ' , ', 'trang 1-3', '1-', '1--3', '3.5']) expect(parsePageRanges(text), text).toBeNull();
  });
});
