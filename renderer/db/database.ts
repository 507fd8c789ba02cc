// The renderer owns the records (DESIGN.md, Architecture). Strict durability: Chromium acknowledges a
// transaction only once it is on disk, so a save the user saw survives a power cut.
import { Dexie, type EntityTable } from 'dexie';
import type { AuditRow, Book, Entry, OutboxRow, Page } from '../../shared/domain/entry.ts';

export const schemaVersion = 1;

export type SohoaDatabase = Dexie & {
  books: EntityTable<Book, 'id'>;
  pages: EntityTable<Page, 'id'>;
  entries: EntityTable<Entry, 'id'>;
  outbox: EntityTable<OutboxRow, 'opId'>;
  audit: EntityTable<AuditRow, 'id'>;
};

export function openDatabase(name = 'sohoa'): SohoaDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SohoaDatabase;
  db.version(schemaVersion).stores({
    books: 'id, kind, createdAt',
    pages: 'id, bookId, [bookId+sequence]',
    entries: 'id, bookId, pageId, status, updatedAt',
    outbox: 'opId, entryId, state, nextAttemptAt',
    audit: 'id, entityId, at',
  });
  return db;
}
