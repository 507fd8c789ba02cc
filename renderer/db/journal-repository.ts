// The renderer's side of the data folder's journal: what waits to be sent there (journal-capture.ts
// writes it), and a book's records read back from it into this profile.
import type { Book, Entry, Page } from '../../shared/domain/entry.ts';
import { entryRowOf } from '../../shared/domain/entry-rows.ts';
import { journalStores, type JournalRecord, type JournalStoreName } from '../../shared/journal/journal-record.ts';
import type { SohoaDatabase } from './database.ts';
import { queueToSend } from './entries-repository.ts';
import { newId } from './ids.ts';

export interface PendingJournal {
  /** each record once, as it stands now (null: deleted), in the order of its latest change */
  records: JournalRecord[];
  /** the outbox rows these records answer for: removed once the data folder has them */
  seqs: string[];
}

/** Up to `limit` outbox rows, oldest first, as the records to send. */
export async function pendingJournal(db: SohoaDatabase, limit: number): Promise<PendingJournal> {
  return db.transaction('r', [db.journalOutbox, ...journalStores.map((store) => db.table(store))], async () => {
    const rows = await db.journalOutbox.orderBy('seq').limit(limit).toArray();
    const latest = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      const key = `${row.store}:${row.key}`;
      latest.delete(key);
      latest.set(key, row);
    }
    const wanted = [...latest.values()];
    const values = new Map<string, Record<string, unknown>>();
    for (const store of journalStores) {
      const keys = wanted.filter((row) => row.store === store).map((row) => row.key);
      if (keys.length === 0) continue;
      const found = (await db.table(store).bulkGet(keys)) as (Record<string, unknown> | undefined)[];
      found.forEach((value, i) => value && values.set(`${store}:${keys[i]}`, value));
    }
    const records = wanted.map((row): JournalRecord => ({ store: row.store, key: row.key, bookId: row.bookId, value: values.get(`${row.store}:${row.key}`) ?? null }));
    return { records, seqs: rows.map((row) => row.seq) };
  });
}

export async function acknowledgeJournal(db: SohoaDatabase, seqs: readonly string[]): Promise<void> {
  await db.journalOutbox.bulkDelete([...seqs]);
}

export type RestoredCounts = Record<JournalStoreName, number>;

export const noneRestored = (): RestoredCounts => ({ books: 0, pages: 0, entries: 0, audit: 0, batches: 0, keyings: 0, decisions: 0, lots: 0, lotAudits: 0 });

const byStore = (records: readonly JournalRecord[], store: JournalStoreName) => records.filter((r) => r.store === store && r.value !== null).map((r) => r.value as unknown);

/**
 * Writes records read from the data folder, in one transaction, and counts what it wrote. Nothing this
 * profile holds is lost: a book, page or audit row already here stays as it is, and an entry is written only
 * where this profile has none or an older revision. So restoring twice writes nothing the second time.
 * A verified entry the server was not known to hold is queued to be sent again: the server calls a
 * revision it has already a duplicate, so it is stored once either way.
 */
export async function restoreJournalRecords(db: SohoaDatabase, records: readonly JournalRecord[]): Promise<RestoredCounts> {
  return db.transaction('rw', [db.books, db.pages, db.entries, db.entryRows, db.audit, db.outbox, db.batches, db.keyings, db.decisions, db.lots, db.lotAudits], async () => {
    const counts = noneRestored();
    const missing = async <T extends { id: string }>(table: Exclude<JournalStoreName, 'entries'>, values: T[]): Promise<T[]> => {
      const here = await db.table(table).bulkGet(values.map((value) => value.id));
      return values.filter((_, i) => here[i] === undefined);
    };

    const books = await missing('books', byStore(records, 'books') as Book[]);
    await db.books.bulkAdd(books);
    counts.books = books.length;

    // Nothing is being read in this profile: a page the other one was reading waits to be read again.
    const pages = (await missing('pages', byStore(records, 'pages') as Page[])).map((page) => (page.ocrState === 'running' ? { ...page, ocrState: 'pending' as const } : page));
    await db.pages.bulkAdd(pages);
    counts.pages = pages.length;

    // history and a team's records are only ever added to: what is missing here is written, the rest stays;
    // lots before entries, so that an entry of a lot being audited is not queued to be sent
    const addMissing = async (stores: readonly Exclude<JournalStoreName, 'books' | 'pages' | 'entries'>[]) => {
      for (const store of stores) {
        const added = await missing(store, byStore(records, store) as { id: string }[]);
        await db.table(store).bulkAdd(added);
        counts[store] = added.length;
      }
    };
    await addMissing(['lots', 'lotAudits']);

    const incoming = byStore(records, 'entries') as Entry[];
    const here = await db.entries.bulkGet(incoming.map((entry) => entry.id));
    const entries = incoming.filter((entry, i) => (here[i]?.revision ?? 0) < entry.revision);
    const pageIds = [...new Set(entries.flatMap((entry) => (entry.pageId === null ? [] : [entry.pageId])))];
    const sequences = new Map((await db.pages.bulkGet(pageIds)).flatMap((page) => (page ? [[page.id, page.sequence] as const] : [])));
    await db.entries.bulkPut(entries);
    await db.entryRows.bulkPut(entries.map((entry) => entryRowOf(entry, entry.pageId === null ? null : sequences.get(entry.pageId) ?? null, newId())));
    counts.entries = entries.length;
    const now = new Date();
    for (const entry of entries.filter((e) => e.status === 'verified' || e.status === 'queued')) {
      const book = await db.books.get(entry.bookId);
      if (book) await queueToSend(db, entry, book, now);
    }
    await addMissing(['audit', 'batches', 'keyings', 'decisions']);
    return counts;
  });
}

/** What this profile holds of a book: compared with the data folder's counts to offer what is missing here. */
export async function localBookCounts(db: SohoaDatabase, bookId: string): Promise<{ book: boolean; pages: number; entries: number }> {
  const [book, pages, entries] = await Promise.all([db.books.get(bookId), db.pages.where('bookId').equals(bookId).count(), db.entries.where('bookId').equals(bookId).count()]);
  return { book: book !== undefined, pages, entries };
}
