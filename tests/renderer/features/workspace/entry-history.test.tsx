import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveEntry, verifyEntry, verifySettled } from '../../../../renderer/db/entries-repository.ts';
import { EntryHistory } from '../../../../renderer/features/workspace/entry-history.tsx';
import { addBook, completeBirth } from '../../support/books.ts';
import { freshDatabase, renderWith, scriptedBridge, testPerson } from '../../support/render-app.tsx';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { addPage } from '../../../../renderer/db/pages-repository.ts';
import { assignPass, createBatches, decide, saveKeying, setKeyingPolicy } from '../../../../renderer/db/team-repository.ts';
import { useTeamStore } from '../../../../renderer/stores/team-store.ts';
import type { Profile } from '../../../../shared/team/profile.ts';
import { pageInfo } from '../../support/page-extraction.ts';

/** A database holding the book 'book-1' the entries here are in. */
async function bookDatabase() {
  const db = freshDatabase();
  await addBook(db, 'book-1');
  return db;
}

const base = { bookId: 'book-1', pageId: null, kind: 'birth' as const };

describe('EntryHistory', () => {
  it('lists who did what when, newest first, with each field before and after', async () => {
    const db = await bookDatabase();
    const first = await saveEntry(db, { ...base, typed: { 'child.fullName': 'Hoàng Văn Sỹ', 'registration.number': '390' } }, 'clerk-1');
    await saveEntry(db, { ...base, id: first.id, typed: { 'child.fullName': 'Hoàng Văn Sỹ Thực', 'registration.number': '390' } }, 'clerk-2');
    await verifyEntry(db, first.id, 'supervisor-1', () => []);
    renderWith(<EntryHistory entryId={first.id} kind="birth" />, { db, bridge: scriptedBridge({}).bridge });

    const user = userEvent.setup();
    await user.click(await screen.findByText('Lịch sử sửa đổi (3)'));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual(['supervisor-1', 'clerk-2', 'clerk-1']);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(['Đánh dấu đã kiểm tra', 'Sửa', 'Tạo']);
    expect(rows[1]!.textContent).toContain('Họ và tên: “Hoàng Văn Sỹ” → “Hoàng Văn Sỹ Thực”');
    expect(rows[2]!.textContent).toContain('Số: (trống) → “390”');
  });
});

describe('EntryHistory of a double-keyed entry', () => {
  it('names people by their profile and shows a checker\'s decision with both passes', async () => {
    const db = freshDatabase();
    const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
    await addPage(db, book.id, pageInfo('1'.padStart(64, '0'), 'p1.jpg'));
    await setKeyingPolicy(db, book.id, { mode: 'double', keyFields: ['child.fullName'] });
    const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 1 }, testPerson.id);
    const lan: Profile = { id: 'lan', fullName: 'Bùi Thị Lan', role: 'operator', hasPin: false, createdAt: 'x' };
    const minh: Profile = { ...lan, id: 'minh', fullName: 'Đỗ Văn Minh' };
    await assignPass(db, batch!.id, 'A', lan);
    await assignPass(db, batch!.id, 'B', minh);
    const entry = await saveEntry(db, { bookId: book.id, pageId: '1'.padStart(64, '0'), kind: 'birth', typed: completeBirth(1985) }, 'lan');
    await verifyEntry(db, entry.id, 'lan', () => []);
    await saveKeying(db, { batchId: batch!.id, entryId: entry.id, field: 'child.fullName', value: '', mark: 'illegible' }, 'minh');
    await decide(db, { entryId: entry.id, field: 'child.fullName', choice: 'A' }, testPerson);
    await verifySettled(db, entry.id, testPerson.id, () => Promise.resolve([]));
    renderWith(<EntryHistory entryId={entry.id} kind="birth" />, { db, bridge: scriptedBridge({}).bridge });
    useTeamStore.setState({ profiles: [testPerson, lan, minh] });

    await userEvent.setup().click(await screen.findByText('Lịch sử sửa đổi (4)'));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual(['Nguyễn Thị Hoa', 'Nguyễn Thị Hoa', 'Bùi Thị Lan', 'Bùi Thị Lan']);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(['Đánh dấu đã kiểm tra', 'Đối chiếu', 'Nhập xong lượt A (chờ lượt B, đối chiếu)', 'Tạo']);
    expect(rows[1]!.textContent).toContain('Họ và tên: lượt A “Lê Văn An”, lượt B “không đọc được”, chọn Lượt A');
  });
});
