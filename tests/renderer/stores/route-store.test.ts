// Every screen's address in the hash reads back as the same screen, so a reload comes back to it.
import { describe, expect, it } from 'vitest';
import { parseHash, routeHash, type Route } from '../../../renderer/stores/route-store.ts';

const id = '0193a1b2-0000-7000-8000-000000000001';

describe('routes', () => {
  it('read back as written, and anything else is the books', () => {
    const routes: Route[] = [
      { name: 'books' }, { name: 'outbox' }, { name: 'team' }, { name: 'book', bookId: id }, { name: 'bookTeam', bookId: id },
      { name: 'keying', batchId: id }, { name: 'arbitrate', batchId: id }, { name: 'bookAudit', bookId: id }, { name: 'audit', auditId: id },
    ];
    for (const route of routes) expect(parseHash(routeHash(route))).toEqual(route);
    expect(routeHash({ name: 'audit', auditId: id })).toBe(`#/audits/${id}`);
    expect(parseHash('#/audits/not-an-id')).toEqual({ name: 'books' });
  });
});
