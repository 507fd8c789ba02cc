import { describe, expect, it } from 'vitest';
import { bookRemoval, createBook, deleteBook, listShownBooks, setBookArchived } from '../../../renderer/db/books-repository.ts';
import { saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { loadEntryList } from '../../../renderer/db/entry-rows-repository.ts';
import { addPage } from '../../../renderer/db/pages-repository.ts';
import { AppError } from '../../../shared/api/app-error.ts';
import { pageInfo } from '../support/page-extraction.ts';
import { freshDatabase } from '../support/render-app.tsx';

const input = { kind: 'birth' as const, communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 2003, yearTo: 2003 };
const typed = { 'registration.number': '1', 'registration.date': '12/06/2003', 'child.fullName': 'Lê Văn An', 'child.sex': 'Nam', 'child.birthDate': '06/06/2003', 'child.birthPlace': 'xã Thạnh Trị' };

async function bookWithDraft() {
  const db = freshDatabase();
  const book = await createBook(db, input);
  const other = await createBook(db, { ...input, volume: '02' });
  const sha = 'a'.repeat(64);
  await addPage(db, book.id, pageInfo(sha, 'p1.jpg'));
  await addPage(db, book.id, pageInfo('b'.repeat(64), 'p2.jpg'));
  const draft = await saveEntry(db, { bookId: book.id, pageId: sha, kind: 'birth', typed }, 'clerk');
  return { db, book, other, draft };
}

describe('books repository: archiving and deleting', () => {
  it('hides an archived book from the list and shows it among the archived, whole, until it is brought back', async () => {
    const { db, book, other } = await bookWithDraft();
    await setBookArchived(db, book.id, true);
    expect((await listShownBooks(db, false)).map((b) => b.id)).toEqual([other.id]);
    expect((await listShownBooks(db, true)).map((b) => b.id)).toEqual([book.id]);
    expect(await db.entries.where('bookId').equals(book.id).count()).toBe(1);
    await setBookArchived(db, book.id, false);
    expect((await listShownBooks(db, false)).map((b) => b.id).sort()).toEqual([book.id, other.id].sort());
    expect((await db.books.get(book.id))!.archivedAt).toBeUndefined();
  });

  it('deletes a book with no verified entry: its pages, drafts (audited) and list go, other books stay', async () => {
    const { db, book, other, draft } = await bookWithDraft();
    expect(await bookRemoval(db, book.id)).toEqual({ pages: 2, entries: 1, blocking: 0 });
    await deleteBook(db, book.id, 'clerk-2');
    expect(await db.books.get(book.id)).toBeUndefined();
    expect(await db.books.get(other.id)).toBeDefined();
    expect(await db.pages.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
    expect(await db.entryRows.count()).toBe(0);
    expect((await loadEntryList(db, book.id)).size).toBe(0);
    expect((await db.audit.where('entityId').equals(draft.id).toArray()).at(-1)).toMatchObject({ action: 'delete', actor: 'clerk-2', reason: 'Xóa sổ' });
  });

  it('refuses to delete a book with a verified entry, naming the count, and changes nothing', async () => {
    const { db, book, draft } = await bookWithDraft();
    await verifyEntry(db, draft.id, 'clerk', () => []);
    expect(await bookRemoval(db, book.id)).toMatchObject({ blocking: 1 });
    const error = await deleteBook(db, book.id, 'clerk').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'book-has-verified', vi: expect.stringContaining('1 mục') as string });
    expect(await db.books.get(book.id)).toBeDefined();
    expect(await db.pages.count()).toBe(2);
    expect(await db.entries.count()).toBe(1);
  });
});
