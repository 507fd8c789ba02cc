import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { addPage } from '../../../../renderer/db/pages-repository.ts';
import { BooksScreen } from '../../../../renderer/features/books/books-screen.tsx';
import { pageInfo, shaOf } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

async function setup() {
  const db = freshDatabase();
  const kept = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1998, yearTo: 1998 });
  const spare = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Tân Phú', volume: '02', yearFrom: 1999, yearTo: 1999 });
  await addPage(db, spare.id, pageInfo(shaOf(1), 'p1.jpg'));
  await saveEntry(db, { bookId: spare.id, pageId: shaOf(1), kind: 'birth', typed: { 'registration.number': '1', 'child.fullName': 'Lê Văn An' } }, 'clerk');
  renderWith(<BooksScreen />, { db, bridge: scriptedBridge({}).bridge });
  await screen.findByText('2 sổ');
  return { db, kept, spare, user: userEvent.setup() };
}

describe('BooksScreen: archiving and deleting books', () => {
  it('hides an archived book, shows it with the archived ones, and brings it back', async () => {
    const { db, kept, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Lưu trữ sổ xã Bình Lập, quyển 01' }));
    expect(await screen.findByText('1 sổ')).toBeTruthy();
    expect(screen.queryByText('xã Bình Lập')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Hiện sổ đã lưu trữ' }));
    expect(await screen.findByText('xã Bình Lập')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Bỏ lưu trữ sổ xã Bình Lập, quyển 01' }));
    await waitFor(async () => expect((await db.books.get(kept.id))!.archivedAt).toBeUndefined());
    expect(await screen.findByText('Không có sổ nào đã lưu trữ.')).toBeTruthy();
  });

  it('deletes a book after a dialog that names it and counts its pages and entries', async () => {
    const { db, spare, user } = await setup();
    const opener = screen.getByRole('button', { name: 'Xóa sổ xã Tân Phú, quyển 02' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Xóa sổ?' });
    expect(await within(dialog).findByText('Xóa sổ xã Tân Phú, quyển 02, 1999–1999: 1 trang và 1 mục nháp. Không hoàn tác được; lịch sử sửa đổi vẫn được giữ.')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Hủy' }));
    await user.click(within(dialog).getByRole('button', { name: 'Xóa sổ' }));
    expect(await screen.findByText('1 sổ')).toBeTruthy();
    expect(await db.books.get(spare.id)).toBeUndefined();
    expect(await db.pages.count()).toBe(0);
  });

  it('refuses to delete a book with a verified entry and says it can be archived', async () => {
    const { db, spare, user } = await setup();
    const entry = (await db.entries.toArray())[0]!;
    await verifyEntry(db, entry.id, 'clerk', () => []);
    await user.click(screen.getByRole('button', { name: 'Xóa sổ xã Tân Phú, quyển 02' }));
    expect(await screen.findByText(/Có thể lưu trữ sổ để ẩn khỏi danh sách/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xóa sổ' })).toBeNull();
    expect(await db.books.get(spare.id)).toBeDefined();
  });
});
