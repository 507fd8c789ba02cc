// Every change to an entry writes the entry and its audit row in one transaction: there is never an
// entry change without its history, nor history for a change that did not happen. Verifying an entry
// also queues it in the outbox, in the same transaction; changing it withdraws what had not been tried.
import type { AuditRow, Book, Entry } from '../../shared/domain/entry.ts';
import { uncheckedFields } from '../../shared/domain/field-checks.ts';
import { pageKeyingOf } from '../../shared/domain/page-keying.ts';
import { isUntouchedOcrDraft, ocrActor, type OcrDraft } from '../../shared/ocr/ocr-drafts.ts';
import { diffFields } from '../../shared/domain/field-changes.ts';
import { fieldLabel, type RecordKind } from '../../shared/domain/record-kinds.ts';
import { bookEntryBlockers, type Finding } from '../../shared/domain/validate-entry.ts';
import { AppError } from '../../shared/api/app-error.ts';
import type { PlaceRecord } from '../../shared/places/place-record.ts';
import { typedFieldValues, type FieldMark } from '../../shared/domain/typed-fields.ts';
import { entryRowOf } from '../../shared/domain/entry-rows.ts';
import { entryPayload } from '../../shared/sync/entry-payload.ts';
import { entryStatusOf, neverTried, newOutboxRow, type OutboxRow } from '../../shared/sync/outbox.ts';
import type { SohoaDatabase } from './database.ts';
import { newId } from './ids.ts';
import { isHeld, lotBeingAudited } from './lot-holds.ts';
import { entryReconciliation } from './reconciliation-repository.ts';

export interface SaveEntryInput {
  /** absent for a new entry */
  id?: string;
  bookId: string;
  /** the page a new entry is on; an existing entry keeps its own */
  pageId: string | null;
  kind: RecordKind;
  typed: Record<string, string>;
  /** resolutions of the place fields, kept with them (with the pack version used) */
  places?: Record<string, PlaceRecord>;
  /** fields the register leaves blank or that cannot be read: kept empty, with the mark */
  marks?: Record<string, FieldMark>;
  /** fields OCR was unsure of that the clerk accepted as read (Enter on them): OCR-confirmed */
  confirmed?: readonly string[];
}

/** Where the page's entries stand now, on the page (inside the caller's transaction over entries and pages). */
async function updatePageKeying(db: SohoaDatabase, pageId: string | null): Promise<void> {
  if (pageId === null) return;
  await db.pages.update(pageId, { keying: pageKeyingOf(await db.entries.where('pageId').equals(pageId).toArray()) });
}

/** Writes the entry, its list row and its page's state (inside the caller's transaction, which must include pages and entryRows). */
export async function putEntry(db: SohoaDatabase, entry: Entry): Promise<void> {
  const page = entry.pageId === null ? undefined : await db.pages.get(entry.pageId);
  await db.entries.put(entry);
  await db.entryRows.put(entryRowOf(entry, page?.sequence ?? null, newId()));
  if (page) await updatePageKeying(db, page.id);
}

export async function saveEntry(db: SohoaDatabase, input: SaveEntryInput, actor: string): Promise<Entry> {
  return db.transaction('rw', [db.entries, db.entryRows, db.pages, db.audit, db.outbox], async () => {
    const existing = input.id ? await db.entries.get(input.id) : undefined;
    const fields = typedFieldValues(input.typed, existing?.fields, input.marks, { ...(existing?.read ? { read: existing.read } : {}), confirmed: new Set(input.confirmed) });
    for (const [key, place] of Object.entries(input.places ?? {})) {
      const field = fields[key];
      if (field) fields[key] = { ...field, place };
    }
    const changes = diffFields(existing?.fields ?? {}, fields);
    if (existing && changes.length === 0) return existing;

    const now = new Date().toISOString();
    const entry: Entry = {
      id: existing?.id ?? input.id ?? newId(),
      bookId: input.bookId,
      // typing never moves an entry to another page
      pageId: existing ? existing.pageId : input.pageId,
      kind: input.kind,
      entryNo: fields['registration.number']?.value ?? '',
      fields,
      // An entry a person changes must be verified again (and sent again, once it is).
      status: 'draft',
      revision: (existing?.revision ?? 0) + 1,
      updatedAt: now,
      updatedBy: actor,
      warnings: existing?.warnings ?? [],
      ...(existing?.read ? { read: existing.read } : {}),
    };
    const audit: AuditRow = {
      id: newId(),
      at: now,
      actor,
      action: existing ? 'update' : 'create',
      entity: 'entry',
      entityId: entry.id,
      changes,
    };
    await putEntry(db, entry);
    await db.audit.add(audit);
    if (existing) await withdrawUnsent(db, entry.id);
    return entry;
  });
}

