import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { EntryHistory } from '../../../../renderer/features/workspace/entry-history.tsx';
import { addBook } from '../../support/books.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

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
