// Where a book stands, in the books list: its pages, its entries, the doubtful readings still to check,
// the entries verified and those the civil-status database stored. Read from what each page keeps of its
// entries (Page.keying) and the small list rows of entries on no page, never from the entries themselves.
import { useLiveQuery } from 'dexie-react-hooks';
import { pagelessKeyRange } from '../../../shared/domain/entry-order.ts';
import { addKeying, pageKeyingOf, type PageKeying } from '../../../shared/domain/page-keying.ts';
import { useDatabase } from '../../app/database-context.ts';
import type { SohoaDatabase } from '../../db/database.ts';
import { useT } from '../../i18n/use-t.ts';

export interface BookProgress extends PageKeying {
  pages: number;
}

export async function bookProgress(db: SohoaDatabase, bookId: string): Promise<BookProgress> {
  const pages = await db.pages.where('bookId').equals(bookId).toArray();
  let keying = pageKeyingOf([]);
  for (const page of pages) if (page.keying) keying = addKeying(keying, page.keying);
  const { lower, upper } = pagelessKeyRange(bookId);
  const pageless = await db.entryRows.where('key').between(lower, upper).filter((row) => row.deleted !== true).toArray();
  // typed entries with no page hold no OCR reading to check
  keying = addKeying(keying, pageKeyingOf(pageless.map((row) => ({ kind: 'birth', status: row.status, fields: {} }))));
  return { pages: pages.length, ...keying };
}

export function BookProgressText({ bookId }: { bookId: string }) {
  const db = useDatabase();
  const { t } = useT();
  const progress = useLiveQuery(() => bookProgress(db, bookId), [db, bookId]);
  if (!progress) return null;
  return (
    <span className="book-progress">
      {t('books.progress', { pages: progress.pages, entries: progress.entries, unchecked: progress.unchecked, verified: progress.verified, synced: progress.synced })}
    </span>
  );
}
