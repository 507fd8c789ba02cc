// A team's work on a book (shared/team): its keying policy, its batches and who keys each pass, and what
// the blind pass typed. Each write is one transaction, and reaches the data folder's journal with it.
import { AppError } from '../../shared/api/app-error.ts';
import type { Book } from '../../shared/domain/entry.ts';
import type { FieldMark } from '../../shared/domain/typed-fields.ts';
import { normalizeFieldValue } from '../../shared/text/normalize.ts';
import { assignmentProblem, splitPages, type Batch, type BatchSplit, type Pass } from '../../shared/team/batches.ts';
import { defaultKeyingPolicy, keyFieldsOf, type KeyingPolicy } from '../../shared/team/keying-policy.ts';
import type { Profile } from '../../shared/team/profile.ts';
import { fieldKey, type Keying } from '../../shared/team/reconciliation.ts';
import type { SohoaDatabase } from './database.ts';
import { newId } from './ids.ts';

export function keyingPolicyOf(book: Pick<Book, 'keying'>): KeyingPolicy {
  return book.keying ?? defaultKeyingPolicy();
}

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

/** What the blind pass typed for a field, NFC with spaces folded; typing it again replaces it. Only the batch's pass B keys it. */
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
