// The order a clerk walks a book's entries in: page by page, and on a page in the order they were made
// (an OCR reading makes its drafts in reading order; ids are time-ordered UUIDs). It does not move when
// an entry is saved, as an order by time of change would. The order is a key that sorts as it, so an
// index lists a book of 100,000 entries in order, a window at a time, without reading them all.

// Strings compare by code unit: the separator sorts before every character of an id, a book's keys sit
// between `${bookId}\u0001` and `${bookId}\u0002`, and an entry with no page ('~') after every page.
const separator = '\u0001';
const noPage = '~';

/** A key of one book: its parts after the book's id, so that an index range holds the book's keys alone. */
export function bookKey(bookId: string, ...parts: string[]): string {
  return [bookId, ...parts].join(separator);
}

export function readingKey(bookId: string, pageSequence: number | null, entryId: string): string {
  return bookKey(bookId, pageSequence === null ? noPage : String(pageSequence).padStart(6, '0'), entryId);
}

/** The page sequence a reading key was made with; null for an entry on no page. */
export function readingKeyPage(key: string): number | null {
  const start = key.indexOf(separator) + 1;
  const page = key.slice(start, key.indexOf(separator, start));
  return page === noPage ? null : Number(page);
}

/** The reading keys of a book's entries that are on no page lie within [lower, upper). */
export function pagelessKeyRange(bookId: string): { lower: string; upper: string } {
  const prefix = bookKey(bookId, noPage);
  return { lower: `${prefix}${separator}`, upper: `${prefix}\u0002` };
}

/** The keys bookKey makes for one book (reading keys, write sequence numbers) lie within [lower, upper). */
export function bookKeyRange(bookId: string): { lower: string; upper: string } {
  return { lower: `${bookId}${separator}`, upper: `${bookId}\u0002` };
}
