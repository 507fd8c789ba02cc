// A new register book: its kind, its edition (chosen from a plain description of each: one entry per
// page, or a ruled table of several), the commune as written on the cover, volume and years. A book that
// looks like one already here (same kind, commune, volume and years) is created only once the clerk says so.
import { useId, useState, type FormEvent } from 'react';
import type { Book } from '../../../shared/domain/entry.ts';
import { checkNewBook, sameBooks, type BookFinding, type NewBookInput } from '../../../shared/domain/book-rules.ts';
import { editionsOf } from '../../../shared/domain/editions.ts';
import { defaultTemplateId, recordKindLabels, recordKinds, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { createBook, listBooks } from '../../db/books-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import type { MessageKey } from '../../i18n/messages.ts';

const emptyBook: NewBookInput = { kind: 'birth', communeAsWritten: '', volume: '', yearFrom: '', yearTo: '' };

const fieldLabels: Record<Exclude<keyof NewBookInput, 'kind'>, MessageKey> = {
  communeAsWritten: 'books.commune',
  volume: 'books.volume',
  yearFrom: 'books.yearFrom',
  yearTo: 'books.yearTo',
};

export function CreateBookForm({ onCreated, onOpen }: { onCreated: (book: Book) => void; onOpen: (book: Book) => void }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const idPrefix = useId();
  const [input, setInput] = useState<NewBookInput>(emptyBook);
  const [edition, setEdition] = useState(defaultTemplateId[emptyBook.kind]);
  const [findings, setFindings] = useState<BookFinding[]>([]);
  const [error, setError] = useState<unknown>(null);
  // the books this one looks like, once the clerk asked to create it; creating it again needs a second yes
  const [twins, setTwins] = useState<Book[]>([]);

  function change(next: NewBookInput) {
    setInput(next);
    setTwins([]);
  }

  async function submit(event: FormEvent, despiteTwins = false) {
    event.preventDefault();
    const found = checkNewBook(input, new Date().getFullYear());
    setFindings(found);
    if (found.length > 0) return;
    const wanted = { ...input, yearFrom: Number(input.yearFrom), yearTo: Number(input.yearTo) };
    try {
      const alike = sameBooks(wanted, await listBooks(db));
      if (alike.length > 0 && !despiteTwins) {
        setTwins(alike);
        return;
      }
      const book = await createBook(db, { ...wanted, templateId: edition });
      setInput(emptyBook);
      setEdition(defaultTemplateId[emptyBook.kind]);
      setTwins([]);
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
        <select
          id={`${idPrefix}-kind`}
          value={input.kind}
          onChange={(e) => {
            const kind = e.target.value as RecordKind;
            change({ ...input, kind });
            setEdition(defaultTemplateId[kind]);
          }}
        >
          {recordKinds.map((kind) => (
            <option key={kind} value={kind}>{pick(recordKindLabels[kind])}</option>
          ))}
        </select>
        <fieldset className="edition-choice">
          <legend>{t('books.edition')}</legend>
          {editionsOf(input.kind).map((option) => (
            <label key={option.id} className="edition-option">
              <input type="radio" name={`${idPrefix}-edition`} value={option.id} checked={edition === option.id} onChange={() => setEdition(option.id)} />
              <span>
                <strong>{pick(option.label)}</strong>
                <span className="muted edition-description">{pick(option.description)}</span>
              </span>
            </label>
          ))}
        </fieldset>
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
                onChange={(e) => change({ ...input, [field]: e.target.value })}
              />
              {finding && <p id={`${id}-finding`} className="finding finding-error">{pick(finding.message)}</p>}
            </div>
          );
        })}
      </div>
      {twins.length > 0 ? (
        <div className="notice" role="alert">
          <p>{t('books.twin', { count: twins.length, commune: twins[0]!.communeAsWritten, volume: twins[0]!.volume, years: `${twins[0]!.yearFrom}–${twins[0]!.yearTo}` })}</p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => onOpen(twins[0]!)}>{t('books.twinOpen')}</button>
            <button type="button" onClick={(e) => void submit(e, true)}>{t('books.twinCreate')}</button>
          </div>
        </div>
      ) : (
        <button type="submit" className="primary">{t('books.create')}</button>
      )}
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </form>
  );
}
