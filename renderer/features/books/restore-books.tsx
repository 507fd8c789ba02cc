// "Khôi phục sổ từ thư mục dữ liệu": the books the data folder keeps that this browser profile lacks or
// holds only part of (a wiped profile, a new PC, browser mode at another address), each restored on request.
// An empty profile looks by itself: that is when a clerk most needs to see that nothing was lost.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { AppError } from '../../../shared/api/app-error.ts';
import { recordKindLabels } from '../../../shared/domain/record-kinds.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useAppClient } from '../../platform/app-client.ts';
import { restorableBooks, restoreBook, type RestorableBook } from './restore-book.ts';

export function RestoreBooks() {
  const db = useDatabase();
  const client = useAppClient();
  const { t, pick } = useT();
  const profileEmpty = useLiveQuery(async () => (await db.books.count()) === 0, [db]);
  const [books, setBooks] = useState<RestorableBook[] | null>(null);
  const [finding, setFinding] = useState(false);
  /** the book being restored */
  const [restoring, setRestoring] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function find() {
    setFinding(true);
    setError(null);
    try {
      setBooks(await restorableBooks(db, client));
    } catch (e) {
      setError(e);
    } finally {
      setFinding(false);
    }
  }

  useEffect(() => {
    if (!profileEmpty) return;
    let live = true;
    restorableBooks(db, client).then(
      (found) => live && setBooks(found),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [profileEmpty, db, client]);

  async function restore(found: RestorableBook) {
    const name = { commune: found.book?.communeAsWritten ?? '', volume: found.book?.volume ?? '' };
    setRestoring(found.bookId);
    setError(null);
    setDone(null);
    try {
      const counts = await restoreBook(db, client, found.bookId);
      const nothing = counts.books + counts.pages + counts.entries + counts.audit === 0;
      setDone(nothing ? t('restore.nothingNew', name) : t('restore.done', { ...name, pages: counts.pages, entries: counts.entries, audit: counts.audit }));
      setBooks(await restorableBooks(db, client));
    } catch (e) {
      setError(e);
    } finally {
      setRestoring(null);
    }
  }

  const busy = finding || restoring !== null;

  return (
    <section className="card restore-books" aria-labelledby="restore-books-heading">
      <h2 id="restore-books-heading">{t('restore.heading')}</h2>
      <p className="muted">{t('restore.hint')}</p>
      <button type="button" onClick={() => void find()} disabled={busy}>
        {t('restore.find')}
      </button>
      {finding && <p role="status">{t('restore.finding')}</p>}
      {books?.length === 0 && !busy && <p role="status">{t('restore.none')}</p>}
      {books && books.length > 0 && (
        <ul className="restore-list">
          {books.map((found) => (
            <li key={found.bookId}>
              {found.book ? (
                <span>
                  {t('restore.book', {
                    kind: pick(recordKindLabels[found.book.kind]),
                    commune: found.book.communeAsWritten,
                    volume: found.book.volume,
                    years: `${found.book.yearFrom}–${found.book.yearTo}`,
                  })}{' '}
                  <span className="muted">
                    {t('restore.counts', { pages: found.counts.pages, entries: found.counts.entries, herePages: found.here.pages, hereEntries: found.here.entries })}
                  </span>
                </span>
              ) : (
                <span>{t('restore.unreadable')}</span>
              )}
              {found.damagedLines > 0 && <span className="muted"> {t('restore.damaged', { count: found.damagedLines })}</span>}
              {found.problem && <ErrorNotice error={new AppError(found.problem)} />}
              {found.book && !found.problem && (
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('restore.restoreBook', { commune: found.book.communeAsWritten, volume: found.book.volume })}
                  onClick={() => void restore(found)}
                >
                  {restoring === found.bookId ? t('restore.restoring') : t('restore.restore')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {done && <p role="status" className="notice">{done}</p>}
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
