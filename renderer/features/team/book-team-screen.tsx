// A supervisor's view of one book for a team: how it is keyed (OCR + verification, or blind double keying
// of chosen key fields), its batches, who keys each pass, and how far each batch is.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { AppError } from '../../../shared/api/app-error.ts';
import type { Page } from '../../../shared/domain/entry.ts';
import { fieldLabel, recordFields, recordKindLabels } from '../../../shared/domain/record-kinds.ts';
import { parsePageRanges, type Batch, type BatchSplit, type Pass } from '../../../shared/team/batches.ts';
import { defaultKeyFields, keyingModeLabels, keyingPolicyOf, type KeyingPolicy } from '../../../shared/team/keying-policy.ts';
import { activeProfiles, actorName } from '../../../shared/team/profile.ts';
import { disagreements, perThousand, type ComparedField, type DisagreementRate, type Disagreements } from '../../../shared/team/disagreement.ts';
import { may } from '../../../shared/team/roles.ts';
import { teamProgress } from '../../../shared/team/team-progress.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { assignPass, bookBatches, createBatches, loadBatchWork, setKeyingPolicy, type BatchField } from '../../db/team-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { BackToBooks } from './back-to-books.tsx';
import { useWorkPackages } from './use-work-packages.ts';
import { TeamProgressCard } from './team-progress.tsx';
import { useCurrentPerson, useTeamStore } from '../../stores/team-store.ts';

