// Lots and their audits in IndexedDB (shared/audit/lot-audit.ts): a supervisor forms a lot of verified
// entries, audits a sample of it drawn from a recorded seed, and decides it. From the lot's first audit
// until one accepts it, its entries are held from sync: what waited to be sent is withdrawn, and nothing
// new is queued (queueToSend); an accepted lot's verified entries are queued then. A rejected lot goes back
// to its operators, who go through every entry of it again; only then is it audited anew.
import { AppError } from '../../shared/api/app-error.ts';
import { auditStanding, lotOutcomeOf, lotState, recheckLeft, startAudit, type AuditSetup, type Finding, type Lot, type LotAudit, type LotScope } from '../../shared/audit/lot-audit.ts';
import type { LotOutcome } from '../../shared/audit/switching.ts';
import { neverTried } from '../../shared/sync/outbox.ts';
import type { SohoaDatabase } from './database.ts';
import { queueToSend } from './entries-repository.ts';
import { newId } from './ids.ts';
import { lotAudits } from './lot-holds.ts';

/** The entries a lot of this scope holds: verified or sent ones, never drafts. An operator's are those they verified in the period (ISO dates, both days included). */
async function scopeEntries(db: SohoaDatabase, bookId: string, scope: LotScope): Promise<string[]> {
  const done = (status: string) => status !== 'draft';
  if (scope.kind === 'batch') {
    const batch = await db.batches.get(scope.batchId);
    return batch ? db.entries.where('pageId').anyOf(batch.pageIds).filter((entry) => entry.bookId === bookId && done(entry.status)).primaryKeys() : [];
  }
  if (scope.kind === 'book') return db.entries.where('bookId').equals(bookId).filter((entry) => done(entry.status)).primaryKeys();
  const verified = await db.audit.where('at').between(scope.from, `${scope.to}\uffff`, true, true).filter((row) => row.action === 'verify' && row.actor === scope.personId).toArray();
  const entries = await db.entries.bulkGet([...new Set(verified.map((row) => row.entityId))]);
  return entries.filter((entry) => entry !== undefined && entry.bookId === bookId && done(entry.status)).map((entry) => entry!.id);
}

export async function createLot(db: SohoaDatabase, bookId: string, scope: LotScope, switchingKey: string, actor: string, now = new Date()): Promise<Lot> {
  return db.transaction('rw', [db.lots, db.batches, db.entries, db.audit], async () => {
    const entryIds = (await scopeEntries(db, bookId, scope)).sort();
    if (entryIds.length < 2) throw AppError.of('lot-too-small', { count: entryIds.length });
    const number = Math.max(0, ...(await db.lots.where('bookId').equals(bookId).toArray()).map((lot) => lot.number)) + 1;
    const lot: Lot = { id: newId(), bookId, number, scope, entryIds, switchingKey, createdAt: now.toISOString(), createdBy: actor };
    await db.lots.add(lot);
    return lot;
  });
}

/**
 * Starts auditing a lot with a plan for its size and a sample drawn from `seed`; one audit at a time. An
 * audit after a rejection is a resubmission, once the whole lot is re-checked. The lot's entries are held
 * from here on.
 */
export async function beginAudit(db: SohoaDatabase, lotId: string, setup: AuditSetup, seed: string, actor: string, now = new Date()): Promise<LotAudit> {
  return db.transaction('rw', [db.lots, db.lotAudits, db.outbox, db.entries], async () => {
    const lot = await db.lots.get(lotId);
    if (!lot) throw new Error(`no lot ${lotId}`);
    const audits = await lotAudits(db, lotId);
    const state = lotState(audits);
    if (state === 'auditing') throw AppError.of('audit-open', { number: lot.number });
    if (state === 'rejected') {
      const left = recheckLeft(lot, audits.at(-1)!, await entryStatuses(db, lot.entryIds));
      if (left.length > 0) throw AppError.of('recheck-not-done', { number: lot.number, left: left.length });
    }
    const drawn = startAudit(lot, setup, seed, { id: newId(), by: actor, at: now.toISOString(), resubmitted: state === 'rejected' });
    // a sampled entry deleted from the book since the lot was formed (a re-check found it should not be
    // there) has nothing left to look at: it is gone through as it is, with no field and no error
    const present = new Set((await db.entries.bulkGet(drawn.sample)).flatMap((entry) => (entry ? [entry.id] : [])));
    const audit: LotAudit = { ...drawn, reviewed: drawn.sample.filter((id) => !present.has(id)).map((entryId) => ({ entryId, fields: [] })) };
    await db.lotAudits.add(audit);
    // what was never tried waits for the decision; a row refused already waits for a person, as it did
    await db.outbox.where('entryId').anyOf(lot.entryIds).filter(neverTried).delete();
    return audit;
  });
}

/** A sampled entry gone through: the fields looked at, and those found wrong (replacing what was recorded of it before). */
export async function recordReview(db: SohoaDatabase, auditId: string, entryId: string, review: { fields: string[]; findings: Omit<Finding, 'entryId'>[] }): Promise<LotAudit> {
  return db.transaction('rw', [db.lotAudits], async () => {
    const audit = await db.lotAudits.get(auditId);
    if (!audit || audit.decision || !audit.sample.includes(entryId)) throw new Error(`entry ${entryId} is not to be reviewed in audit ${auditId}`);
    const changed: LotAudit = {
      ...audit,
      reviewed: [...audit.reviewed.filter((r) => r.entryId !== entryId), { entryId, fields: review.fields }],
      findings: [...audit.findings.filter((f) => f.entryId !== entryId), ...review.findings.map((finding) => ({ ...finding, entryId }))],
    };
    await db.lotAudits.put(changed);
    return changed;
  });
}

