// A supervisor audits a lot by acceptance sampling (ISO 2859-1), keyboard first: the sampled entries one
// after another, in sample order, and each entry's fields in the form's order, the snippet of the page
// beside the value as entered. Enter says it is right; the right value typed, then Enter, records it
// wrong. An entry's review is recorded at its last field, and the next entry shown at once while the
// writes go on in order behind. An entry found wrong is corrected to what the register says, as the
// supervisor's change, and verified again as the workspace verifies; the lot holds it from sync meanwhile.
// Once the plan decides (Re reached, or the whole sample gone through), the lot is decided.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { auditStanding } from '../../../shared/audit/lot-audit.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { fieldLabel } from '../../../shared/domain/record-kinds.ts';
import type { FieldMark } from '../../../shared/domain/typed-fields.ts';
import { bookEntryBlockers, contextFor, registerYearsOf } from '../../../shared/domain/validate-entry.ts';
import { normalizeFieldValue } from '../../../shared/text/normalize.ts';
import { sameKeying, type KeyedValue } from '../../../shared/team/keying-compare.ts';
import { fieldKey } from '../../../shared/team/reconciliation.ts';
import { may } from '../../../shared/team/roles.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { saveEntry, verifyEntry } from '../../db/entries-repository.ts';
import { decideAudit, recordReview } from '../../db/lots-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { useCurrentPerson } from '../../stores/team-store.ts';
import { BackToBooks } from '../team/back-to-books.tsx';
import { FieldSnippet } from '../team/field-snippet.tsx';
import { KeyedText } from '../team/keyed-text.tsx';
import { bookNumberingErrors } from '../workspace/use-registration-findings.ts';
import { AuditFacts } from './audit-facts.tsx';
import { AuditFindings } from './audit-findings.tsx';
import { correctionOf, fieldsToLook, findingsOf, foundValue, recordedVerdicts, withReviews, type Review, type Verdicts } from './audit-review.ts';
import { loadAuditWork, type AuditWork } from './audit-work.ts';

interface Position {
  entry: Entry;
  field: string;
  /** the entry's last field looked at */
  last: boolean;
}

/** A corrected entry that is not verified again: refused (its errors), or waiting for a checker (no refusal). */
interface HeldBack {
  no: string;
  refusal?: unknown;
}

const marks: Readonly<Record<string, FieldMark>> = { F8: 'illegible', F9: 'blank' };

/** Every field to look at, sampled entry after sampled entry. */
function positionsOf(work: AuditWork, findings: AuditWork['audit']['findings']): Position[] {
  return work.audit.sample.flatMap((id) => {
    const entry = work.entries.get(id);
    if (!entry) return [];
    const fields = fieldsToLook(entry, findings);
    return fields.map((field, i) => ({ entry, field, last: i === fields.length - 1 }));
  });
}

