// A book's entries as a list. The list itself (order, count, search) is held in memory by an
// EntryListIndex, loaded from its snapshot and the rows changed since; here are those reads, the rows
// of the window in view, and stepping through a book, none of which reads every entry of a book.
import { EntryListIndex } from '../../shared/domain/entry-list-index.ts';
import { bookKeyRange } from '../../shared/domain/entry-order.ts';
import type { EntryRow } from '../../shared/domain/entry-rows.ts';
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

/** The book's list: its snapshot brought up to date, and written again when much had changed. */
export async function loadEntryList(db: SohoaDatabase, bookId: string): Promise<EntryListIndex> {
  const index = new EntryListIndex(bookId, await db.entryListSnapshots.get(bookId));
  const changed = await entryRowsChangedSince(db, bookId, index.upTo);
  index.apply(changed);
  if (changed.length >= snapshotAfter) await saveEntryListSnapshot(db, index);
  return index;
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