/**
 * What waits to be sent is no longer what the entry says: a row never tried, or refused, is withdrawn.
 * One tried already may have arrived (an answer lost on the way): it goes on until the server says.
 */
export async function withdrawUnsent(db: SohoaDatabase, entryId: string): Promise<void> {
  await db.outbox.where('entryId').equals(entryId).filter((row) => neverTried(row) || row.state === 'attention').delete();
}

export interface OcrDraftsResult {
  /** the entry made for each draft, in order; empty when the page's entries were kept */
  created: Entry[];
  /** untouched drafts of an earlier reading that the new ones replaced */
  replaced: number;
  /** true when a person's entries are on the page: nothing was created */
  keptPersonEntries: boolean;
}

/**
 * Makes a page's OCR drafts, each with its audit row, in one transaction. A page that already holds an
 * entry someone keyed or corrected gets no drafts: a reading never overwrites a person's work. Drafts of an
 * earlier reading that nobody touched are replaced (each deletion audited with the fields it removed).
 */
export async function createOcrDrafts(
  db: SohoaDatabase,
  page: { bookId: string; pageId: string; kind: RecordKind },
  drafts: readonly OcrDraft[],
): Promise<OcrDraftsResult> {
  return db.transaction('rw', [db.entries, db.entryRows, db.pages, db.audit], async () => {
    const existing = await db.entries.where('pageId').equals(page.pageId).toArray();
    if (existing.some((entry) => !isUntouchedOcrDraft(entry))) return { created: [], replaced: 0, keptPersonEntries: true };

    const now = new Date().toISOString();
    const audit: AuditRow[] = [];
    for (const entry of existing) {
      audit.push({ id: newId(), at: now, actor: ocrActor, action: 'delete', entity: 'entry', entityId: entry.id, changes: diffFields(entry.fields, {}) });
    }
    const created = drafts.map((draft): Entry => ({
      id: newId(),
      bookId: page.bookId,
      pageId: page.pageId,
      kind: page.kind,
      entryNo: draft.entryNo,
      fields: draft.fields,
      status: 'draft',
      revision: 1,
      updatedAt: now,
      updatedBy: ocrActor,
      warnings: [],
      read: draft.fields,
    }));
    for (const entry of created) {
      audit.push({ id: newId(), at: now, actor: ocrActor, action: 'create', entity: 'entry', entityId: entry.id, changes: diffFields({}, entry.fields) });
    }
    const sequence = (await db.pages.get(page.pageId))?.sequence ?? null;
    await db.entries.bulkDelete(existing.map((entry) => entry.id));
    // the list learns of a deletion from a row that says so
    await db.entryRows.bulkPut(existing.map((entry) => ({ ...entryRowOf(entry, sequence, newId()), deleted: true as const })));
    await db.entries.bulkAdd(created);
    await db.entryRows.bulkAdd(created.map((entry) => entryRowOf(entry, sequence, newId())));
    await db.audit.bulkAdd(audit);
    await updatePageKeying(db, page.pageId);
    return { created, replaced: existing.length, keptPersonEntries: false };
  });
}

export function listPageEntries(db: SohoaDatabase, pageId: string): Promise<Entry[]> {
  return db.entries.where('pageId').equals(pageId).toArray();
}

export interface VerifyOptions {
  /** verify although fields OCR was unsure of were not checked: the audit row names them */
  anyway?: boolean;
}

/**
 * Marks an entry verified, with its audit row and its outbox row (that revision, to send), in one
 * transaction; refused, nothing changed, while `blockers` finds errors in it as stored (AppError
 * 'entry-not-verifiable'), or while fields OCR was unsure of are unchecked, unless `anyway` (AppError
 * 'entry-unchecked').
 */
export async function verifyEntry(db: SohoaDatabase, id: string, actor: string, blockers: (entry: Entry) => Finding[], { anyway = false }: VerifyOptions = {}): Promise<Entry> {
  return db.transaction('rw', verifyingTables(db), async () => {
    const existing = await db.entries.get(id);
    if (!existing) throw new Error(`no entry ${id}`);
    const errors = blockers(existing);
    if (errors.length > 0) throw errorsRefusal('entry-not-verifiable', existing, errors);
    if (existing.status === 'verified' || existing.status === 'synced') return existing;
    const unchecked = uncheckedFields(existing.kind, existing.fields);
    if (unchecked.length > 0 && !anyway) throw AppError.of('entry-unchecked', { count: unchecked.length });
    const book = await db.books.get(existing.bookId);
    if (!book) throw new Error(`no book ${existing.bookId}`);
    const now = new Date();
    // Double keying: pass A's operator is done, the entry waits for pass B and the checker.
    const reconciliation = await entryReconciliation(db, existing, book);
    if (reconciliation && !reconciliation.settled) {
      if (existing.passA) return existing;
      const keyed: Entry = { ...existing, passA: { by: actor, at: now.toISOString() }, revision: existing.revision + 1, updatedAt: now.toISOString(), updatedBy: actor };
      await putEntry(db, keyed);
      await db.audit.add({ id: newId(), at: keyed.updatedAt, actor, action: 'pass-a', entity: 'entry', entityId: id, changes: [] });
      return keyed;
    }
    return markVerified(db, existing, book, actor, now, unchecked);
  });
}

