// A team's work on a book (shared/team): its keying policy, its batches and who keys each pass, and what
// the blind pass typed. Each write is one transaction, and reaches the data folder's journal with it.
import { AppError } from '../../shared/api/app-error.ts';
import type { Book, Entry } from '../../shared/domain/entry.ts';
import type { FieldMark } from '../../shared/domain/typed-fields.ts';
import { normalizeFieldValue } from '../../shared/text/normalize.ts';
import { assignmentProblem, mayArbitrate, splitPages, type Batch, type BatchSplit, type Pass } from '../../shared/team/batches.ts';
import type { KeyedValue } from '../../shared/team/keying-compare.ts';
import { diffFields } from '../../shared/domain/field-changes.ts';
import { keyFieldsOf, keyingPolicyOf, type KeyingPolicy } from '../../shared/team/keying-policy.ts';
import type { Profile } from '../../shared/team/profile.ts';
import { decidedFieldValue, fieldKey, fieldState, keyedValueOf, type Decision, type DecisionChoice, type FieldState, type Keying } from '../../shared/team/reconciliation.ts';
import { contextFor, registerYearsOf } from '../../shared/domain/validate-entry.ts';
import type { SohoaDatabase } from './database.ts';
import { putEntry } from './entries-repository.ts';
import { newId } from './ids.ts';

async function bookOf(db: SohoaDatabase, bookId: string): Promise<Book> {
  const book = await db.books.get(bookId);
  if (!book) throw new Error(`no book ${bookId}`);
  return book;
}

/** Double keying keeps its key fields in the kind's order; going back to OCR + verification leaves pass B assignments in place but unused. */
export async function setKeyingPolicy(db: SohoaDatabase, bookId: string, policy: KeyingPolicy): Promise<Book> {
  return db.transaction('rw', [db.books], async () => {
    const book = await bookOf(db, bookId);
    const keying: KeyingPolicy = policy.mode === 'double' ? { mode: 'double', keyFields: keyFieldsOf(book.kind, policy) } : policy;
    const changed = { ...book, keying };
    await db.books.put(changed);
    return changed;
  });
}

export async function bookBatches(db: SohoaDatabase, bookId: string): Promise<Batch[]> {
  return (await db.batches.where('bookId').equals(bookId).toArray()).sort((a, b) => a.number - b.number);
}

/** Splits the pages of a book that are in no batch yet; nothing is made when the split is refused. */
export async function createBatches(db: SohoaDatabase, bookId: string, split: BatchSplit, actor: string, now = new Date()): Promise<Batch[]> {
  return db.transaction('rw', [db.books, db.pages, db.batches], async () => {
    await bookOf(db, bookId);
    const pages = await db.pages.where('bookId').equals(bookId).toArray();
    const existing = await db.batches.where('bookId').equals(bookId).toArray();
    const batched = new Set(existing.flatMap((batch) => batch.pageIds));
    const groups = splitPages(pages, batched, split);
    const first = Math.max(0, ...existing.map((batch) => batch.number)) + 1;
    const made = groups.map((pageIds, i): Batch => ({ id: newId(), bookId, number: first + i, pageIds, passA: null, passB: null, createdAt: now.toISOString(), createdBy: actor }));
    await db.batches.bulkAdd(made);
    return made;
  });
}

/** Gives a pass of a batch to a person (null: takes it back), under the rules of shared/team/batches.ts. */
export async function assignPass(db: SohoaDatabase, batchId: string, pass: Pass, person: Profile | null): Promise<Batch> {
  return db.transaction('rw', [db.books, db.batches], async () => {
    const batch = await db.batches.get(batchId);
    if (!batch) throw new Error(`no batch ${batchId}`);
    const book = await bookOf(db, batch.bookId);
    if (person) {
      const problem = assignmentProblem(batch, pass, person, keyingPolicyOf(book));
      if (problem) throw problem;
    }
    const changed: Batch = { ...batch, [pass === 'A' ? 'passA' : 'passB']: person?.id ?? null };
    await db.batches.put(changed);
    return changed;
  });
}

export interface KeyingInput {
  batchId: string;
  entryId: string;
  field: string;
  value: string;
  mark?: FieldMark;
}

/**
 * What the blind pass typed for a field, NFC with spaces folded; typing it again replaces it. Only the
 * batch's pass B keys it. The last field to agree completes an entry whose pass A is done: verifySettled.
 */
export async function saveKeying(db: SohoaDatabase, input: KeyingInput, actor: string, now = new Date()): Promise<Keying> {
  return db.transaction('rw', [db.batches, db.entries, db.keyings], async () => {
    const batch = await db.batches.get(input.batchId);
    const entry = await db.entries.get(input.entryId);
    if (!batch || !entry || entry.bookId !== batch.bookId || entry.pageId === null || !batch.pageIds.includes(entry.pageId)) {
      throw new Error(`entry ${input.entryId} is not in batch ${input.batchId}`);
    }
    if (batch.passB !== actor) throw AppError.of('keying-not-assigned');
    const keying: Keying = {
      id: fieldKey(entry.id, input.field),
      bookId: batch.bookId,
      batchId: batch.id,
      entryId: entry.id,
      field: input.field,
      value: input.mark === undefined ? normalizeFieldValue(input.value) : '',
      ...(input.mark === undefined ? {} : { mark: input.mark }),
      by: actor,
      at: now.toISOString(),
    };
    await db.keyings.put(keying);
    return keying;
  });
}

