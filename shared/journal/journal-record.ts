// The data folder's copy of the records (DESIGN.md, The data folder is the second copy): each saved
// change to a book, page, entry, audit row or team record reaches the Node side as one of these, a record as stored
// in IndexedDB (or null once deleted), keyed so that sending it again changes nothing.
import { z } from 'zod';
import type { AppErrorPayload } from '../api/app-error.ts';

/** The journal's line and snapshot format; a data folder written by a newer SoHoa is read by none older. */
export const journalFormat = 1;

/** A team's work on a book travels with it: its batches, the blind pass's keyings, the checkers' decisions, its lots and their audits. */
export const journalStores = ['books', 'pages', 'entries', 'audit', 'batches', 'keyings', 'decisions', 'lots', 'lotAudits'] as const;
export type JournalStoreName = (typeof journalStores)[number];

/** Records per append: a batch stays well under the browser-mode body limit. */
export const maxJournalBatch = 200;

/** Records per read of a book being restored. */
export const maxJournalRead = 1000;

// Ids are client-made UUIDs, page ids SHA-256 hex: both safe as folder names on every OS.
export const journalId = z.string().regex(/^[0-9A-Za-z-]{1,128}$/, 'expected an id of letters, digits and dashes');

export const journalRecordSchema = z.object({
  store: z.enum(journalStores),
  key: journalId,
  bookId: journalId,
  /** the record as stored; null: it was deleted */
  value: z.record(z.string(), z.unknown()).nullable(),
}).strict();

export type JournalRecord = z.infer<typeof journalRecordSchema>;

/** A book found in the data folder, with what its journal holds. */
export interface JournalBook {
  bookId: string;
  /** the book's record, null when only its pages or entries reached the folder */
  book: Record<string, unknown> | null;
  counts: Record<JournalStoreName, number>;
  /** lines that could not be read (damaged), skipped; the rest of the book is restored */
  damagedLines: number;
  /** why the book cannot be read here (a journal from a newer SoHoa); its files are left as they are */
  problem?: AppErrorPayload;
}
