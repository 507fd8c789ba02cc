// A checker settles what the two passes of a batch keyed differently, one field after another: the snippet
// of the page, both values side by side with the differing letters marked, A to take pass A, B to take
// pass B, or a third value typed and Enter. Only a checker or supervisor who keyed neither pass may.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { fieldLabel } from '../../../shared/domain/record-kinds.ts';
import { mayArbitrate } from '../../../shared/team/batches.ts';
import { fieldKey, keyedValueOf, type DecisionChoice } from '../../../shared/team/reconciliation.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { decide, loadBatchWork } from '../../db/team-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { BackToBooks } from './back-to-books.tsx';
import { useCurrentPerson } from '../../stores/team-store.ts';
import { FieldSnippet } from './field-snippet.tsx';
import { KeyedText } from './keyed-text.tsx';
import { useVerifySettled } from './use-verify-settled.tsx';

export function ArbitrationScreen({ batchId }: { batchId: string }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const me = useCurrentPerson();
  const work = useLiveQuery(() => loadBatchWork(db, batchId), [db, batchId]);
  const [third, setThird] = useState('');
  const [error, setError] = useState<unknown>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Decisions made here: the next difference is shown at once while each is written, one after another;
  // one that fails is open again, and said.
  const [taken, setTaken] = useState<ReadonlySet<string>>(new Set());
  const writing = useRef<Promise<unknown>>(Promise.resolve());
  const { verify, heldBack } = useVerifySettled();
  const open = work?.fields.filter((item) => item.state === 'differs' && !taken.has(fieldKey(item.entry.id, item.field))) ?? [];
  const current = open[0] ?? null;
  const currentKey = current ? fieldKey(current.entry.id, current.field) : null;
  useEffect(() => {
    panel.current?.focus();
  }, [currentKey]);

  if (work === undefined) return null;
  if (work === null) return <section className="card"><p>{t('keying.noBatch')}</p></section>;
  if (!me || !mayArbitrate(me, work.batch)) return <section className="card"><p>{t('arbitrate.notYours', { number: work.batch.number })}</p></section>;

  const label = (key: string) => pick(fieldLabel(work.book.kind, key));

  function settle(choice: DecisionChoice) {
    if (!current) return;
    const item = current;
    const key = fieldKey(item.entry.id, item.field);
    const value = third;
    setTaken((was) => new Set(was).add(key));
    setThird('');
    setError(null);
    writing.current = writing.current.then(() =>
      decide(db, { entryId: item.entry.id, field: item.field, choice, ...(choice === 'typed' ? { typed: { value } } : {}) }, me!).then(() => verify(item.entry.id, me!.id), (failure: unknown) => {
        setError(failure);
        setTaken((was) => {
          const again = new Set(was);
          again.delete(key);
          return again;
        });
      }),
    );
  }

  function onPanelKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || event.nativeEvent.isComposing) return;
    const key = event.key.toLowerCase();
    if (key === 'a' || key === 'b') {
      event.preventDefault();
      settle(key === 'a' ? 'A' : 'B');
    }
  }

  const a = current ? keyedValueOf(current.entry.fields[current.field]) : null;
  const b = current?.keying ? keyedValueOf(current.keying) : null;
  const settled = work.fields.filter((item) => item.state === 'decided' || (item.state === 'differs' && taken.has(fieldKey(item.entry.id, item.field)))).length;

  return (
    <section className="card arbitration" aria-labelledby="arbitration-heading">
      <BackToBooks />
      <h2 id="arbitration-heading">{t('arbitrate.heading', { number: work.batch.number })}</h2>
      <p role="status">{t('arbitrate.progress', { open: open.length, decided: settled })}</p>
      {current && a && b ? (
        <div ref={panel} tabIndex={0} className="arbitration-item" onKeyDown={onPanelKey} aria-label={t('arbitrate.item', { field: label(current.field), page: current.pageSequence })}>
          <p>{t('arbitrate.item', { field: label(current.field), page: current.pageSequence })}</p>
          <FieldSnippet entry={current.entry} field={current.field} label={t('keying.snippet', { field: label(current.field), page: current.pageSequence })} />
          <div className="arbitration-values">
            <div>
              <h3>{t('batches.pass', { pass: 'A' })}</h3>
              <p className="keyed-value" data-pass="A"><KeyedText value={a} other={b} t={t} /></p>
              <button type="button" onClick={() => settle('A')}>{t('arbitrate.takeA')}</button>
            </div>
            <div>
              <h3>{t('batches.pass', { pass: 'B' })}</h3>
              <p className="keyed-value" data-pass="B"><KeyedText value={b} other={a} t={t} /></p>
              <button type="button" onClick={() => settle('B')}>{t('arbitrate.takeB')}</button>
            </div>
          </div>
          <form className="form-row" onSubmit={(e) => { e.preventDefault(); if (third.trim() !== '') settle('typed'); }}>
            <label htmlFor="arbitrate-third">{t('arbitrate.third')}</label>
            <input id="arbitrate-third" value={third} autoComplete="off" onChange={(e) => setThird(e.target.value)} />
          </form>
          <p className="muted">{t('arbitrate.keys')}</p>
        </div>
      ) : (
        <p className="notice" role="status">{t('arbitrate.none', { number: work.batch.number })}</p>
      )}
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      {heldBack}
    </section>
  );
}
