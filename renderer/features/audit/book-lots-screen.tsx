// A supervisor's lots of one book (#/books/<id>/audit): forming a lot (a batch, the book, or what one
// person verified in a period), choosing how it is audited (AQL, inspection level, what is counted), the
// severity the switching rules give for the operator or the contract, with their reason, and each lot's
// state: not audited, being audited, rejected (back for a full re-check, its entries held), accepted.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { auditStanding, lotState, type AuditSetup, type Counting, type LotScope, type LotState } from '../../../shared/audit/lot-audit.ts';
import { newSampleSeed } from '../../../shared/audit/sample-draw.ts';
import { aqlValues, inspectionLevels } from '../../../shared/audit/sampling-plan.ts';
import { inspectionState } from '../../../shared/audit/switching.ts';
import { recordKindLabels } from '../../../shared/domain/record-kinds.ts';
import { actorName } from '../../../shared/team/profile.ts';
import { may } from '../../../shared/team/roles.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { beginAudit, createLot, rechecks, switchingHistory } from '../../db/lots-repository.ts';
import { lotAudits } from '../../db/lot-holds.ts';
import { bookBatches } from '../../db/team-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { useCurrentPerson, useTeamStore } from '../../stores/team-store.ts';
import { BackToBooks } from '../team/back-to-books.tsx';
import { lotScopeText } from './lot-scope-text.ts';

const contract = 'contract';
const today = () => new Date().toISOString().slice(0, 10);
const seed = () => newSampleSeed((words) => crypto.getRandomValues(words));