export interface DecisionInput {
  entryId: string;
  field: string;
  choice: DecisionChoice;
  /** the checker's own value, when neither pass had it right */
  typed?: KeyedValue;
}

/**
 * A checker settles a field the two passes keyed differently: takes pass A, pass B, or types a third value.
 * The decision keeps both originals; the entry takes the value chosen (audited as the checker's, with both
 * passes). The last field open completes an entry whose pass A is done: verifySettled, once the book's
 * numbering can be read with the value chosen in it.
 */
export async function decide(db: SohoaDatabase, input: DecisionInput, checker: Profile, now = new Date()): Promise<Decision> {
  return db.transaction('rw', [db.batches, db.entries, db.entryRows, db.pages, db.audit, db.keyings, db.decisions], async () => {
    const entry = await db.entries.get(input.entryId);
    const keying = await db.keyings.get(fieldKey(input.entryId, input.field));
    if (!entry || !keying) throw new Error(`nothing to decide for ${input.field} of entry ${input.entryId}`);
    const batch = await db.batches.get(keying.batchId);
    if (!batch || !mayArbitrate(checker, batch)) throw AppError.of('arbitrate-not-allowed', { name: checker.fullName });
    const a = keyedValueOf(entry.fields[input.field]);
    const b = keyedValueOf(keying);
    const chosen = input.choice === 'A' ? a : input.choice === 'B' ? b : input.typed;
    if (!chosen) throw new Error('a typed decision needs its value');
    const decision: Decision = {
      id: keying.id, bookId: entry.bookId, batchId: batch.id, entryId: entry.id, field: input.field,
      a, b, chosen: chosen.mark === undefined ? { value: normalizeFieldValue(chosen.value) } : { value: '', mark: chosen.mark },
      choice: input.choice, by: checker.id, at: now.toISOString(),
    };
    await db.decisions.put(decision);

    const before = entry.fields[input.field];
    const after = decidedFieldValue(before, decision.chosen);
    const fields = { ...entry.fields };
    if (after) fields[input.field] = after;
    else delete fields[input.field];
    const changes = diffFields(entry.fields, fields);
    const changed: Entry = { ...entry, fields, entryNo: fields['registration.number']?.value ?? '', revision: entry.revision + 1, updatedAt: decision.at, updatedBy: checker.id };
    await putEntry(db, changed);
    await db.audit.add({ id: newId(), at: decision.at, actor: checker.id, action: 'decide', entity: 'entry', entityId: entry.id, changes, decision: { field: input.field, a, b, choice: input.choice } });
    return decision;
  });
}

/** One key field of one entry of a batch, where it stands. */
export interface BatchField {
  entry: Entry;
  pageSequence: number;
  field: string;
  state: FieldState;
  keying?: Keying;
  decision?: Decision;
}

export interface BatchWork {
  batch: Batch;
  book: Book;
  keyFields: string[];
  /** entry by entry in page order, each key field in form order */
  fields: BatchField[];
}

/** A batch's key fields over its entries, as pass B and the checker go through them. */
export async function loadBatchWork(db: SohoaDatabase, batchId: string): Promise<BatchWork | null> {
  return db.transaction('r', [db.batches, db.books, db.pages, db.entries, db.keyings, db.decisions], async () => {
    const batch = await db.batches.get(batchId);
    const book = batch && (await db.books.get(batch.bookId));
    if (!batch || !book) return null;
    const keyFields = keyFieldsOf(book.kind, keyingPolicyOf(book));
    const pages = (await db.pages.bulkGet(batch.pageIds)).filter((page) => page !== undefined).sort((a, b) => a.sequence - b.sequence);
    const keyings = new Map((await db.keyings.where('batchId').equals(batchId).toArray()).map((k) => [k.id, k]));
    const decisions = new Map((await db.decisions.where('batchId').equals(batchId).toArray()).map((d) => [d.id, d]));
    const context = contextFor(registerYearsOf(book));
    const fields: BatchField[] = [];
    for (const page of pages) {
      const entries = (await db.entries.where('pageId').equals(page.id).toArray()).sort((a, b) => a.entryNo.localeCompare(b.entryNo, 'vi', { numeric: true }) || a.id.localeCompare(b.id));
      for (const entry of entries) {
        for (const field of keyFields) {
          const key = fieldKey(entry.id, field);
          const keying = keyings.get(key);
          const decision = decisions.get(key);
          fields.push({ entry, pageSequence: page.sequence, field, state: fieldState(entry.kind, field, entry.fields[field], keying, decision, context), ...(keying ? { keying } : {}), ...(decision ? { decision } : {}) });
        }
      }
    }
    return { batch, book, keyFields, fields };
  });
}
