import type { Book } from '../../shared/domain/entry.ts';
import { defaultTemplateId, type RecordKind } from '../../shared/domain/record-kinds.ts';
import { normalizeFieldValue } from '../../shared/text/normalize.ts';
import type { SohoaDatabase } from './database.ts';
import { newId } from './ids.ts';

export interface CreateBookInput {
  kind: RecordKind;
  communeAsWritten: string;
  volume: string;
  yearFrom: number;
  yearTo: number;
}

export async function createBook(db: SohoaDatabase, input: CreateBookInput): Promise<Book> {
  const book: Book = {
    id: newId(),
    kind: input.kind,
    templateId: defaultTemplateId[input.kind],
    communeAsWritten: normalizeFieldValue(input.communeAsWritten),
    volume: normalizeFieldValue(input.volume),
    yearFrom: input.yearFrom,
    yearTo: input.yearTo,
    createdAt: new Date().toISOString(),
  };
  await db.books.add(book);
  return book;
}

export function listBooks(db: SohoaDatabase): Promise<Book[]> {
  return db.books.orderBy('createdAt').reverse().toArray();
}
