// An audit as its screen goes through it: the audit, its lot and book, and the sampled entries still in
// the book with the page each is on, read in one transaction so that they agree.
import type { Lot, LotAudit } from '../../../shared/audit/lot-audit.ts';
import type { Book, Entry } from '../../../shared/domain/entry.ts';
import type { SohoaDatabase } from '../../db/database.ts';

export interface AuditWork {
  audit: LotAudit;
  lot: Lot;
  book: Book;
  /** the sampled entries by id; one deleted since the lot was formed is missing */
  entries: ReadonlyMap<string, Entry>;
  /** page sequence by page id */
  pages: ReadonlyMap<string, number>;
}

export async function loadAuditWork(db: SohoaDatabase, auditId: string): Promise<AuditWork | null> {
  return db.transaction('r', [db.lotAudits, db.lots, db.books, db.entries, db.pages], async () => {
    const audit = await db.lotAudits.get(auditId);
    const lot = audit && (await db.lots.get(audit.lotId));
    const book = lot && (await db.books.get(lot.bookId));
    if (!audit || !lot || !book) return null;
    const entries = (await db.entries.bulkGet(audit.sample)).filter((entry) => entry !== undefined);
    const pageIds = [...new Set(entries.flatMap((entry) => (entry.pageId === null ? [] : [entry.pageId])))];
    const pages = (await db.pages.bulkGet(pageIds)).filter((page) => page !== undefined);
    return {
      audit, lot, book,
      entries: new Map(entries.map((entry) => [entry.id, entry])),
      pages: new Map(pages.map((page) => [page.id, page.sequence])),
    };
  });
}