function PolicyForm({ bookId, kind, policy, onError }: { bookId: string; kind: keyof typeof recordFields; policy: KeyingPolicy; onError: (error: unknown) => void }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const save = (next: KeyingPolicy) => setKeyingPolicy(db, bookId, next).catch(onError);
  const chosen = new Set(policy.mode === 'double' ? policy.keyFields : []);
  return (
    <fieldset className="card keying-policy">
      <legend>{t('batches.policy')}</legend>
      {(['ocr-verify', 'double'] as const).map((mode) => (
        <label key={mode} className="edition-option">
          <input type="radio" name="keying-mode" checked={policy.mode === mode} onChange={() => void save(mode === 'double' ? { mode, keyFields: defaultKeyFields(kind) } : { mode })} />
          <span>{pick(keyingModeLabels[mode])}</span>
        </label>
      ))}
      {policy.mode === 'double' && (
        <fieldset className="key-fields">
          <legend>{t('batches.keyFields')}</legend>
          {recordFields[kind].map((field) => (
            <label key={field.key} className="key-field">
              <input
                type="checkbox"
                checked={chosen.has(field.key)}
                onChange={(e) => void save({ mode: 'double', keyFields: e.target.checked ? [...chosen, field.key] : [...chosen].filter((key) => key !== field.key) })}
              />
              {pick(field.label)}
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}

function SplitForm({ bookId, onError }: { bookId: string; onError: (error: unknown) => void }) {
  const db = useDatabase();
  const { t } = useT();
  const actor = useCurrentPerson()!.id;
  const [mode, setMode] = useState<BatchSplit['mode']>('size');
  const [text, setText] = useState('20');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      let split: BatchSplit;
      if (mode === 'size') split = { mode, pagesPerBatch: Number(text) };
      else {
        const ranges = parsePageRanges(text);
        if (!ranges) throw AppError.of('batch-ranges-text', { text });
        split = { mode, ranges };
      }
      await createBatches(db, bookId, split, actor);
    } catch (error) {
      onError(error);
    }
  };
  return (
    <form className="card" aria-labelledby="split-heading" onSubmit={(e) => void submit(e)}>
      <h3 id="split-heading">{t('batches.split')}</h3>
      <div className="form-grid">
        <div className="form-row">
          <label htmlFor="split-mode">{t('batches.splitBy')}</label>
          <select id="split-mode" value={mode} onChange={(e) => { const next = e.target.value as BatchSplit['mode']; setMode(next); setText(next === 'size' ? '20' : ''); }}>
            <option value="size">{t('batches.bySize')}</option>
            <option value="ranges">{t('batches.byRanges')}</option>
          </select>
        </div>
        <div className="form-row">
          <label htmlFor="split-value">{mode === 'size' ? t('batches.pagesPerBatch') : t('batches.ranges')}</label>
          <input id="split-value" value={text} inputMode={mode === 'size' ? 'numeric' : undefined} placeholder={mode === 'ranges' ? '1-20, 21-40' : undefined} onChange={(e) => setText(e.target.value)} />
        </div>
      </div>
      <button type="submit" className="primary">{t('batches.splitButton')}</button>
    </form>
  );
}

/** The first and last page of a batch, in the book's numbering. */
function pageSpan(batch: Batch, pages: ReadonlyMap<string, Page>): { first: number; last: number } {
  const sequences = batch.pageIds.flatMap((id) => pages.get(id)?.sequence ?? []);
  return { first: Math.min(...sequences), last: Math.max(...sequences) };
}

function DisagreementTables({ kind, rates }: { kind: keyof typeof recordFields; rates: Disagreements }) {
  const { t, pick } = useT();
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const rows = (map: ReadonlyMap<string, DisagreementRate>, name: (key: string) => string) =>
    [...map].sort((a, b) => perThousand(b[1]) - perThousand(a[1])).map(([key, rate]) => (
      <tr key={key}>
        <th scope="row">{name(key)}</th>
        <td>{rate.compared}</td>
        <td>{rate.disagreed}</td>
        <td>{perThousand(rate).toFixed(0)}</td>
      </tr>
    ));
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t('disagree.compared')}</th>
        <th scope="col">{t('disagree.disagreed')}</th>
        <th scope="col">{t('disagree.perThousand')}</th>
      </tr>
    </thead>
  );
  const labelOf = (key: string) => pick(fieldLabel(kind, key));
  return (
    <section className="card" aria-labelledby="disagree-heading">
      <h3 id="disagree-heading">{t('disagree.heading', { disagreed: rates.total.disagreed, compared: rates.total.compared })}</h3>
      <table className="data-table" aria-label={t('disagree.byPerson')}>
        {head(t('disagree.person'))}
        <tbody>{rows(rates.byPerson, (id) => actorName(id, profiles))}</tbody>
      </table>
      <table className="data-table" aria-label={t('disagree.byField')}>
        {head(t('disagree.field'))}
        <tbody>{rows(rates.byField, labelOf)}</tbody>
      </table>
    </section>
  );
}

/** A pass given to someone, as a work package for their PC; when one left, and for whom. */
function ExportPass({ batch, pass, onError }: { batch: Batch; pass: Pass; onError: (error: unknown) => void }) {
  const { t, language } = useT();
  const packages = useWorkPackages();
  const [busy, setBusy] = useState(false);
  const assignee = pass === 'A' ? batch.passA : batch.passB;
  if (assignee === null) return null;
  const sent = batch.sent?.[pass];
  const exportIt = async () => {
    setBusy(true);
    try {
      await packages.exportWork(batch.id, pass);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-pass">
      <button type="button" className="link-button" disabled={!packages.ready || busy} aria-label={t('package.exportWorkLabel', { pass, number: batch.number })} onClick={() => void exportIt()}>
        {t('package.exportWork')}
      </button>
      {sent && sent.to === assignee && <span className="muted"> {t('package.sent', { at: new Date(sent.at).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB') })}</span>}
    </div>
  );
}

export function BookTeamScreen({ bookId }: { bookId: string }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const me = useCurrentPerson();
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const [error, setError] = useState<unknown>(null);
  const data = useLiveQuery(async () => {
    const book = await db.books.get(bookId);
    const pages = await db.pages.where('bookId').equals(bookId).toArray();
    const batches = await bookBatches(db, bookId);
    const compared: ComparedField[] = [];
    const keyFields = new Map<string, BatchField[]>();
    for (const batch of batches) {
      const work = await loadBatchWork(db, batch.id);
      keyFields.set(batch.id, work?.fields ?? []);
      for (const item of work?.fields ?? []) compared.push({ field: item.field, state: item.state, passA: batch.passA, passB: item.keying?.by ?? batch.passB });
    }
    return { book, batches, pages: new Map(pages.map((page) => [page.id, page])), rates: disagreements(compared), progress: teamProgress(pages, batches, keyFields) };
  }, [db, bookId]);
  if (!me || !may(me.role, 'manage-team')) return <section className="card"><p>{t('team.supervisorsOnly')}</p></section>;
  if (!data) return null;
  const { book, batches, pages, rates } = data;
  if (!book) return <section className="card"><p>{t('book.notFound')}</p></section>;
  const policy = keyingPolicyOf(book);
  const keyers = activeProfiles(profiles).filter((person) => may(person.role, 'key'));
  const passes: Pass[] = policy.mode === 'double' ? ['A', 'B'] : ['A'];
  const assign = (batch: Batch, pass: Pass, personId: string) =>
    assignPass(db, batch.id, pass, personId === '' ? null : keyers.find((p) => p.id === personId) ?? null).catch(setError);
  return (
    <div className="book-team-screen">
      <BackToBooks />
      <h2>{t('batches.heading', { kind: pick(recordKindLabels[book.kind]), commune: book.communeAsWritten, volume: book.volume })}</h2>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      <PolicyForm bookId={book.id} kind={book.kind} policy={policy} onError={setError} />
      <section className="card" aria-labelledby="batches-heading">
        <h3 id="batches-heading">{t('batches.list', { count: batches.length, pages: pages.size })}</h3>
        {batches.length === 0 ? <p>{t('batches.none')}</p> : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('batches.batch')}</th>
                <th scope="col">{t('batches.pages')}</th>
                {passes.map((pass) => <th key={pass} scope="col">{t('batches.pass', { pass })}</th>)}
                <th scope="col">{t('batches.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => {
                const span = pageSpan(batch, pages);
                const { done, toDo } = data.progress.batches.get(batch.id)?.entries ?? { done: 0, toDo: 0 };
                return (
                  <tr key={batch.id}>
                    <th scope="row">{t('batches.name', { number: batch.number })}</th>
                    <td>{t('batches.pageSpan', { ...span, count: batch.pageIds.length })}</td>
                    {passes.map((pass) => (
                      <td key={pass}>
                        <select aria-label={t('batches.assign', { pass, number: batch.number })} value={(pass === 'A' ? batch.passA : batch.passB) ?? ''} onChange={(e) => void assign(batch, pass, e.target.value)}>
                          <option value="">{t('batches.nobody')}</option>
                          {keyers.map((person) => <option key={person.id} value={person.id}>{person.fullName}</option>)}
                        </select>
                        <ExportPass batch={batch} pass={pass} onError={setError} />
                      </td>
                    ))}
                    <td>
                      <meter min={0} max={Math.max(1, done + toDo)} value={done} aria-hidden="true" />{' '}
                      {t('batches.done', { verified: done, entries: done + toDo })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <TeamProgressCard progress={data.progress} double={policy.mode === 'double'} />
      {rates.total.compared > 0 && <DisagreementTables kind={book.kind} rates={rates} />}
      <SplitForm bookId={book.id} onError={setError} />
    </div>
  );
}
