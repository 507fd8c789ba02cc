// A book's list of entries held in memory: every row's reading key, the words it is found by, and its
// registration number and year. With it, any window of a 100,000-entry book, any search and the checks of
// a book's numbering are a few milliseconds of arithmetic and string tests, where IndexedDB needs a
// quarter of a second just to list the keys. It is built from a snapshot (one record: reading it is one
// read, not 100,000) and the rows changed since, in the order they were written; the snapshot is written
// again from it once enough has changed.
import { holdsAll, searchNeedles, searchText } from '../text/search-key.ts';
import { bookKeyRange } from './entry-order.ts';
import type { EntryRow } from './entry-rows.ts';
import type { NumberingColumns } from './registration-numbers.ts';

/** The snapshots' layout now; one of another (or none, the first) is not read: the list is built from the rows again. */
const snapshotFormat = 2;

export interface EntryListSnapshot {
  bookId: string;
  format?: number;
  /** the `seq` of the last row change it holds */
  upTo: string;
  /** one line per row in reading order: its key without the book's part, its number, its year, its words, tab-separated ('' for no number or year) */
  lines: string;
}

/** Where `key` is in the sorted `keys`, or where it would go. */
function place(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const wordsOf = (row: Pick<EntryRow, 'words'>) => searchText(row.words.join(' '));

// An entry's key never changes (its page and id do not), so a row change is found by its key.
export class EntryListIndex {
  private readonly keys: string[] = [];
  /** the searchText of the row at the same place in `keys` */
  private readonly words: string[] = [];
  /** the registrationNumber and registrationYear of the row at the same place, 0 for none */
  private readonly numbers: number[] = [];
  private readonly years: number[] = [];
  private readonly prefix: string;
  /** the seq of the last change applied ('' for none) */
  upTo = '';

  constructor(readonly bookId: string, snapshot?: EntryListSnapshot) {
    this.prefix = bookKeyRange(bookId).lower;
    if (!snapshot || snapshot.format !== snapshotFormat || snapshot.lines === '') return;
    this.upTo = snapshot.upTo;
    for (const line of snapshot.lines.split('\n')) {
      const [key, number, year] = line.split('\t', 3) as [string, string, string];
      this.keys.push(this.prefix + key);
      this.numbers.push(Number(number));
      this.years.push(Number(year));
      this.words.push(line.slice(key.length + number.length + year.length + 3));
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** Applies row changes in the order they were written (by seq); a deleted row leaves the list. */
  apply(rows: readonly EntryRow[]): void {
    for (const row of rows) {
      const at = place(this.keys, row.key);
      const present = this.keys[at] === row.key;
      // a row written before rows carried them has no number or year (the repository completes such rows)
      const number = row.registrationNumber ?? 0;
      const year = row.registrationYear ?? 0;
      if (row.deleted) {
        if (present) {
          this.keys.splice(at, 1);
          this.words.splice(at, 1);
          this.numbers.splice(at, 1);
          this.years.splice(at, 1);
        }
      } else if (present) {
        this.words[at] = wordsOf(row);
        this.numbers[at] = number;
        this.years[at] = year;
      } else {
        this.keys.splice(at, 0, row.key);
        this.words.splice(at, 0, wordsOf(row));
        this.numbers.splice(at, 0, number);
        this.years.splice(at, 0, year);
      }
      if (row.seq > this.upTo) this.upTo = row.seq;
    }
  }

  /** Where the row with this key is in reading order; -1 when it is not in the list. */
  positionOf(key: string): number {
    const at = place(this.keys, key);
    return this.keys[at] === key ? at : -1;
  }

  /** The rows' numbers and years in reading order, for registration-numbers.ts (read, never kept: the next change alters them). */
  numbering(): NumberingColumns {
    return { keys: this.keys, numbers: this.numbers, years: this.years };
  }

  /** The keys of the rows from `first` to before `end`, in reading order. */
  slice(first: number, end: number): string[] {
    return this.keys.slice(first, end);
  }

  /**
   * The keys of the rows that every word of the query begins a word of ("nguyen van" finds "Nguyễn Văn
   * An"; "390" finds entry 390 and 3901), in reading order; null for a query of nothing (the whole book).
   */
  search(query: string): string[] | null {
    const needles = searchNeedles(query);
    if (needles.length === 0) return null;
    const found: string[] = [];
    for (let i = 0; i < this.keys.length; i++) if (holdsAll(this.words[i]!, needles)) found.push(this.keys[i]!);
    return found;
  }

  snapshot(): EntryListSnapshot {
    const lines = this.keys.map((key, i) => `${key.slice(this.prefix.length)}\t${this.numbers[i] || ''}\t${this.years[i] || ''}\t${this.words[i]!}`);
    return { bookId: this.bookId, format: snapshotFormat, upTo: this.upTo, lines: lines.join('\n') };
  }
}
