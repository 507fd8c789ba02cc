import { findEdition } from '../../shared/domain/editions.ts';
import type { Book } from '../../shared/domain/entry.ts';
import { defaultTemplateId, type RecordKind } from '../../shared/domain/record-kinds.ts';
import { normalizeFieldValue } from '../../shared/text/normalize.ts';
import { AppError } from '../../shared/api/app-error.ts';
import { bookKeyRange } from '../../shared/domain/entry-order.ts';
import type { SohoaDatabase } from './database.ts';
import { removeEntry } from './entries-repository.ts';
import { newId } from './ids.ts';

export interface CreateBookInput {
  kind: RecordKind;
  communeAsWritten: string;
  volume: string;
  yearFrom: number;
  yearTo: number;
  /** the book's edition; the kind's usual one when absent */
  templateId?: string;
}

export async function createBook(db: SohoaDatabase, input: CreateBookInput): Promise<Book> {
  const templateId = input.templateId ?? defaultTemplateId[input.kind];
  if (findEdition(templateId)?.kind !== input.kind) throw new Error(`edition ${templateId} is not one of a ${input.kind} book`);
  const book: Book = {
    id: newId(),
    kind: input.kind,
    templateId,
    communeAsWritten: normalizeFieldValue(input.communeAsWritten),
    volume: normalizeFieldValue(input.volume),
    yearFrom: input.yearFrom,
    yearTo: input.yearTo,
    createdAt: new Date().toISOString(),
  };
  await db.books.add(book);
  return book;
}

/**
 * Changes a book's edition, while none of its entries is verified (they were checked against pages read
 * as the old one). Its pages go back to the OCR queue to be read as the new edition; drafts nobody touched
 * are then replaced, entries a person keyed are kept (createOcrDrafts).
 */
export async function changeBookEdition(db: SohoaDatabase, bookId: string, templateId: string): Promise<Book> {
  return db.transaction('rw', [db.books, db.entries, db.pages], async () => {
    const book = await db.books.get(bookId);
    if (!book) throw new Error(`no book ${bookId}`);
    if (findEdition(templateId)?.kind !== book.kind) throw new Error(`edition ${templateId} is not one of a ${book.kind} book`);
    if (book.templateId === templateId) return book;
    const verified = await db.entries.where('bookId').equals(bookId).filter((entry) => entry.status !== 'draft').count();
    if (verified > 0) throw AppError.of('book-edition-locked', { count: verified });
    const changed = { ...book, templateId };
    await db.books.put(changed);
    await db.pages.where('bookId').equals(bookId).modify((page) => {
      if (page.ocrState !== 'running') page.ocrState = 'pending';
    });
    return changed;
  });
}

export function listBooks(db: SohoaDatabase): Promise<Book[]> {
  return db.books.orderBy('createdAt').reverse().toArray();
}

/** Books a commune keeps are tens, not thousands: the archived ones are filtered here, with no index. */
export async function listShownBooks(db: SohoaDatabase, archived: boolean): Promise<Book[]> {
  return (await listBooks(db)).filter((book) => (book.archivedAt !== undefined) === archived);
}

/** Archives a book (hidden from the list, kept whole) or brings it back. */
export async function setBookArchived(db: SohoaDatabase, bookId: string, archived: boolean): Promise<void> {
  await db.books.where('id').equals(bookId).modify((book: Book) => {
    if (archived) book.archivedAt = new Date().toISOString();
    else delete book.archivedAt;
  });
}

/** What deleting a book would take: its pages and entries; `blocking` entries (verified, queued, sent) forbid it. */
export async function bookRemoval(db: SohoaDatabase, bookId: string): Promise<{ pages: number; entries: number; blocking: number }> {
  const [pages, entries] = await Promise.all([db.pages.where('bookId').equals(bookId).count(), db.entries.where('bookId').equals(bookId).toArray()]);
  return { pages, entries: entries.length, blocking: entries.filter((entry) => entry.status !== 'draft').length };
}

/** What the audit gives as the reason for the drafts deleted with their book. */
export const bookDeletedReason = 'Xóa sổ';

/**
 * Deletes a book with its pages and draft entries (each audited), in one transaction; refused (AppError
 * 'book-has-verified'), nothing changed, while it holds an entry that is not a draft. The audit rows stay.
 */
export async function deleteBook(db: SohoaDatabase, bookId: string, actor: string): Promise<void> {
  await db.transaction('rw', [db.books, db.pages, db.entries, db.entryRows, db.entryListSnapshots, db.audit, db.outbox, db.extractions], async () => {
    const entries = await db.entries.where('bookId').equals(bookId).toArray();
    const blocking = entries.filter((entry) => entry.status !== 'draft').length;
    if (blocking > 0) throw AppError.of('book-has-verified', { count: blocking });
    const now = new Date();
    for (const entry of entries) await removeEntry(db, entry, bookDeletedReason, actor, now);
    const pageIds = await db.pages.where('bookId').equals(bookId).primaryKeys();
    await db.extractions.bulkDelete(pageIds);
    await db.pages.bulkDelete(pageIds);
    // no list is shown of a book that is gone: its rows and snapshot go too
    const { lower, upper } = bookKeyRange(bookId);
    await db.entryRows.where('key').between(lower, upper).delete();
    await db.entryListSnapshots.delete(bookId);
    await db.books.delete(bookId);
  });
}