/** What a transaction that may verify an entry writes and reads. */
function verifyingTables(db: SohoaDatabase) {
  return [db.entries, db.entryRows, db.pages, db.audit, db.books, db.outbox, db.keyings, db.decisions, db.lots, db.lotAudits];
}

/** Verifying refused for the errors in an entry, naming their fields in both languages. */
function errorsRefusal(code: 'entry-not-verifiable' | 'entry-settled-not-verifiable', entry: Entry, errors: readonly Finding[]): AppError {
  const labels = (language: 'vi' | 'en') => [...new Set(errors.map((f) => fieldLabel(entry.kind, f.field)[language]))].join(', ');
  return AppError.of(code, { no: entry.entryNo || '—', count: errors.length, fieldsVi: labels('vi'), fieldsEn: labels('en') });
}

/** Verified, audited and queued to be sent, inside the caller's transaction (over entries, entryRows, pages, audit and outbox). */
async function markVerified(db: SohoaDatabase, existing: Entry, book: Book, actor: string, now: Date, unchecked: readonly string[] = []): Promise<Entry> {
  const { passA: _done, ...rest } = existing;
  const entry: Entry = { ...rest, status: 'verified', revision: existing.revision + 1, updatedAt: now.toISOString(), updatedBy: actor };
  await putEntry(db, entry);
  await db.audit.add({ id: newId(), at: entry.updatedAt, actor, action: 'verify', entity: 'entry', entityId: entry.id, changes: [], ...(unchecked.length > 0 ? { unchecked: [...unchecked] } : {}) });
  await queueToSend(db, entry, book, now);
  return entry;
}

/**
 * A verified revision queued for the civil-status database (inside the caller's transaction, over outbox,
 * lots and lotAudits), unless the book was received in a work package (its supervisor's PC sends it) or
 * the entry is in a lot being audited or rejected (it is queued when the lot is accepted).
 */
export async function queueToSend(db: SohoaDatabase, entry: Entry, book: Book, now: Date): Promise<void> {
  if (book.received || (await isHeld(db, entry.id))) return;
  await db.outbox.add(newOutboxRow(entryPayload(entry, book, newId()), now));
}

/** A draft whose pass A is done and whose key fields are all agreed or decided, with its book (inside the caller's transaction, over entries, books, keyings and decisions); null for any other. */
async function settledDraft(db: SohoaDatabase, entryId: string): Promise<{ entry: Entry; book: Book } | null> {
  const entry = await db.entries.get(entryId);
  if (!entry?.passA || entry.status !== 'draft') return null;
  const book = await db.books.get(entry.bookId);
  if (!book) return null;
  const reconciliation = await entryReconciliation(db, entry, book);
  return reconciliation?.settled ? { entry, book } : null;
}

/**
 * Double keying: an entry whose pass A is done is verified, by whoever settled it, once pass B and the
 * checker's decisions leave every key field agreed, unless it has errors that verifying refuses
 * (bookEntryBlockers: its own, and what its book's numbering says of it, `bookFindings`): it then stays a
 * draft with its pass A, for its operator to correct in the workspace. Inside the caller's transaction
 * (verifyingTables). Returns the entry, verified or kept back, with the errors that kept it back; null
 * for an entry not settled.
 */
async function settle(db: SohoaDatabase, entryId: string, actor: string, now: Date, bookFindings: readonly Finding[]): Promise<{ entry: Entry; errors: Finding[] } | null> {
  const settled = await settledDraft(db, entryId);
  if (!settled) return null;
  const errors = bookEntryBlockers(settled.entry, settled.book, bookFindings);
  return { entry: errors.length > 0 ? settled.entry : await markVerified(db, settled.entry, settled.book, actor, now), errors };
}

/**
 * settle inside the caller's transaction, where the book's list of entries cannot be read: only the
 * entry's own errors keep it back. Returns whether it was verified.
 */
export async function verifyIfSettled(db: SohoaDatabase, entryId: string, actor: string, now: Date): Promise<boolean> {
  const outcome = await settle(db, entryId, actor, now, []);
  return outcome !== null && outcome.errors.length === 0;
}

