// A book's list of entries held in memory: every row's reading key and the words it is found by. With
// it, any window of a 100,000-entry book and any search are a few milliseconds of arithmetic and string
// tests, where IndexedDB needs a quarter of a second just to list the keys. It is built from a snapshot
// (one record: reading it is one read, not 100,000) and the rows changed since, in the order they were
// written; the snapshot is written again from it once enough has changed.
import { holdsAll, searchNeedles, searchText } from '../text/search-key.ts';
import { bookKeyRange } from './entry-order.ts';
import type { EntryRow } from './entry-rows.ts';

export interface EntryListSnapshot {
  bookId: string;
  /** the `seq` of the last row change it holds */
  upTo: string;
  /** one line per row in reading order: its key without the book's part, a tab, its words */
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
  private readonly prefix: string;
  /** the seq of the last change applied ('' for none) */
  upTo = '';

  constructor(readonly bookId: string, snapshot?: EntryListSnapshot) {
    this.prefix = bookKeyRange(bookId).lower;
    if (!snapshot || snapshot.lines === '') return;
    this.upTo = snapshot.upTo;
    for (const line of snapshot.lines.split('\n')) {
      const tab = line.indexOf('\t');
      this.keys.push(this.prefix + line.slice(0, tab));
      this.words.push(line.slice(tab + 1));
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
      if (row.deleted) {
        if (present) {
          this.keys.splice(at, 1);
          this.words.splice(at, 1);
        }
      } else if (present) {
        this.words[at] = wordsOf(row);
      } else {
        this.keys.splice(at, 0, row.key);
        this.words.splice(at, 0, wordsOf(row));
      }
      if (row.seq > this.upTo) this.upTo = row.seq;
    }
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
    const lines = this.keys.map((key, i) => `${key.slice(this.prefix.length)}\t${this.words[i]!}`);
    return { bookId: this.bookId, upTo: this.upTo, lines: lines.join('\n') };
  }
}
