// The renderer owns the records (DESIGN.md, Architecture). Strict durability: Chromium acknowledges a
// transaction only once it is on disk, so a save the user saw survives a power cut.
import { Dexie, type EntityTable } from 'dexie';
import type { AuditRow, Book, Entry, Page } from '../../shared/domain/entry.ts';
import type { OutboxRow } from '../../shared/sync/outbox.ts';
import type { EntryListSnapshot } from '../../shared/domain/entry-list-index.ts';
import { entryRowOf, type EntryRow } from '../../shared/domain/entry-rows.ts';
import { addKeying, pageKeyingOf, type PageKeying } from '../../shared/domain/page-keying.ts';
import { newId } from './ids.ts';
import type { PageExtraction } from '../../shared/ocr/ocr-types.ts';
import { journalCapture, journalOutboxTable, type JournalOutboxRow } from './journal-capture.ts';
import type { Batch } from '../../shared/team/batches.ts';
import type { Decision, Keying } from '../../shared/team/reconciliation.ts';
import type { Lot, LotAudit } from '../../shared/audit/lot-audit.ts';

export const schemaVersion = 9;

/** A page's last extraction, and which draft entry each extracted entry became (null: none was made). */
export interface StoredExtraction {
  /** the page's SHA-256 */
  page: string;
  extraction: PageExtraction;
  draftIds: (string | null)[];
  /** the page held entries a person keyed or corrected, so this reading made no drafts */
  keptPersonEntries: boolean;
  storedAt: string;
}

export type SohoaDatabase = Dexie & {
  books: EntityTable<Book, 'id'>;
  pages: EntityTable<Page, 'id'>;
  entries: EntityTable<Entry, 'id'>;
  outbox: EntityTable<OutboxRow, 'opId'>;
  audit: EntityTable<AuditRow, 'id'>;
  extractions: EntityTable<StoredExtraction, 'page'>;
  /** one per entry, written in the entry's own transaction: what lists and search read */
  entryRows: EntityTable<EntryRow, 'key'>;
  /** per book, the list as it stood at a row change: loading a book's list is one read and the changes since */
  entryListSnapshots: EntityTable<EntryListSnapshot, 'bookId'>;
  /** changes not yet in the data folder's journal (journal-capture.ts), removed once it has them */
  journalOutbox: EntityTable<JournalOutboxRow, 'seq'>;
  /** a book's batches (shared/team/batches.ts) */
  batches: EntityTable<Batch, 'id'>;
  /** what the blind pass typed, one per entry and field */
  keyings: EntityTable<Keying, 'id'>;
  /** checkers' decisions on what the two passes keyed differently, one per entry and field */
  decisions: EntityTable<Decision, 'id'>;
  /** lots a supervisor audits by acceptance sampling (shared/audit/lot-audit.ts), indexed by their entries */
  lots: EntityTable<Lot, 'id'>;
  lotAudits: EntityTable<LotAudit, 'id'>;
};

export function openDatabase(name = 'sohoa'): SohoaDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SohoaDatabase;
  db.version(1).stores({
    books: 'id, kind, createdAt',
    pages: 'id, bookId, [bookId+sequence]',
    entries: 'id, bookId, pageId, status, updatedAt',
    outbox: 'opId, entryId, state, nextAttemptAt',
    audit: 'id, entityId, at',
  });
  db.version(2)
    .stores({ pages: 'id, bookId, [bookId+sequence], [bookId+ocrState]', extractions: 'page' })
    .upgrade((tx) =>
      // Version 1 kept only a page's raw text. Those pages go back to the queue so that the page pipeline
      // reads their entries; a page that already has entries keeps them (drafts are never made over them).
      tx.table('pages').toCollection().modify((page: Page & { ocrText?: string }) => {
        delete page.ocrText;
        delete page.ocrConfidence;
        if (page.ocrState === 'done') page.ocrState = 'pending';
      }),
    );
  db.version(3)
    .stores({ entryRows: 'key, &id, seq', entryListSnapshots: 'bookId' })
    .upgrade(async (tx) => {
      const sequences = new Map((await tx.table<Page>('pages').toArray()).map((page) => [page.id, page.sequence]));
      const entries = await tx.table<Entry>('entries').toArray();
      await tx.table<EntryRow>('entryRows').bulkAdd(entries.map((entry) => entryRowOf(entry, entry.pageId === null ? null : sequences.get(entry.pageId) ?? null, newId())));
    });
  // The outbox is read by what is due: a backlog of 10,000 rows is not read whole at every try.
  db.version(4).stores({ outbox: 'opId, entryId, state, nextAttemptAt, [state+nextAttemptAt]' });
  // A page's state comes from its entries now, no longer from what OCR once read on it.
  db.version(5).upgrade(async (tx) => {
    // entry by entry, so that a large book is never held in memory whole
    const byPage = new Map<string, PageKeying>();
    await tx.table<Entry>('entries').each((entry) => {
      if (entry.pageId !== null) byPage.set(entry.pageId, addKeying(byPage.get(entry.pageId), pageKeyingOf([entry])));
    });
    await tx.table<Page>('pages').toCollection().modify((page: Page) => {
      const keying = byPage.get(page.id);
      if (keying) page.keying = keying;
    });
  });
  // The data folder's journal starts with everything this profile holds already (there is no version 6: archived books are
  // filtered in memory, a commune keeping tens of books, so the index once planned for them was not needed).
  db.version(7)
    .stores({ [journalOutboxTable]: 'seq' })
    .upgrade(async (tx) => {
      // record by record, as version 5 does: only the small outbox rows are held, never a book's records
      const rows: JournalOutboxRow[] = [];
      const entryBooks = new Map<string, string>();
      await tx.table<Book>('books').each((book) => rows.push({ seq: newId(), store: 'books', key: book.id, bookId: book.id }));
      await tx.table<Page>('pages').each((page) => rows.push({ seq: newId(), store: 'pages', key: page.id, bookId: page.bookId }));
      await tx.table<Entry>('entries').each((entry) => {
        entryBooks.set(entry.id, entry.bookId);
        rows.push({ seq: newId(), store: 'entries', key: entry.id, bookId: entry.bookId });
      });
      await tx.table<AuditRow>('audit').each((row) => {
        const bookId = entryBooks.get(row.entityId);
        if (bookId !== undefined) rows.push({ seq: newId(), store: 'audit', key: row.id, bookId });
      });
      await tx.table<JournalOutboxRow>(journalOutboxTable).bulkAdd(rows);
    });
  // Teams (issue 17): new tables, nothing to carry over.
  db.version(8).stores({ batches: 'id, bookId', keyings: 'id, bookId, batchId, entryId', decisions: 'id, bookId, batchId, entryId' });
  // Audits (issue 18): new tables; a lot is found by any of its entries, to hold them from sync.
  db.version(9).stores({ lots: 'id, bookId, *entryIds', lotAudits: 'id, lotId, bookId' });
  db.use(journalCapture);
  return db;
}
