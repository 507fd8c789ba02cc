// Restoring a book from the data folder's journal into this browser profile: which books the folder holds
// that this profile lacks (or holds fewer pages or entries of), and reading one back a batch at a time.
import type { AppErrorPayload } from '../../../shared/api/app-error.ts';
import type { Book } from '../../../shared/domain/entry.ts';
import { maxJournalRead, type JournalBook, type JournalRecord } from '../../../shared/journal/journal-record.ts';
import type { SohoaDatabase } from '../../db/database.ts';
import { localBookCounts, noneRestored, restoreJournalRecords, type RestoredCounts } from '../../db/journal-repository.ts';
import type { AppClient } from '../../platform/app-client.ts';

export interface RestorableBook {
  bookId: string;
  book: Book | null;
  counts: JournalBook['counts'];
  here: { pages: number; entries: number };
  damagedLines: number;
  problem?: AppErrorPayload;
}

export async function restorableBooks(db: SohoaDatabase, client: AppClient): Promise<RestorableBook[]> {
  const { books } = await client.call('journal:books', {});
  const found: RestorableBook[] = [];
  for (const journal of books) {
    const here = await localBookCounts(db, journal.bookId);
    const incomplete = !here.book || here.pages < journal.counts.pages || here.entries < journal.counts.entries;
    // a folder that holds no book record for them has only pieces that no list could show
    if (journal.problem || (incomplete && journal.book !== null)) {
      found.push({
        bookId: journal.bookId,
        book: journal.book as Book | null,
        counts: journal.counts,
        here: { pages: here.pages, entries: here.entries },
        damagedLines: journal.damagedLines,
        ...(journal.problem ? { problem: journal.problem } : {}),
      });
    }
  }
  return found;
}

/** Reads the book's records from the data folder into this profile; what it wrote (none of it twice). */
export async function restoreBook(db: SohoaDatabase, client: AppClient, bookId: string): Promise<RestoredCounts> {
  const counts = noneRestored();
  let from: number | null = 0;
  while (from !== null) {
    const read: { records: JournalRecord[]; next: number | null } = await client.call('journal:readBook', { bookId, from, limit: maxJournalRead });
    const written = await restoreJournalRecords(db, read.records);
    for (const store of Object.keys(counts) as (keyof RestoredCounts)[]) counts[store] += written[store];
    from = read.next;
  }
  return counts;
}