export function AuditScreen({ auditId }: { auditId: string }) {
  const db = useDatabase();
  const { t, pick } = useT();
  const me = useCurrentPerson();
  const navigate = useRouteStore((s) => s.navigate);
  const work = useLiveQuery(() => loadAuditWork(db, auditId), [db, auditId]);
  // Where the supervisor moved with Page Up / Page Down; null: the next field to look at.
  const [cursor, setCursor] = useState<{ entryId: string; field: string } | null>(null);
  // Verdicts given here, by entry: an entry's review is recorded once each of its fields has one.
  const [verdicts, setVerdicts] = useState<Readonly<Record<string, Verdicts>>>({});
  // Reviews recorded here: the next entry is shown at once while each is written, one after another; one
  // that fails is open again, and said.
  const [reviews, setReviews] = useState<ReadonlyMap<string, Review>>(new Map());
  const [typed, setTyped] = useState<{ key: string; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [heldBack, setHeldBack] = useState<readonly HeldBack[]>([]);
  const [deciding, setDeciding] = useState(false);
  const writing = useRef<Promise<unknown>>(Promise.resolve());
  const input = useRef<HTMLInputElement>(null);
  const decideButton = useRef<HTMLButtonElement>(null);

  const audit = work ? withReviews(work.audit, reviews) : null;
  const positions = work && audit ? positionsOf(work, audit.findings) : [];
  const reviewedIds = new Set(audit?.reviewed.map((r) => r.entryId));
  const verdictsOf = (entry: Entry): Verdicts => ({ ...(reviewedIds.has(entry.id) && audit ? recordedVerdicts(entry, audit.findings) : {}), ...verdicts[entry.id] });
  // The next field to look at: the first of an entry not recorded that has no verdict yet, or the last
  // field of one whose review failed to be written (every field judged), for Enter to record it again.
  const next = positions.find((p) => !reviewedIds.has(p.entry.id) && (p.last || verdicts[p.entry.id]?.[p.field] === undefined));
  const current = (cursor && positions.find((p) => p.entry.id === cursor.entryId && p.field === cursor.field)) || next || null;
  const currentKey = current ? fieldKey(current.entry.id, current.field) : null;
  const standing = audit ? auditStanding(audit) : null;
  const decidable = standing !== null && standing.outcome !== null && !work?.audit.decision;

  useEffect(() => {
    (input.current ?? decideButton.current)?.focus();
  }, [currentKey, decidable]);

  if (work === undefined) return null;
  if (!me || !may(me.role, 'manage-team')) return <section className="card"><p>{t('auditScreen.supervisorsOnly')}</p></section>;
  if (work === null || !audit || !standing) return <section className="card"><p>{t('auditScreen.notFound')}</p></section>;

  const { book, lot } = work;
  const actor = me.id;
  const context = contextFor(registerYearsOf(book));
  const label = (field: string) => pick(fieldLabel(book.kind, field));
  const toCursor = (position: Position | undefined) => (position ? { entryId: position.entry.id, field: position.field } : null);

  /** The entry corrected to its verdicts as the supervisor's change, and verified again as the workspace verifies it. */
  async function correct(entryId: string, judged: Verdicts) {
    const entry = await db.entries.get(entryId);
    const correction = entry && correctionOf(entry, judged, context);
    if (!correction) return;
    const saved = await saveEntry(db, correction, actor);
    try {
      // the book as it stands after the correction: a number used twice in a year blocks, as in the workspace
      const bookErrors = await bookNumberingErrors(db)(book, saved.id);
      const verified = await verifyEntry(db, saved.id, actor, (changed) => bookEntryBlockers(changed, book, bookErrors));
      if (verified.status !== 'verified') setHeldBack((was) => [...was, { no: verified.entryNo || '—' }]);
    } catch (refusal) {
      setHeldBack((was) => [...was, { no: saved.entryNo || '—', refusal }]);
    }
  }

  function record(entry: Entry, fields: readonly string[], judged: Verdicts) {
    const review: Review = { fields: [...fields], findings: findingsOf(entry, judged, audit!.findings, context) };
    setReviews((was) => new Map(was).set(entry.id, review));
    writing.current = writing.current.then(async () => {
      try {
        await recordReview(db, work!.audit.id, entry.id, { fields: review.fields, findings: review.findings.map(({ entryId, ...finding }) => finding) });
      } catch (failure) {
        setError(failure);
        setReviews((was) => {
          if (was.get(entry.id) !== review) return was;
          const open = new Map(was);
          open.delete(entry.id);
          return open;
        });
        setCursor(null);
        return;
      }
      await correct(entry.id, judged).catch(setError);
    });
  }

  /** The register says `right` of the field on screen; on to the next field, or, after an entry's last, to the next entry to look at. */
  function judge(right: KeyedValue) {
    if (!current) return;
    const { entry, field } = current;
    const judged = { ...verdictsOf(entry), [field]: right };
    setVerdicts((was) => ({ ...was, [entry.id]: judged }));
    setTyped(null);
    setError(null);
    const fields = fieldsToLook(entry, audit!.findings);
    if (fields.every((f) => judged[f] !== undefined)) record(entry, fields, judged);
    setCursor(current.last ? null : toCursor(positions[positions.indexOf(current) + 1]));
  }

  function decide() {
    if (!decidable || deciding) return;
    setDeciding(true);
    // an entry gone through in part when Re was reached keeps what was found in it: its review holds the fields judged so far
    for (const [entryId, judged] of Object.entries(verdicts)) {
      const entry = work!.entries.get(entryId);
      if (entry && !reviewedIds.has(entryId)) record(entry, fieldsToLook(entry, audit!.findings).filter((field) => judged[field] !== undefined), judged);
    }
    // after every review asked for is written: the plan decides on what the database holds
    writing.current = writing.current.then(() => decideAudit(db, work!.audit.id, actor).then(() => undefined, setError)).finally(() => setDeciding(false));
  }

  const found = current ? foundValue(current.entry, current.field, audit.findings) : null;
  const verdict = current ? verdictsOf(current.entry)[current.field] : undefined;
  const wrong = found && verdict && !sameKeying(book.kind, current!.field, found, verdict, context) ? verdict : undefined;
  // a field recorded wrong shows its right value, for Enter to keep it; emptied, Enter says it was right after all
  const text = currentKey === null ? '' : typed?.key === currentKey ? typed.text : (wrong?.mark ? '' : (wrong?.value ?? ''));

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (!current || !found || event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const value = normalizeFieldValue(text);
      judge(value === '' ? found : { value });
    } else if (marks[event.key]) {
      event.preventDefault();
      judge({ value: '', mark: marks[event.key]! });
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      const at = positions.indexOf(current);
      // forward only over fields already judged: the next one not judged is where the review goes on
      const to = event.key === 'PageUp' ? positions[at - 1] : verdict ? positions[at + 1] : undefined;
      if (to) {
        setCursor(toCursor(to));
        setTyped(null);
      }
    }
  }

  function onScreenKey(event: KeyboardEvent<HTMLElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      decide();
    } else if (event.key === 'PageUp' && !current && positions.length > 0) {
      event.preventDefault();
      setCursor(toCursor(positions.at(-1)));
    }
  }

  const decision = work.audit.decision;
  const heading = t('auditScreen.heading', { lot: t('lots.name', { number: lot.number }) });
  const missing = audit.sample.filter((id) => !work.entries.has(id)).length;
  const left = audit.sample.length - standing.reviewed;
  const entryFindings = current ? findingsOf(current.entry, verdictsOf(current.entry), audit.findings, context) : [];
  const entryFields = current ? fieldsToLook(current.entry, audit.findings) : [];
  const page = (current?.entry.pageId && work.pages.get(current.entry.pageId)) ?? '—';

  return (
    <section className="card audit-screen" aria-labelledby="audit-heading" onKeyDown={onScreenKey}>
      <div className="audit-links">
        <BackToBooks />
        <button type="button" className="link-button" onClick={() => navigate({ name: 'bookAudit', bookId: book.id })}>{t('auditScreen.backToLots')}</button>
      </div>
      <h2 id="audit-heading">{audit.resubmitted ? `${heading} ${t('auditScreen.resubmitted')}` : heading}</h2>
      <AuditFacts work={work} audit={decision ? work.audit : audit} />
      {decision ? (
        <p className={decision.outcome === 'accepted' ? 'notice audit-accepted' : 'notice notice-error'} role="status">
          {t(`auditScreen.decided.${decision.outcome}`, { defects: decision.defects, ac: audit.plan.ac, re: audit.plan.re })}
        </p>
      ) : (
        <>
          <div className="audit-standing">
            <p className="notice">
              {standing.outcome === null
                ? t('auditScreen.standing.open', { left, ac: audit.plan.ac, re: audit.plan.re })
                : `${t(`auditScreen.standing.${standing.outcome}`, { defects: standing.defects, ac: audit.plan.ac, re: audit.plan.re })}${left > 0 ? ` ${t('auditScreen.standing.rejectedLeft', { left })}` : ''}`}
            </p>
            <button ref={decideButton} type="button" className="primary" disabled={!decidable || deciding} onClick={decide}>{t('auditScreen.decide')}</button>
          </div>
          {missing > 0 && <p className="notice">{t('auditScreen.missing', { count: missing })}</p>}
          {current && found ? (
            <div className="audit-item">
              <p className="audit-where">
                {t('auditScreen.where', {
                  no: audit.sample.indexOf(current.entry.id) + 1,
                  n: audit.sample.length,
                  entryNo: current.entry.entryNo || '—',
                  page,
                  field: entryFields.indexOf(current.field) + 1,
                  fields: entryFields.length,
                })}
              </p>
              <FieldSnippet entry={current.entry} field={current.field} label={t('keying.snippet', { field: label(current.field), page })} />
              <div className="audit-judgement">
                <p className="muted">{t('auditScreen.found', { field: label(current.field) })}</p>
                <p className="keyed-value" data-found>
                  <KeyedText value={found} other={text.trim() === '' ? (wrong ?? found) : { value: text }} t={t} />
                </p>
                {verdict && (
                  <p className="muted">
                    {wrong ? <>{t('auditScreen.judgedWrong')} <KeyedText value={wrong} other={found} t={t} /></> : t('auditScreen.judgedRight')}
                  </p>
                )}
                <div className="form-row">
                  <label htmlFor="audit-right">{t('auditScreen.right')}</label>
                  <input
                    id="audit-right"
                    ref={input}
                    value={text}
                    autoComplete="off"
                    spellCheck={false}
                    onChange={(e) => setTyped({ key: currentKey!, text: e.target.value })}
                    onKeyDown={onInputKey}
                  />
                </div>
                <p className="muted">{t('auditScreen.keys')}</p>
              </div>
              {entryFindings.length > 0 && <AuditFindings work={work} findings={entryFindings} caption={t('auditScreen.entryFindings', { count: entryFindings.length })} />}
            </div>
          ) : (
            <p className="notice" role="status">{t('auditScreen.allSeen', { n: audit.sample.length })}</p>
          )}
        </>
      )}
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      {heldBack.map((held, i) => (
        <div key={i} className="notice" role="alert">
          <p>{t(held.refusal === undefined ? 'auditScreen.awaitsChecker' : 'auditScreen.keptDraft', { no: held.no })}</p>
          {held.refusal !== undefined && <ErrorNotice error={held.refusal} />}
          <button type="button" className="link-button" onClick={() => setHeldBack((was) => was.filter((other) => other !== held))}>{t('auditScreen.dismiss')}</button>
        </div>
      ))}
      {(decision || !current) && audit.findings.length > 0 && <AuditFindings work={work} findings={(decision ? work.audit : audit).findings} caption={t('auditScreen.findings', { count: audit.findings.length })} />}
    </section>
  );
}
