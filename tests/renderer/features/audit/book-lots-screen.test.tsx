// A supervisor forms a lot and starts its audit: the severity the switching rules give (with why), the
// plan drawn for the lot's size, refusals said; the lots of the book listed with their state.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { beginAudit, createLot, decideAudit, recheckEntry, recordReview } from '../../../../renderer/db/lots-repository.ts';
import { BookLotsScreen } from '../../../../renderer/features/audit/book-lots-screen.tsx';
import { useRouteStore } from '../../../../renderer/stores/route-store.ts';
import { completeBirth } from '../../support/books.ts';
import { freshDatabase, renderWith, scriptedBridge, testPerson } from '../../support/render-app.tsx';

async function bookOfVerified(count: number) {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  for (let i = 1; i <= count; i++) {
    const entry = await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: completeBirth(1985, { 'registration.number': String(i) }) }, 'lan');
    await verifyEntry(db, entry.id, 'lan', () => []);
  }
  return { db, book };
}

/** A lot of the book audited and rejected: every sampled entry found wrong. */
async function rejectedLot(db: Awaited<ReturnType<typeof bookOfVerified>>['db'], bookId: string) {
  const lot = await createLot(db, bookId, { kind: 'book' }, 'contract', testPerson.id);
  const audit = await beginAudit(db, lot.id, { aql: 1, level: 'II', severity: 'normal', counting: 'nonconforming-entries' }, '0badc0de', testPerson.id);
  for (const entryId of audit.sample) await recordReview(db, audit.id, entryId, { fields: ['child.fullName'], findings: [{ field: 'child.fullName', found: { value: 'A' }, right: { value: 'B' } }] });
  await decideAudit(db, audit.id, testPerson.id);
}

describe('the lots of a book', () => {
  afterEach(() => useRouteStore.getState().navigate({ name: 'books' }));

  it('forms a lot of the book under normal inspection, starts its audit with the plan for its size, and opens it', async () => {
    const user = userEvent.setup();
    const { db, book } = await bookOfVerified(30);
    renderWith(<BookLotsScreen bookId={book.id} />, { db, bridge: scriptedBridge({}).bridge });
    expect((await screen.findByRole('status')).textContent).toMatch(/^Kiểm tra thường · /);
    await user.click(screen.getByRole('button', { name: 'Tạo lô và bắt đầu kiểm tra' }));
    await waitFor(() => expect(useRouteStore.getState().route.name).toBe('audit'));
    const [audit] = await db.lotAudits.toArray();
    // 30 entries, level II: code letter D; at AQL 1.0 its arrow leads down to E's plan, n 13, Ac 0, Re 1
    expect(audit).toMatchObject({ counting: 'nonconforming-entries', plan: { lotSize: 30, level: 'II', aql: 1, severity: 'normal', codeLetter: 'D', planLetter: 'E', sampleSize: 13, ac: 0, re: 1 } });
    expect(audit!.seed).toMatch(/^[0-9a-f]{8}$/);
    expect(audit!.sample).toHaveLength(audit!.plan.sampleSize);
    const row = within(await screen.findByRole('table')).getByRole('row', { name: /Lô kiểm tra 1/ });
    expect(row.textContent).toContain('Đang kiểm tra (các mục đang được giữ lại, chưa gửi)');
    expect(row.textContent).toContain(`n = ${audit!.plan.sampleSize}`);
  });

  it('says why the next lot is audited tightened, after two lots of five were rejected', async () => {
    const { db, book } = await bookOfVerified(10);
    await rejectedLot(db, book.id);
    await rejectedLot(db, book.id);
    renderWith(<BookLotsScreen bookId={book.id} />, { db, bridge: scriptedBridge({}).bridge });
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toMatch(/^Kiểm tra ngặt · /));
    expect(status.textContent).toContain('1 và 2');
  });

  it('sends a rejected lot back for a full re-check, shows how far it is, and offers a new audit only once it is done', async () => {
    const user = userEvent.setup();
    const { db, book } = await bookOfVerified(10);
    await rejectedLot(db, book.id);
    renderWith(<BookLotsScreen bookId={book.id} />, { db, bridge: scriptedBridge({}).bridge });
    const row = within(await screen.findByRole('table')).getByRole('row', { name: /Lô kiểm tra 1/ });
    expect(row.textContent).toContain('đã soát lại 0/10 mục');
    expect(within(row).queryByRole('button', { name: 'Kiểm tra lại sau khi soát' })).toBeNull();

    const ids = (await db.lots.toArray())[0]!.entryIds;
    for (const id of ids.slice(0, 9)) await recheckEntry(db, id, 'lan');
    await waitFor(() => expect(row.textContent).toContain('đã soát lại 9/10 mục'));
    await user.click(within(row).getByRole('button', { name: 'Soát lại tại đây' }));
    expect(useRouteStore.getState().route).toEqual({ name: 'book', bookId: book.id, entryId: ids[9] });

    await recheckEntry(db, ids[9]!, 'lan');
    expect(await within(row).findByRole('button', { name: 'Kiểm tra lại sau khi soát' })).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Soát lại tại đây' })).toBeNull();
  });

  it('says a lot of fewer than 2 verified entries cannot be sampled, and makes none', async () => {
    const user = userEvent.setup();
    const { db, book } = await bookOfVerified(1);
    renderWith(<BookLotsScreen bookId={book.id} />, { db, bridge: scriptedBridge({}).bridge });
    await screen.findByRole('status');
    await user.click(screen.getByRole('button', { name: 'Tạo lô và bắt đầu kiểm tra' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Lô này chỉ có 1 mục đã kiểm tra');
    expect(await db.lots.count()).toBe(0);
  });

  it('is for supervisors only', async () => {
    const { db, book } = await bookOfVerified(2);
    renderWith(<BookLotsScreen bookId={book.id} />, { db, bridge: scriptedBridge({}).bridge, person: { ...testPerson, role: 'checker' } });
    expect(await screen.findByText(/giám sát/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tạo lô và bắt đầu kiểm tra' })).toBeNull();
  });
});
