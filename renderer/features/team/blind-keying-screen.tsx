// Pass B of a double-keyed batch, field by field: one snippet of the page after another ("all the child
// names of batch 3"), typed from the page alone. It never shows pass A's value or what OCR read. Enter
// keeps the value and goes on; F8 and F9 mark a field illegible or blank in the register; Page Up goes
// back. What is being typed is kept for the tab, so a reload loses nothing.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldMark } from '../../../shared/domain/typed-fields.ts';
import { fieldLabel } from '../../../shared/domain/record-kinds.ts';
import { fieldKey } from '../../../shared/team/reconciliation.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { loadBatchWork, saveKeying, type BatchField } from '../../db/team-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { BackToBooks } from './back-to-books.tsx';
import { useCurrentPerson } from '../../stores/team-store.ts';
import { FieldSnippet } from './field-snippet.tsx';
import { useVerifySettled } from './use-verify-settled.tsx';

const draftKey = (batchId: string, item: BatchField) => `sohoa-keying:${batchId}:${fieldKey(item.entry.id, item.field)}`;

export function BlindKeyingScreen({ batchId }: { batchId: string }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const me = useCurrentPerson();
  const work = useLiveQuery(() => loadBatchWork(db, batchId), [db, batchId]);
  const [field, setField] = useState<string | null>(null);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  // Keyings made here: the next snippet is shown at once, while each is written (one after another) to a
  // database that takes tens of milliseconds to make a write durable. One that fails is open again, and said.
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  const writing = useRef<Promise<unknown>>(Promise.resolve());
  const { verify, heldBack } = useVerifySettled();
  const isKeyed = (item: BatchField, also: ReadonlySet<string> = sent) => item.keying !== undefined || also.has(fieldKey(item.entry.id, item.field));

  const chosenField = field ?? work?.fields.find((item) => !isKeyed(item))?.field ?? work?.keyFields[0] ?? null;
  const items = work?.fields.filter((item) => item.field === chosenField) ?? [];
  const current = items.find((item) => fieldKey(item.entry.id, item.field) === currentKey) ?? items.find((item) => !isKeyed(item)) ?? null;
  const shownKey = current ? fieldKey(current.entry.id, current.field) : null;

  // the value being typed for the snippet on screen: what was typed here, else what this tab kept of it, else what pass B keyed before
  const [typed, setTyped] = useState<{ key: string; text: string } | null>(null);
  const text = !current || !shownKey ? '' : typed?.key === shownKey ? typed.text : (sessionStorage.getItem(draftKey(batchId, current)) ?? current.keying?.value ?? '');
  useEffect(() => {
    input.current?.focus();
  }, [shownKey]);

  if (work === undefined) return null;
  if (work === null) return <section className="card"><p>{t('keying.noBatch')}</p></section>;
  if (!me || work.batch.passB !== me.id) return <section className="card"><p>{t('keying.notYours', { number: work.batch.number })}</p></section>;

  const label = (key: string) => pick(fieldLabel(work.book.kind, key));
  const done = items.filter((item) => isKeyed(item)).length;
  const allDone = work.fields.every((item) => isKeyed(item));

  function keep(item: BatchField, value: string, mark?: FieldMark) {
    const key = fieldKey(item.entry.id, item.field);
    const nowSent = new Set(sent).add(key);
    setSent(nowSent);
    setError(null);
    // on to the next snippet of this field not keyed yet, after this one; else the next field with one
    const at = items.indexOf(item);
    const next = [...items.slice(at + 1), ...items.slice(0, at)].find((other) => !isKeyed(other, nowSent)) ?? work!.fields.find((other) => !isKeyed(other, nowSent));
    setField(next?.field ?? item.field);
    setCurrentKey(next ? fieldKey(next.entry.id, next.field) : null);
    const draft = draftKey(batchId, item);
    const kept = sessionStorage.getItem(draft);
    writing.current = writing.current.then(() =>
      saveKeying(db, { batchId, entryId: item.entry.id, field: item.field, value, ...(mark ? { mark } : {}) }, me!.id).then(() => {
        // what was typed is kept for the tab until it is in the database, unless typed again since
        if (sessionStorage.getItem(draft) === kept) sessionStorage.removeItem(draft);
        return verify(item.entry.id, me!.id);
      }, (failure: unknown) => {
        setError(failure);
        setSent((was) => {
          const open = new Set(was);
          open.delete(key);
          return open;
        });
      }),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!current || event.nativeEvent.isComposing) return;
    const marks: Record<string, FieldMark> = { F8: 'illegible', F9: 'blank' };
    if (event.key === 'Enter') {
      event.preventDefault();
      if (text.trim() !== '') keep(current, text);
    } else if (marks[event.key]) {
      event.preventDefault();
      keep(current, '', marks[event.key]);
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      const at = items.indexOf(current);
      const to = items[at + (event.key === 'PageUp' ? -1 : 1)];
      if (to) setCurrentKey(fieldKey(to.entry.id, to.field));
    }
  }

  return (
    <section className="card blind-keying" aria-labelledby="blind-keying-heading">
      <BackToBooks />
      <h2 id="blind-keying-heading">{t('keying.heading', { number: work.batch.number })}</h2>
      <p className="muted">{t('keying.blind')}</p>
      <div className="form-row">
        <label htmlFor="keying-field">{t('keying.field')}</label>
        <select id="keying-field" value={chosenField ?? ''} onChange={(e) => { setField(e.target.value); setCurrentKey(null); }}>
          {work.keyFields.map((key) => {
            const left = work.fields.filter((item) => item.field === key && !isKeyed(item)).length;
            return <option key={key} value={key}>{t('keying.fieldOption', { field: label(key), left })}</option>;
          })}
        </select>
      </div>
      <p role="status">{t('keying.progress', { done, total: items.length, field: chosenField ? label(chosenField) : '' })}</p>
      {allDone && <p className="notice" role="status">{t('keying.allDone', { number: work.batch.number })}</p>}
      {current && (
        <div className="keying-item">
          <p>{t('keying.where', { page: current.pageSequence, no: items.indexOf(current) + 1, total: items.length })}</p>
          <FieldSnippet entry={current.entry} field={current.field} label={t('keying.snippet', { field: label(current.field), page: current.pageSequence })} />
          <div className="form-row">
            <label htmlFor="keying-value">{label(current.field)}</label>
            <input
              id="keying-value"
              ref={input}
              value={text}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => {
                setTyped({ key: shownKey!, text: e.target.value });
                sessionStorage.setItem(draftKey(batchId, current), e.target.value);
              }}
              onKeyDown={onKeyDown}
            />
          </div>
          {current.keying && <p className="muted">{current.keying.mark ? t(`history.mark.${current.keying.mark}`) : t('keying.keptAlready')}</p>}
          <p className="muted">{t('keying.keys')}</p>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      {heldBack}
    </section>
  );
}