/**
 * Decides an audit as its plan says (AppError 'audit-not-complete' while it cannot). Accepted, the lot's
 * verified entries not held by another lot are queued to be sent; rejected, they stay held until a new
 * audit accepts the lot.
 */
export async function decideAudit(db: SohoaDatabase, auditId: string, actor: string, now = new Date()): Promise<LotAudit> {
  return db.transaction('rw', [db.lots, db.lotAudits, db.entries, db.books, db.outbox], async () => {
    const audit = await db.lotAudits.get(auditId);
    const lot = audit && (await db.lots.get(audit.lotId));
    if (!audit || !lot || audit.decision) throw new Error(`no open audit ${auditId}`);
    const standing = auditStanding(audit);
    if (standing.outcome === null) {
      throw AppError.of('audit-not-complete', { number: lot.number, left: audit.sample.length - standing.reviewed, defects: standing.defects, re: audit.plan.re });
    }
    const decided: LotAudit = { ...audit, decision: { outcome: standing.outcome, defects: standing.defects, at: now.toISOString(), by: actor } };
    await db.lotAudits.put(decided);
    if (standing.outcome === 'accepted') {
      const book = await db.books.get(lot.bookId);
      for (const entry of await db.entries.bulkGet(lot.entryIds)) {
        if (!book || entry?.status !== 'verified') continue;
        const queued = await db.outbox.where('entryId').equals(entry.id).filter((row) => row.revision === entry.revision).count();
        if (queued === 0) await queueToSend(db, entry, book, now);
      }
    }
    return decided;
  });
}

/** The decided audits of every lot a switching key counts, in the order they were decided, as the switching rules read them. */
export async function switchingHistory(db: SohoaDatabase, switchingKey: string): Promise<LotOutcome[]> {
  const lots = new Map((await db.lots.filter((lot) => lot.switchingKey === switchingKey).toArray()).map((lot) => [lot.id, lot]));
  const audits = (await db.lotAudits.filter((audit) => lots.has(audit.lotId) && audit.decision !== undefined).toArray())
    .sort((a, b) => a.decision!.at.localeCompare(b.decision!.at));
  return audits.flatMap((audit) => lotOutcomeOf(audit, String(lots.get(audit.lotId)!.number)) ?? []);
}

/** The status of each entry still in the book, by id. */
async function entryStatuses(db: SohoaDatabase, entryIds: readonly string[]): Promise<Map<string, string>> {
  const entries = await db.entries.bulkGet([...entryIds]);
  return new Map(entries.flatMap((entry) => (entry ? [[entry.id, entry.status] as const] : [])));
}

/** A rejected lot with the audit that rejected it (its findings, its re-check marks) and its entries still to re-check. */
export interface Recheck {
  lot: Lot;
  rejected: LotAudit;
  left: string[];
}

/** The rejected lots of a book, or those holding one entry (all of them without either), with what is left of each one's re-check. */
export async function rechecks(db: SohoaDatabase, of: { bookId: string } | { entryId: string } | Record<string, never> = {}): Promise<Recheck[]> {
  return db.transaction('r', [db.lots, db.lotAudits, db.entries], async () => {
    const lots = 'bookId' in of ? db.lots.where('bookId').equals(of.bookId) : 'entryId' in of ? db.lots.where('entryIds').equals(of.entryId) : db.lots.toCollection();
    const found: Recheck[] = [];
    for (const lot of (await lots.toArray()).sort((a, b) => a.number - b.number)) {
      const last = (await lotAudits(db, lot.id)).at(-1);
      if (last?.decision?.outcome !== 'rejected') continue;
      found.push({ lot, rejected: last, left: recheckLeft(lot, last, await entryStatuses(db, lot.entryIds)) });
    }
    return found;
  });
}

/**
 * Records that `actor` went through an entry of rejected lots again and found it as it should be: it must
 * be verified (an entry corrected during the re-check is verified again first). Returns how many lots
 * the mark went into.
 */
export async function recheckEntry(db: SohoaDatabase, entryId: string, actor: string, now = new Date()): Promise<number> {
  return db.transaction('rw', [db.lots, db.lotAudits, db.entries], async () => {
    const entry = await db.entries.get(entryId);
    if (!entry) throw new Error(`no entry ${entryId}`);
    if (entry.status === 'draft') throw AppError.of('recheck-draft', { no: entry.entryNo || '—' });
    const marked = (await rechecks(db, { entryId })).map(({ rejected }) => ({
      ...rejected,
      rechecked: [...(rejected.rechecked ?? []).filter((mark) => mark.entryId !== entryId), { entryId, by: actor, at: now.toISOString() }],
    }));
    await db.lotAudits.bulkPut(marked);
    return marked.length;
  });
}

/**
 * Who keyed each entry of a lot: the actor of its last verify or pass-a row when the lot was formed, to
 * whom the lot's findings go back (not the supervisor whose audit corrected it since).
 */
export async function keyedBy(db: SohoaDatabase, entryIds: readonly string[], lotFormedAt: string): Promise<Map<string, string>> {
  const rows = await db.audit.where('entityId').anyOf([...entryIds]).filter((row) => (row.action === 'verify' || row.action === 'pass-a') && row.at <= lotFormedAt).toArray();
  return new Map(rows.sort((a, b) => a.at.localeCompare(b.at)).map((row) => [row.entityId, row.actor]));
}

