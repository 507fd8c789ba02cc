import { useId, useState, type FormEvent } from 'react';
import type { Book } from '../../../shared/domain/entry.ts';
import { checkNewBook, type BookFinding, type NewBookInput } from '../../../shared/domain/book-rules.ts';
import { recordKindLabels, recordKinds, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { createBook } from '../../db/books-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import type { MessageKey } from '../../i18n/messages.ts';

const emptyBook: NewBookInput = { kind: 'birth', communeAsWritten: '', volume: '', yearFrom: '', yearTo: '' };

const fieldLabels: Record<Exclude<keyof NewBookInput, 'kind'>, MessageKey> = {
  communeAsWritten: 'books.commune',
  volume: 'books.volume',
  yearFrom: 'books.yearFrom',
  yearTo: 'books.yearTo',
};

export function CreateBookForm({ onCreated }: { onCreated: (book: Book) => void }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const idPrefix = useId();
  const [input, setInput] = useState<NewBookInput>(emptyBook);
  const [findings, setFindings] = useState<BookFinding[]>([]);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkNewBook(input, new Date().getFullYear());
    setFindings(found);
    if (found.length > 0) return;
    try {
      const book = await createBook(db, { ...input, yearFrom: Number(input.yearFrom), yearTo: Number(input.yearTo) });
      setInput(emptyBook);
      onCreated(book);
    } catch (e) {
      setError(e);
    }
  }

  const findingFor = (field: keyof NewBookInput) => findings.find((f) => f.field === field);

  return (
    <form className="card create-book" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('books.create')}</h2>
      <div className="form-grid">
        <label htmlFor={`${idPrefix}-kind`}>{t('books.kind')}</label>
        <select id={`${idPrefix}-kind`} value={input.kind} onChange={(e) => setInput({ ...input, kind: e.target.value as RecordKind })}>
          {recordKinds.map((kind) => (
            <option key={kind} value={kind}>{pick(recordKindLabels[kind])}</option>
          ))}
        </select>
        {(Object.keys(fieldLabels) as (keyof typeof fieldLabels)[]).map((field) => {
          const finding = findingFor(field);
          const id = `${idPrefix}-${field}`;
          return (
            <div key={field} className="form-row">
              <label htmlFor={id}>{t(fieldLabels[field])}</label>
              <input
                id={id}
                value={input[field]}
                inputMode={field.startsWith('year') ? 'numeric' : undefined}
                aria-invalid={finding ? true : undefined}
                aria-describedby={finding ? `${id}-finding` : undefined}
                onChange={(e) => setInput({ ...input, [field]: e.target.value })}
              />
              {finding && <p id={`${id}-finding`} className="finding finding-error">{pick(finding.message)}</p>}
            </div>
          );
        })}
      </div>
      <button type="submit" className="primary">{t('books.create')}</button>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </form>
  );
}
