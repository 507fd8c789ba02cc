import type { SohoaDatabase } from '../../../renderer/db/database.ts';
import type { Book } from '../../../shared/domain/entry.ts';

/** A birth book under the id a test uses (verifying an entry reads its book, for the outbox). */
export async function addBook(db: SohoaDatabase, id: string, kind: Book['kind'] = 'birth'): Promise<Book> {
  const book: Book = { id, kind, templateId: `${kind}-form`, communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 2003, yearTo: 2003, createdAt: '2026-11-23T00:00:00Z' };
  await db.books.put(book);
  return book;
}