/**
 * After a keying or a decision, in transactions of its own: the entry is verified if that settled it, as
 * the workspace verifies it, its number used again that year included (`bookFindingsNow`: what the book,
 * the value just stored in it, says of the entry; the book's list is read between transactions, and only
 * for a settled entry). Refused, the entry left as it was, while errors keep it back (AppError
 * 'entry-settled-not-verifiable').
 */
export async function verifySettled(db: SohoaDatabase, entryId: string, actor: string, bookFindingsNow: (book: Book) => Promise<readonly Finding[]>): Promise<void> {
  // async scopes: Dexie keeps a transaction through native awaits only for a scope function that is async
  const settled = await db.transaction('r', [db.entries, db.books, db.keyings, db.decisions], async () => settledDraft(db, entryId));
  if (!settled) return;
  const bookFindings = await bookFindingsNow(settled.book);
  const outcome = await db.transaction('rw', verifyingTables(db), async () => settle(db, entryId, actor, new Date(), bookFindings));
  if (outcome && outcome.errors.length > 0) throw errorsRefusal('entry-settled-not-verifiable', outcome.entry, outcome.errors);
}

/** The reason as the audit keeps it (NFC, trimmed); AppError 'entry-delete-reason' when there is none. */
export function deletionReason(reason: string): string {
  const kept = reason.normalize('NFC').trim();
  if (kept === '') throw AppError.of('entry-delete-reason');
  return kept;
}

/**
 * Deletes an entry inside the caller's transaction (over entries, entryRows, pages, audit and outbox):
 * audited with its fields and the reason, its list row marked deleted, its page's state updated. What
 * was queued and never tried leaves the outbox; if a revision may have reached the server (tried, being
 * sent, or stored, by its rows or the entry's status), a withdrawal is queued after it, as the revision
 * after the entry's last.
 */
export async function removeEntry(db: SohoaDatabase, entry: Entry, reason: string, actor: string, now: Date): Promise<void> {
  const rows = await db.outbox.where('entryId').equals(entry.id).toArray();
  const untried = rows.filter(neverTried);
  await db.outbox.bulkDelete(untried.map((row) => row.opId));
  // A synced entry may have no row left to say so (a book restored from the data folder keeps none).
  if (untried.length < rows.length || entry.status === 'synced' || entry.status === 'attention') {
    await db.outbox.add(newOutboxRow({ opId: newId(), action: 'withdraw', entryId: entry.id, revision: entry.revision + 1, reason }, now));
  }
  const sequence = entry.pageId === null ? null : ((await db.pages.get(entry.pageId))?.sequence ?? null);
  await db.entries.delete(entry.id);
  // the list learns of a deletion from a row that says so
  await db.entryRows.put({ ...entryRowOf(entry, sequence, newId()), deleted: true });
  await db.audit.add({ id: newId(), at: now.toISOString(), actor, action: 'delete', entity: 'entry', entityId: entry.id, changes: diffFields(entry.fields, {}), reason });
  await updatePageKeying(db, entry.pageId);
}

/** A person deletes an entry, with a reason (required); see removeEntry. */
export async function deleteEntry(db: SohoaDatabase, id: string, reason: string, actor: string): Promise<void> {
  const kept = deletionReason(reason);
  await db.transaction('rw', [db.entries, db.entryRows, db.pages, db.audit, db.outbox, db.lots, db.lotAudits], async () => {
    const entry = await db.entries.get(id);
    if (!entry) return;
    const auditing = await lotBeingAudited(db, id);
    if (auditing !== null) throw AppError.of('entry-in-audit', { no: entry.entryNo || '—', number: auditing });
    await removeEntry(db, entry, kept, actor, new Date());
  });
}

export function entryHistory(db: SohoaDatabase, entryId: string): Promise<AuditRow[]> {
  return db.audit.where('entityId').equals(entryId).sortBy('at');
}

/** Who is recorded in the audit for what sync did. */
const syncActor = 'sync';

/**
 * What sync found for a revision it sent, on the entry: synced, or attention. Not a person's edit, so no
 * new revision; audited. An entry changed since the revision was sent is left alone. To be called inside
 * a transaction over entries, entryRows, pages and audit.
 */
export async function recordSyncOutcome(db: SohoaDatabase, row: OutboxRow): Promise<void> {
  if (row.state !== 'done' && row.state !== 'attention') return;
  const entry = await db.entries.get(row.entryId);
  if (!entry || entry.revision !== row.revision) return;
  const status = entryStatusOf(row);
  if (entry.status === status) return;
  await putEntry(db, { ...entry, status });
  await db.audit.add({ id: newId(), at: row.updatedAt, actor: syncActor, action: status === 'synced' ? 'synced' : 'sync-refused', entity: 'entry', entityId: entry.id, changes: [] });
}
