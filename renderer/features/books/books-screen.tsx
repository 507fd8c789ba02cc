import { useLiveQuery } from 'dexie-react-hooks';
import { recordKindLabels } from '../../../shared/domain/record-kinds.ts';
import { useDatabase } from '../../app/database-context.ts';
import { listBooks } from '../../db/books-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { CreateBookForm } from './create-book-form.tsx';

export function BooksScreen() {
  const db = useDatabase();
  const { t, pick } = useT();
  const navigate = useRouteStore((s) => s.navigate);
  const books = useLiveQuery(() => listBooks(db), [db]);

  return (
    <div className="books-screen">
      <section className="card">
        <h2>{t('books.heading')}</h2>
        {books?.length === 0 && <p className="muted">{t('books.empty')}</p>}
        {books && books.length > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('books.kind')}</th>
                <th scope="col">{t('books.commune')}</th>
                <th scope="col">{t('books.volume')}</th>
                <th scope="col">{t('books.columns.years')}</th>
                <th scope="col"><span className="visually-hidden">{t('books.open')}</span></th>
              </tr>
            </thead>
            <tbody>
              {books.map((book) => (
                <tr key={book.id}>
                  <td>{pick(recordKindLabels[book.kind])}</td>
                  <td>{book.communeAsWritten}</td>
                  <td>{book.volume}</td>
                  <td>{book.yearFrom}–{book.yearTo}</td>
                  <td>
                    <button type="button" onClick={() => navigate({ name: 'book', bookId: book.id })}>
                      {t('books.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <CreateBookForm onCreated={(book) => navigate({ name: 'book', bookId: book.id })} />
    </div>
  );
}
