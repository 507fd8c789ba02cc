// The book's edition, in words, and the way to change it while none of its entries is verified: its
// pages are then read again as the new edition (drafts nobody touched are replaced, a person's kept).
import { useId, useState } from 'react';
import { editionName, editionsOf } from '../../../shared/domain/editions.ts';
import type { Book } from '../../../shared/domain/entry.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { changeBookEdition } from '../../db/books-repository.ts';
import { useT } from '../../i18n/use-t.ts';

// The open book's OCR queue follows the book's edition: changed, it reads the pages sent back to it.
export function BookEdition({ book }: { book: Book }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const choices = editionsOf(book.kind);

  async function change(templateId: string) {
    setError(null);
    try {
      await changeBookEdition(db, book.id, templateId);
    } catch (e) {
      setError(e);
    }
  }

  if (choices.length < 2) return <span className="book-edition">{t('books.editionIs', { edition: pick(editionName(book.templateId)) })}</span>;
  return (
    <span className="book-edition">
      <label htmlFor={id}>{t('books.edition')}</label>{' '}
      <select id={id} value={book.templateId} onChange={(e) => void change(e.target.value)}>
        {choices.map((edition) => <option key={edition.id} value={edition.id}>{pick(edition.label)}</option>)}
      </select>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </span>
  );
}
