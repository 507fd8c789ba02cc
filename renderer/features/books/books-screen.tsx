import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { bookSearchText } from '../../../shared/domain/book-rules.ts';
import { recordKindLabels } from '../../../shared/domain/record-kinds.ts';
import { holdsAll, searchNeedles } from '../../../shared/text/search-key.ts';
import { useDatabase } from '../../app/database-context.ts';
import { SearchBox } from '../../app/search-box.tsx';
import { VirtualTable } from '../../app/virtual-table.tsx';
import { listShownBooks } from '../../db/books-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { MyWork } from '../team/my-work.tsx';
import { PackageImport } from '../team/package-import.tsx';
import { BookActions } from './book-actions.tsx';
import { BookProgressText } from './book-progress.tsx';
import { CreateBookForm } from './create-book-form.tsx';
import { RestoreBooks } from './restore-books.tsx';

const ignoreRange = () => undefined;

export function BooksScreen() {
  const db = useDatabase();
  const { t, pick } = useT();
  const navigate = useRouteStore((s) => s.navigate);
  const [archived, setArchived] = useState(false);
  const books = useLiveQuery(() => listShownBooks(db, archived), [db, archived]);
  const [query, setQuery] = useState('');
  const searchable = useMemo(() => (books ?? []).map((book) => ({ book, text: bookSearchText(book) })), [books]);
  const shown = useMemo(() => {
    const needles = searchNeedles(query);
    return searchable.filter(({ text }) => holdsAll(text, needles)).map(({ book }) => book);
  }, [searchable, query]);

  return (
    <div className="books-screen">
      <section className="card">
        <h2>{t('books.heading')}</h2>
        <label className="choice">
          <input type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
          {t('books.showArchived')}
        </label>
        {books?.length === 0 && <p className="muted">{t(archived ? 'books.noArchived' : 'books.empty')}</p>}
        {books && books.length > 0 && (
          <>
            <SearchBox label={t('books.search')} onSearch={setQuery} />
            <p role="status" className="muted">{query.trim() === '' ? t('books.count', { count: books.length }) : t('books.found', { count: shown.length })}</p>
            <VirtualTable
              label={t('books.heading')}
              // At 1366 × 768 the commune and the progress each take up to three lines; the short columns are as
              // wide as what they hold, and the actions wrap in English, so that three lines are enough.
              columns={[
                { header: t('books.kind'), width: '6rem' },
                { header: t('books.commune'), width: 'minmax(10rem, 1.2fr)' },
                { header: t('books.volume'), width: '5rem' },
                { header: t('books.columns.years'), width: '7rem' },
                { header: t('books.columns.progress'), width: 'minmax(11rem, 1fr)' },
                { header: <span className="visually-hidden">{t('books.open')}</span>, width: '11rem' },
              ]}
              total={shown.length}
              rows={shown}
              rowsFrom={0}
              onRange={ignoreRange}
              rowKey={(book) => book.id}
              loadingText=""
              height={420}
              rowHeight={64}
              cells={(book) => [
                pick(recordKindLabels[book.kind]),
                book.communeAsWritten,
                book.volume,
                `${book.yearFrom}–${book.yearTo}`,
                <BookProgressText key="progress" bookId={book.id} />,
                <span key="open" className="book-row-actions">
                  <button type="button" aria-label={t('books.openBook', { commune: book.communeAsWritten, volume: book.volume })} onClick={() => navigate({ name: 'book', bookId: book.id })}>
                    {t('books.open')}
                  </button>
                  <BookActions book={book} />
                </span>,
              ]}
            />
          </>
        )}
      </section>
      <div className="books-side">
        <MyWork />
        <PackageImport />
        <CreateBookForm onCreated={(book) => navigate({ name: 'book', bookId: book.id, focus: 'import' })} onOpen={(book) => navigate({ name: 'book', bookId: book.id })} />
      </div>
      <RestoreBooks />
    </div>
  );
}
