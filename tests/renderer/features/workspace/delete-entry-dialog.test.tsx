import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { entryHistory, saveEntry } from '../../../../renderer/db/entries-repository.ts';
import { DeleteEntryDialog } from '../../../../renderer/features/workspace/delete-entry-dialog.tsx';
import { addBook } from '../../support/books.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

async function setup() {
  const db = freshDatabase();
  await addBook(db, 'book-1');
  const entry = await saveEntry(db, { bookId: 'book-1', pageId: null, kind: 'birth', typed: { 'registration.number': '12', 'child.fullName': 'Lê Văn An' } }, 'clerk');
  const onDeleted = vi.fn();
  const onClose = vi.fn();
  renderWith(<DeleteEntryDialog entryId={entry.id} entryNo="12" actor="clerk-2" onDeleted={onDeleted} onClose={onClose} />, { db, bridge: scriptedBridge({}).bridge });
  return { db, entry, onDeleted, onClose, user: userEvent.setup() };
}

describe('DeleteEntryDialog', () => {
  it('asks for a reason, with the focus on the first one, and deletes only once one is given', async () => {
    const { db, entry, onDeleted, onClose, user } = await setup();
    expect(screen.getByRole('dialog', { name: 'Xóa mục số 12?' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Trùng' }));
    const confirm = screen.getByRole('button', { name: 'Xóa mục' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Trùng' }));
    await user.click(confirm);
    await waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect(onClose).toHaveBeenCalledOnce();
    expect(await db.entries.get(entry.id)).toBeUndefined();
    expect((await entryHistory(db, entry.id)).at(-1)).toMatchObject({ action: 'delete', actor: 'clerk-2', reason: 'Trùng' });
  });

  it('takes the clerk\'s own words as the reason, and keeps the confirm disabled while they are blank', async () => {
    const { db, entry, onDeleted, user } = await setup();
    await user.click(screen.getByRole('radio', { name: 'Lý do khác' }));
    const text = screen.getByRole('textbox', { name: 'Ghi lý do' });
    expect(document.activeElement).toBe(text);
    await user.type(text, '   ');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Xóa mục' }).disabled).toBe(true);
    await user.type(text, 'Ghi hai lần ở trang 3');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect((await entryHistory(db, entry.id)).at(-1)).toMatchObject({ reason: 'Ghi hai lần ở trang 3' });
  });

  it('cancels without deleting anything', async () => {
    const { db, entry, onDeleted, onClose, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onDeleted).not.toHaveBeenCalled();
    expect(await db.entries.get(entry.id)).toEqual(entry);
  });
});
