// A rejected lot goes back to its operators: "Việc của bạn" lists it for whoever keyed its entries, the
// workspace opens at the first one left with the errors the audit found, and verifying each entry (as it
// is, or corrected) records it re-checked and goes on to the next; nothing is sent meanwhile.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { beginAudit, createLot, decideAudit, recordReview } from '../../../../renderer/db/lots-repository.ts';
import { MyWork } from '../../../../renderer/features/team/my-work.tsx';
import { BookWorkspace } from '../../../../renderer/features/workspace/book-workspace.tsx';
import { useRouteStore } from '../../../../renderer/stores/route-store.ts';
import type { Profile } from '../../../../shared/team/profile.ts';
import { completeBirth } from '../../support/books.ts';
import { fieldInput } from '../../support/field-input.ts';
import { freshDatabase, renderWith, scriptedBridge, testPerson } from '../../support/render-app.tsx';

const lan: Profile = { ...testPerson, id: '0193a1b2-0000-7000-8000-00000000000a', fullName: 'Trần Thị Lan', role: 'operator' };
const minh: Profile = { ...testPerson, id: '0193a1b2-0000-7000-8000-00000000000b', fullName: 'Phạm Văn Minh', role: 'operator' };

/** Three entries keyed by Lan, one by Minh, in a lot of the book rejected on a wrong name in Lan's first entry. */
async function rejectedBook() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  const ids: string[] = [];
  for (const [i, who] of [lan, lan, lan, minh].entries()) {
    const entry = await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: completeBirth(1985, { 'registration.number': String(i + 1) }) }, who.id);
    await verifyEntry(db, entry.id, who.id, () => []);
    ids.push(entry.id);
  }
  const lot = await createLot(db, book.id, { kind: 'book' }, 'contract', testPerson.id);
  // 4 entries at AQL 15: n 3 of B's plan, Ac 1, Re 2, wrong fields counted
  const audit = await beginAudit(db, lot.id, { aql: 15, level: 'II', severity: 'normal', counting: 'nonconformities' }, '0badc0de', testPerson.id);
  await recordReview(db, audit.id, ids[0]!, {
    fields: ['child.fullName', 'child.birthDate'],
    findings: [
      { field: 'child.fullName', found: { value: 'Lê Văn An' }, right: { value: 'Lê Văn Ân' } },
      { field: 'child.birthDate', found: { value: '06/06/1985' }, right: { value: '07/06/1985' } },
    ],
  });
  await decideAudit(db, audit.id, testPerson.id);
  return { db, book, ids, lot };
}

describe('the re-check of a rejected lot', () => {
  afterEach(() => useRouteStore.getState().navigate({ name: 'books' }));

  it('is in the work of whoever keyed its entries, counting theirs, and opens their first one left', async () => {
    const user = userEvent.setup();
    const { db, book, ids } = await rejectedBook();
    renderWith(<MyWork />, { db, bridge: scriptedBridge({}).bridge, person: lan });
    await user.click(await screen.findByRole('button', { name: 'Lô kiểm tra 1 (xã Bình Lập, quyển số 01) không đạt: soát lại, còn 3 mục' }));
    expect(useRouteStore.getState().route).toEqual({ name: 'book', bookId: book.id, entryId: [...ids.slice(0, 3)].sort()[0] });
  });

  it('shows the errors found, records each entry verified as re-checked and goes on to the next, and holds them all from sync', async () => {
    const user = userEvent.setup();
    const { db, book, ids, lot } = await rejectedBook();
    const order = [...ids].sort();
    renderWith(<BookWorkspace bookId={book.id} openEntryId={ids[0]} />, { db, bridge: scriptedBridge({}).bridge, person: lan });
    const panel = await screen.findByRole('region', { name: 'Soát lại lô kiểm tra 1 (không đạt)' });
    expect(within(panel).getByRole('status').textContent).toBe('Đã soát lại 0/4 mục của lô · mục này chưa soát lại');
    const found = within(panel).getByRole('table', { name: 'Lỗi người kiểm tra tìm thấy ở mục này (2), đã được sửa' });
    expect(within(found).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['1—Họ và tênLê Văn An → Lê Văn Ân', '1—Ngày, tháng, năm sinh06/06/1985 → 07/06/1985']);

    // the entry as it is: verified already, so Ctrl+Enter records it re-checked
    const form = () => screen.getByRole('form', { name: /^Sửa mục số/ });
    await user.click(fieldInput('Họ và tên', form()));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Đã soát lại mục số 1. Còn 3 mục của lô kiểm tra 1 cần soát lại.')).toBeTruthy();
    const next = order.find((id) => id > ids[0]!) ?? order[0]!;
    const nextNo = String(ids.indexOf(next) + 1);
    expect(screen.getByRole('form', { name: `Sửa mục số ${nextNo}` })).toBeTruthy();

    // corrected during the re-check: a draft until verified again, then re-checked
    await user.clear(fieldInput('Nơi sinh', form()));
    await user.type(fieldInput('Nơi sinh', form()), 'xã Bình Lập, huyện Bình Sơn');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(`Đã soát lại mục số ${nextNo}. Còn 2 mục của lô kiểm tra 1 cần soát lại.`)).toBeTruthy();
    expect(await db.entries.get(next)).toMatchObject({ status: 'verified', fields: { 'child.birthPlace': { value: 'xã Bình Lập, huyện Bình Sơn' } } });

    for (let left = 1; left >= 0; left--) {
      await user.click(fieldInput('Họ và tên', form()));
      await user.keyboard('{Control>}{Enter}{/Control}');
      if (left > 0) expect(await screen.findByText(new RegExp(`Còn ${left} mục của lô kiểm tra 1`))).toBeTruthy();
    }
    expect(await screen.findByText('Đã soát lại toàn bộ lô kiểm tra 1: người giám sát có thể kiểm tra chọn mẫu lần mới.')).toBeTruthy();
    const rejected = (await db.lotAudits.where('lotId').equals(lot.id).toArray())[0]!;
    expect(rejected.rechecked?.map((mark) => mark.entryId).sort()).toEqual(order);
    expect(rejected.rechecked?.map((mark) => mark.by)).toEqual([lan.id, lan.id, lan.id, lan.id]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('shows no panel for an entry in no rejected lot', async () => {
    const { db, book } = await rejectedBook();
    const other = await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: completeBirth(1985, { 'registration.number': '9' }) }, lan.id);
    renderWith(<BookWorkspace bookId={book.id} openEntryId={other.id} />, { db, bridge: scriptedBridge({}).bridge, person: lan });
    expect(await screen.findByRole('form', { name: 'Sửa mục số 9' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: /Soát lại lô kiểm tra/ })).toBeNull());
  });
});
