// What a book's list of entries shows and searches, kept beside each entry: its number, the people it
// names, its status, and the words it can be found by. The list reads these small rows for the window
// in view; entry-list-index.ts holds their keys and words for ordering and search.
import { searchKey } from '../text/search-key.ts';
import { parseDate } from './dates.ts';
import type { Entry, EntryStatus } from './entry.ts';
import { bookKey, readingKey } from './entry-order.ts';
import { recordFields, type RecordKind } from './record-kinds.ts';
import { parseRegistrationNumber, yearOfPart } from './registration-numbers.ts';

export interface EntryRow {
  /** readingKey: rows sort in the order a clerk walks the book */
  key: string;
  id: string;
  bookId: string;
  entryNo: string;
  /** the people the act is about ("Trần Thị Bình"; "Lê Văn An – Phạm Thị Hoa" for a marriage) */
  name: string;
  status: EntryStatus;
  revision: number;
  updatedAt: string;
  /** each word of the number, the names and the registration date, as searchKey writes it */
  words: string[];
  /** the number's value ("012/1998" → 12), for registration-numbers.ts; null when it has none */
  registrationNumber: number | null;
  /** the year the number counts in: the registration date's, else the year the number carries; null when neither says */
  registrationYear: number | null;
  /** bookKey(bookId, a time-ordered id), new at every write: the book's changes in the order they were made */
  seq: string;
  /** the entry is gone (an untouched OCR draft a new reading replaced): kept so the list learns of it */
  deleted?: true;
}

const subjects: Record<RecordKind, string[]> = {
  birth: ['child.fullName'],
  marriage: ['husband.fullName', 'wife.fullName'],
  death: ['deceased.fullName'],
};

// A clerk finds an entry by its number, anyone it names (the registrar excepted: every entry of a
// year names the same one) or the day it was registered.
const searchedKeys: Record<RecordKind, string[]> = Object.fromEntries(
  Object.entries(recordFields).map(([kind, fields]) => [
    kind,
    ['registration.number', 'registration.date', ...fields.filter((f) => f.type === 'name' && f.key !== 'registration.registrar').map((f) => f.key)],
  ]),
) as Record<RecordKind, string[]>;

export function entryName(entry: { kind: RecordKind; fields: Readonly<Record<string, { value: string }>> }): string {
  return subjects[entry.kind].map((key) => entry.fields[key]?.value ?? '').filter((name) => name !== '').join(' – ');
}

/**
 * The registration number's value and the year it counts in. A two-digit year is read as of the day the
 * entry was written (the row knows no book): the same as with the book's years for any date within them.
 */
export function registrationOf(entry: Pick<Entry, 'fields' | 'updatedAt'>): Pick<EntryRow, 'registrationNumber' | 'registrationYear'> {
  const context = { today: entry.updatedAt.slice(0, 10) };
  const number = parseRegistrationNumber(entry.fields['registration.number']?.value ?? '');
  const date = parseDate(entry.fields['registration.date']?.value ?? '', context);
  const dated = date?.ok ? date.date.year : undefined;
  const carried = number?.yearPart === undefined ? undefined : yearOfPart(number.yearPart, context);
  return { registrationNumber: number?.number ?? null, registrationYear: dated ?? carried ?? null };
}

/** The row of an entry as written now; `writeId` is a fresh time-ordered id for this write. */
export function entryRowOf(entry: Entry, pageSequence: number | null, writeId: string): EntryRow {
  const words = new Set<string>();
  for (const key of searchedKeys[entry.kind]) {
    for (const word of searchKey(entry.fields[key]?.value ?? '').split(' ')) if (word !== '') words.add(word);
  }
  return {
    key: readingKey(entry.bookId, pageSequence, entry.id),
    id: entry.id,
    bookId: entry.bookId,
    entryNo: entry.entryNo,
    name: entryName(entry),
    status: entry.status,
    revision: entry.revision,
    updatedAt: entry.updatedAt,
    words: [...words],
    ...registrationOf(entry),
    seq: bookKey(entry.bookId, writeId),
  };
}
