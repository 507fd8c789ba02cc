import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { addPage } from '../../../../renderer/db/pages-repository.ts';
import { RemovePageDialog } from '../../../../renderer/features/pages/remove-page-dialog.tsx';
import { addBook } from '../../support/books.ts';
import { pageInfo, shaOf } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

async function setup({ verified }: { verified: boolean }) {
  const db = freshDatabase();
  await addBook(db, 'book-1');
  const { page } = await addPage(db, 'book-1', pageInfo(shaOf(1), 'trang-trang.jpg'));
  for (const no of ['1', '2']) {
    const entry = await saveEntry(db, { bookId: 'book-1', pageId: page.id, kind: 'birth', typed: { 'registration.number': no, 'child.fullName': 'Lê Văn An' } }, 'clerk');
    if (verified && no === '1') await verifyEntry(db, entry.id, 'clerk', () => []);
  }
  const onRemoved = vi.fn();
  const onClose = vi.fn();
  renderWith(<RemovePageDialog page={page} actor="clerk" onRemoved={onRemoved} onClose={onClose} />, { db, bridge: scriptedBridge({}).bridge });
  return { db, page, onRemoved, onClose, user: userEvent.setup() };
}

describe('RemovePageDialog', () => {
  it('counts the drafts that go with the page, puts the focus on Cancel, and removes the page once confirmed', async () => {
    const { db, page, onRemoved, user } = await setup({ verified: false });
    expect(await screen.findByText('Trang "trang-trang.jpg" sẽ được gỡ khỏi sổ cùng 2 mục nháp trên trang. Tệp ảnh vẫn được giữ trong thư mục dữ liệu.')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Gỡ trang 1 khỏi sổ?' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hủy' }));
    await user.click(screen.getByRole('button', { name: 'Gỡ trang' }));
    await waitFor(() => expect(onRemoved).toHaveBeenCalledWith(page.id));
    expect(await db.pages.get(page.id)).toBeUndefined();
    expect(await db.entries.count()).toBe(0);
  });

  it('says to delete the verified entries first, and offers nothing to confirm', async () => {
    const { db, page } = await setup({ verified: true });
    expect(await screen.findByText(/Trang này còn 1 mục đã kiểm tra hoặc đã gửi/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gỡ trang' })).toBeNull();
    expect(await db.pages.get(page.id)).toBeDefined();
  });
});
