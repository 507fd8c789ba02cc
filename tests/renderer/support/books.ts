import type { SohoaDatabase } from '../../../renderer/db/database.ts';
import type { Book } from '../../../shared/domain/entry.ts';

/** A birth book under the id a test uses (verifying an entry reads its book, for the outbox). */
export async function addBook(db: SohoaDatabase, id: string, kind: Book['kind'] = 'birth'): Promise<Book> {
  const book: Book = { id, kind, templateId: `${kind}-form`, communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 2003, yearTo: 2003, createdAt: '2026-11-23T00:00:00Z' };
  await db.books.put(book);
  return book;
}

/** What a clerk types for a birth entry of `year` that verifying accepts, `typed` over it. */
export function completeBirth(year: number, typed: Record<string, string> = {}): Record<string, string> {
  return { 'registration.number': '1', 'registration.date': `12/06/${year}`, 'child.fullName': 'Lê Văn An', 'child.sex': 'Nam', 'child.birthDate': `06/06/${year}`, 'child.birthPlace': 'xã Bình Lập', ...typed };
}
