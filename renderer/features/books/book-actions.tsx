// What can be done to a book from the list besides opening it: archive it (hidden, kept whole), bring it
// back, or delete it while none of its entries is verified, after a question that names it and counts
// what goes with it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Book } from '../../../shared/domain/entry.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ConfirmDialog } from '../../app/confirm-dialog.tsx';
import { bookRemoval, deleteBook, setBookArchived } from '../../db/books-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useActor } from '../../stores/team-store.ts';

function DeleteBookDialog({ book, onClose }: { book: Book; onClose: () => void }) {
  const db = useDatabase();
  const { t } = useT();
  const operator = useActor();
  const counts = useLiveQuery(() => bookRemoval(db, book.id), [db, book.id]);
  const name = t('delete.book.name', { commune: book.communeAsWritten, volume: book.volume, years: `${book.yearFrom}–${book.yearTo}` });
  const blocked = counts !== undefined && counts.blocking > 0;
  return (
    <ConfirmDialog
      title={t('delete.book.title')}
      confirmLabel={t('delete.book.confirm')}
      canConfirm={counts !== undefined}
      onConfirm={blocked ? null : () => deleteBook(db, book.id, operator)}
      onClose={onClose}
    >
      {counts && <p>{blocked ? t('delete.book.blocked', { name, count: counts.blocking }) : t('delete.book.question', { name, pages: counts.pages, entries: counts.entries })}</p>}
    </ConfirmDialog>
  );
}

export function BookActions({ book }: { book: Book }) {
  const db = useDatabase();
  const { t } = useT();
  const [deleting, setDeleting] = useState(false);
  const label = { commune: book.communeAsWritten, volume: book.volume };
  const archived = book.archivedAt !== undefined;
  return (
    <span className="book-actions">
      <button type="button" className="link-button" aria-label={t(archived ? 'books.unarchiveBook' : 'books.archiveBook', label)} onClick={() => void setBookArchived(db, book.id, !archived)}>
        {t(archived ? 'books.unarchive' : 'books.archive')}
      </button>
      <button type="button" className="link-button" aria-label={t('books.deleteBook', label)} onClick={() => setDeleting(true)}>
        {t('books.delete')}
      </button>
      {deleting && <DeleteBookDialog book={book} onClose={() => setDeleting(false)} />}
    </span>
  );
}
