// A book's entries as a list. The list itself (order, count, search) is held in memory by an
// EntryListIndex, loaded from its snapshot and the rows changed since; here are those reads, the rows
// of the window in view, and stepping through a book, none of which reads every entry of a book.
import type { YearRange } from '../../shared/domain/dates.ts';
import { EntryListIndex } from '../../shared/domain/entry-list-index.ts';
import { bookKeyRange } from '../../shared/domain/entry-order.ts';
import { registrationOf, type EntryRow } from '../../shared/domain/entry-rows.ts';
import { namedKeys, numberingFindings, numberingProblems } from '../../shared/domain/registration-numbers.ts';
import type { Finding } from '../../shared/domain/validate-entry.ts';
import type { SohoaDatabase } from './database.ts';

/** Once this many rows changed since the snapshot, loading the list writes a new one. */
const snapshotAfter = 500;

/** The book's row changes after `upTo` (a seq; '' for all), in the order they were written. */
export function entryRowsChangedSince(db: SohoaDatabase, bookId: string, upTo: string): Promise<EntryRow[]> {
  const { lower, upper } = bookKeyRange(bookId);
  return db.entryRows.where('seq').between(upTo === '' ? lower : upTo, upper, upTo === '', false).toArray();
}

export async function saveEntryListSnapshot(db: SohoaDatabase, index: EntryListIndex): Promise<void> {
  await db.entryListSnapshots.put(index.snapshot());
}

/** Rows made before rows carried the registration number and year; a deleted one stays as it is, out of every list. */
const incomplete = (row: EntryRow) => !row.deleted && !Object.hasOwn(row, 'registrationYear');

/** Entries at a time whose rows are completed, in a transaction each: a large book is never held in memory whole. */
const completeAtOnce = 1000;

/** Gives rows made before rows carried the registration number and year both, from their entries. */
async function completeRows(db: SohoaDatabase, ids: readonly string[]): Promise<void> {
  for (let from = 0; from < ids.length; from += completeAtOnce) {
    const chunk = ids.slice(from, from + completeAtOnce);
    await db.transaction('rw', [db.entries, db.entryRows], async () => {
      const entries = new Map((await db.entries.bulkGet(chunk)).flatMap((entry) => (entry ? [[entry.id, entry] as const] : [])));
      // the row as it is now, in this transaction: one a save has just rewritten is complete already
      await db.entryRows.where('id').anyOf(chunk).modify((row) => {
        const entry = entries.get(row.id);
        if (incomplete(row)) Object.assign(row, entry ? registrationOf(entry) : { registrationNumber: null, registrationYear: null });
      });
    });
  }
}

/**
 * The book's list: its snapshot brought up to date, and written again when much had changed. The first
 * time after rows came to carry registration numbers, the older snapshot is not read and the book's rows
 * are completed from their entries (every entry read once), then a new snapshot is written.
 */
export async function loadEntryList(db: SohoaDatabase, bookId: string): Promise<EntryListIndex> {
  const index = new EntryListIndex(bookId, await db.entryListSnapshots.get(bookId));
  let changed = await entryRowsChangedSince(db, bookId, index.upTo);
  const old = changed.filter(incomplete);
  if (old.length > 0) {
    await completeRows(db, old.map((row) => row.id));
    changed = await entryRowsChangedSince(db, bookId, index.upTo);
  }
  index.apply(changed);
  if (changed.length >= snapshotAfter || old.length > 0) await saveEntryListSnapshot(db, index);
  return index;
}

/**
 * What the book's numbering says of an entry (its number used again that year, numbers missing before
 * it), from the list in memory; then only the rows the findings name are read. None for an entry the
 * list does not hold yet.
 */
export async function registrationNumberFindings(db: SohoaDatabase, index: EntryListIndex, bookYears: YearRange, entryId: string): Promise<Finding[]> {
  const row = await db.entryRows.get({ id: entryId });
  const at = row ? index.positionOf(row.key) : -1;
  if (at === -1) return [];
  const problems = numberingProblems(index.numbering(), at, bookYears);
  if (problems.length === 0) return [];
  const named = await entryRowsByKeys(db, namedKeys(problems));
  return numberingFindings(problems, new Map(named.map((r) => [r.key, r])));
}

export async function entryRowsByKeys(db: SohoaDatabase, keys: readonly string[]): Promise<EntryRow[]> {
  return (await db.entryRows.bulkGet([...keys])).filter((row): row is EntryRow => row !== undefined && !row.deleted);
}

const live = (row: EntryRow) => !row.deleted;

/** The entry `step` rows from `entryId` in reading order (the first or last when there is none); null past either end. */
export async function entryIdBeside(db: SohoaDatabase, bookId: string, entryId: string | null, step: 1 | -1): Promise<string | null> {
  const { lower, upper } = bookKeyRange(bookId);
  const here = entryId === null ? undefined : await db.entryRows.get({ id: entryId });
  const rows = step === 1 ? db.entryRows.where('key').between(here?.key ?? lower, upper, here === undefined) : db.entryRows.where('key').between(lower, here?.key ?? upper);
  const row = step === 1 ? await rows.filter(live).first() : await rows.reverse().filter(live).first();
  return row?.id ?? null;
}

/** The next draft after `entryId` in reading order, round the book; null when no other is left. */
export async function nextDraftId(db: SohoaDatabase, bookId: string, entryId: string): Promise<string | null> {
  const { lower, upper } = bookKeyRange(bookId);
  const here = await db.entryRows.get({ id: entryId });
  const isDraft = (row: EntryRow) => live(row) && row.status === 'draft' && row.id !== entryId;
  const after = here === undefined ? undefined : await db.entryRows.where('key').between(here.key, upper, false).filter(isDraft).first();
  return (after ?? (await db.entryRows.where('key').between(lower, upper).filter(isDraft).first()))?.id ?? null;
}