function LotForm({ bookId, onError }: { bookId: string; onError: (error: unknown) => void }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const me = useCurrentPerson()!;
  const navigate = useRouteStore((s) => s.navigate);
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const batches = useLiveQuery(() => bookBatches(db, bookId), [db, bookId]) ?? [];
  const [scope, setScope] = useState('book');
  const [person, setPerson] = useState('');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [aql, setAql] = useState('1');
  const [level, setLevel] = useState('II');
  const [counting, setCounting] = useState<Counting>('nonconforming-entries');
  const [perOperator, setPerOperator] = useState(false);
  const [reducedApproved, setReducedApproved] = useState(false);
  const [busy, setBusy] = useState(false);

  const batch = batches.find((b) => `batch:${b.id}` === scope);
  const operator = scope === 'operator' ? person : batch?.passA ?? '';
  const switchingKey = perOperator && operator !== '' ? operator : contract;
  const state = useLiveQuery(async () => inspectionState(await switchingHistory(db, switchingKey), { productionSteady: true, reducedApproved }), [db, switchingKey, reducedApproved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!state || state.severity === 'discontinued') return;
    setBusy(true);
    try {
      const lotScope: LotScope = batch ? { kind: 'batch', batchId: batch.id, number: batch.number } : scope === 'operator' ? { kind: 'operator', personId: person, from, to } : { kind: 'book' };
      const setup: AuditSetup = { aql: Number(aql), level, severity: state.severity, counting };
      const lot = await createLot(db, bookId, lotScope, switchingKey, me.id);
      const audit = await beginAudit(db, lot.id, setup, seed(), me.id);
      navigate({ name: 'audit', auditId: audit.id });
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card lot-form" aria-labelledby="lot-form-heading" onSubmit={(e) => void submit(e)}>
      <h3 id="lot-form-heading">{t('lots.new')}</h3>
      <div className="form-grid">
        <div className="form-row">
          <label htmlFor="lot-scope">{t('lots.scope')}</label>
          <select id="lot-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="book">{t('lots.scopeBook')}</option>
            {batches.map((b) => <option key={b.id} value={`batch:${b.id}`}>{t('batches.name', { number: b.number })}</option>)}
            <option value="operator">{t('lots.scopeOperator')}</option>
          </select>
        </div>
        {scope === 'operator' && (
          <>
            <div className="form-row">
              <label htmlFor="lot-person">{t('lots.person')}</label>
              <select id="lot-person" value={person} onChange={(e) => setPerson(e.target.value)} required>
                <option value="">—</option>
                {profiles.filter((p) => may(p.role, 'key')).map((p) => <option key={p.id} value={p.id}>{p.fullName}</option>)}
              </select>
            </div>
            <div className="form-row">
              <label htmlFor="lot-from">{t('lots.from')}</label>
              <input id="lot-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
            </div>
            <div className="form-row">
              <label htmlFor="lot-to">{t('lots.to')}</label>
              <input id="lot-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
            </div>
          </>
        )}
        <div className="form-row">
          <label htmlFor="lot-aql">AQL</label>
          <select id="lot-aql" value={aql} onChange={(e) => setAql(e.target.value)}>
            {aqlValues.map((value) => <option key={value} value={String(value)}>{value}</option>)}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor="lot-level">{t('lots.level')}</label>
          <select id="lot-level" value={level} onChange={(e) => setLevel(e.target.value)}>
            {inspectionLevels.map((value) => <option key={value} value={value}>{value}</option>)}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor="lot-counting">{t('lots.counting')}</label>
          <select id="lot-counting" value={counting} onChange={(e) => setCounting(e.target.value as Counting)}>
            <option value="nonconforming-entries">{t('lots.countEntries')}</option>
            <option value="nonconformities">{t('lots.countFields')}</option>
          </select>
        </div>
      </div>
      <fieldset className="lot-switching">
        <legend>{t('lots.switching')}</legend>
        <label className="choice">
          <input type="checkbox" checked={perOperator} onChange={(e) => setPerOperator(e.target.checked)} />
          {t('lots.perOperator', { name: operator === '' ? '—' : actorName(operator, profiles) })}
        </label>
        <label className="choice">
          <input type="checkbox" checked={reducedApproved} onChange={(e) => setReducedApproved(e.target.checked)} />
          {t('lots.reducedApproved')}
        </label>
        {state && (
          <p role="status">
            <strong>{t(`lots.severity.${state.severity}`)}</strong> · {pick(state.reason)}
          </p>
        )}
      </fieldset>
      <button type="submit" className="primary" disabled={busy || !state || state.severity === 'discontinued'}>{t('lots.start')}</button>
    </form>
  );
}

const stateLabels = { new: 'lots.state.new', auditing: 'lots.state.auditing', rejected: 'lots.state.rejected', accepted: 'lots.state.accepted' } as const satisfies Record<LotState, string>;

export function BookLotsScreen({ bookId }: { bookId: string }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const me = useCurrentPerson();
  const navigate = useRouteStore((s) => s.navigate);
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const [error, setError] = useState<unknown>(null);
  const data = useLiveQuery(async () => {
    const book = await db.books.get(bookId);
    const lots = (await db.lots.where('bookId').equals(bookId).toArray()).sort((a, b) => a.number - b.number);
    const left = new Map((await rechecks(db, { bookId })).map((recheck) => [recheck.lot.id, recheck.left]));
    return { book, lots: await Promise.all(lots.map(async (lot) => ({ lot, audits: await lotAudits(db, lot.id), recheckLeft: left.get(lot.id) ?? [] }))) };
  }, [db, bookId]);
  if (!me || !may(me.role, 'manage-team')) return <section className="card"><p>{t('team.supervisorsOnly')}</p></section>;
  if (!data) return null;
  if (!data.book) return <section className="card"><p>{t('book.notFound')}</p></section>;
  const { book } = data;

  const recheck = async (lotId: string, previous: NonNullable<(typeof data.lots)[number]['audits'][number]>) => {
    try {
      const audit = await beginAudit(db, lotId, { aql: previous.plan.aql, level: previous.plan.level, severity: previous.plan.severity, counting: previous.counting }, seed(), me.id);
      navigate({ name: 'audit', auditId: audit.id });
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="book-lots-screen">
      <BackToBooks />
      <h2>{t('lots.heading', { kind: pick(recordKindLabels[book.kind]), commune: book.communeAsWritten, volume: book.volume })}</h2>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      <section className="card" aria-labelledby="lots-heading">
        <h3 id="lots-heading">{t('lots.list', { count: data.lots.length })}</h3>
        {data.lots.length === 0 ? <p>{t('lots.none')}</p> : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('lots.lot')}</th>
                <th scope="col">{t('lots.scope')}</th>
                <th scope="col">{t('lots.entries')}</th>
                <th scope="col">{t('lots.plan')}</th>
                <th scope="col">{t('lots.stateHeading')}</th>
                <th scope="col"><span className="visually-hidden">{t('lots.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {data.lots.map(({ lot, audits, recheckLeft }) => {
                const state = lotState(audits);
                const last = audits.at(-1);
                const standing = last && auditStanding(last);
                return (
                  <tr key={lot.id}>
                    <th scope="row">{t('lots.name', { number: lot.number })}</th>
                    <td>{lotScopeText(lot.scope, t, profiles)}</td>
                    <td>{lot.entryIds.length}</td>
                    <td>{last ? t('lots.planText', { aql: last.plan.aql, level: last.plan.level, severity: t(`lots.severity.${last.plan.severity}`), n: last.plan.sampleSize, ac: last.plan.ac, re: last.plan.re }) : '—'}</td>
                    <td>
                      {t(stateLabels[state])}
                      {standing && ` · ${t('lots.standing', { reviewed: standing.reviewed, n: last.sample.length, defects: standing.defects })}`}
                      {state === 'rejected' && ` · ${t('lots.rechecked', { done: lot.entryIds.length - recheckLeft.length, total: lot.entryIds.length })}`}
                    </td>
                    <td>
                      {state === 'auditing' && last && <button type="button" onClick={() => navigate({ name: 'audit', auditId: last.id })}>{t('lots.continue')}</button>}
                      {state === 'rejected' && recheckLeft.length > 0 && (
                        <button type="button" className="link-button" onClick={() => navigate({ name: 'book', bookId, entryId: recheckLeft[0]! })}>{t('lots.recheckHere')}</button>
                      )}
                      {state === 'rejected' && last && recheckLeft.length === 0 && <button type="button" onClick={() => void recheck(lot.id, last)}>{t('lots.auditAgain')}</button>}
                      {(state === 'accepted' || state === 'rejected') && last && <button type="button" className="link-button" onClick={() => navigate({ name: 'audit', auditId: last.id })}>{t('lots.view')}</button>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <LotForm bookId={book.id} onError={setError} />
    </div>
  );
}
