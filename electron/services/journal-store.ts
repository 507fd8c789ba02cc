// The data folder's second copy of the records (DESIGN.md, The data folder is the second copy). Per book,
// journal/<bookId>/journal.jsonl: one line per saved change, appended and flushed before the renderer is
// answered; snapshot.json: the book as it stood when the journal was last compacted. Reading a book is the
// snapshot, then the journal's lines in order, the last line for a record winning.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { AppError } from '../../shared/api/app-error.ts';
import {
  journalFormat, journalId, journalRecordSchema, journalStores,
  type JournalBook, type JournalRecord, type JournalStoreName,
} from '../../shared/journal/journal-record.ts';
import { makePrivateFolder, syncFolder, writeFileDurably } from './durable-file.ts';

const journalName = 'journal.jsonl';
const snapshotName = 'snapshot.json';

/** Journal lines after which a book is compacted into its snapshot (when most of them are superseded). */
const defaultCompactAfter = 10_000;

interface BookState {
  /** `${store}:${key}` → digest of the record as the folder holds it ('-' once deleted) */
  digests: Map<string, string>;
  book: Record<string, unknown> | null;
  /** lines in the journal since the snapshot */
  lines: number;
  damagedLines: number;
  /** the journal's size up to its last whole line: a line torn by a crash after it was never acknowledged */
  wholeBytes: number;
  size: number;
}

type ParsedLine = { kind: 'record'; record: JournalRecord } | { kind: 'damaged' };

const deleted = '-';

function digestOf(value: JournalRecord['value']): string {
  return value === null ? deleted : createHash('sha1').update(JSON.stringify(value)).digest('base64');
}

const recordKey = (record: Pick<JournalRecord, 'store' | 'key'>) => `${record.store}:${record.key}`;

/** Refuses a line or snapshot a newer SoHoa wrote: it may mean something this version would get wrong. */
function checkFormat(version: unknown): void {
  if (typeof version === 'number' && version > journalFormat) throw AppError.of('journal-newer-format');
}

function parseRecord(raw: unknown, bookId: string): JournalRecord | null {
  const parsed = journalRecordSchema.safeParse(raw);
  return parsed.success && parsed.data.bookId === bookId ? parsed.data : null;
}

function parseLine(text: string, bookId: string): ParsedLine {
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch {
    return { kind: 'damaged' };
  }
  if (typeof line !== 'object' || line === null) return { kind: 'damaged' };
  const { v, r } = line as { v?: unknown; r?: unknown };
  checkFormat(v);
  const record = v === journalFormat ? parseRecord(r, bookId) : null;
  return record ? { kind: 'record', record } : { kind: 'damaged' };
}

export interface JournalStoreOptions {
  compactAfter?: number;
}

export class JournalStore {
  private readonly root: string;
  private readonly compactAfter: number;
  private readonly states = new Map<string, BookState>();
  /** the book a restore is reading, page by page: read once, dropped when the book changes */
  private reading: { bookId: string; records: JournalRecord[] } | null = null;
  /** appends and compactions one at a time, so that lines never interleave */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string, options: JournalStoreOptions = {}) {
    this.root = path.join(dataDir, 'journal');
    this.compactAfter = options.compactAfter ?? defaultCompactAfter;
  }

  /** Writes the records that change what the folder holds, flushed to disk before it resolves. */
  append(records: readonly JournalRecord[]): Promise<{ appended: number }> {
    const run = this.tail.then(() => this.appendNow(records));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The books in the data folder, each with its counts; a book this version cannot read says why. */
  async books(): Promise<JournalBook[]> {
    await this.tail;
    let names: string[];
    try {
      names = (await readdir(this.root, { withFileTypes: true })).filter((d) => d.isDirectory() && journalId.safeParse(d.name).success).map((d) => d.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const books: JournalBook[] = [];
    for (const bookId of names) {
      try {
        const state = await this.state(bookId);
        books.push({ bookId, book: state.book, counts: countsOf(state), damagedLines: state.damagedLines });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        books.push({ bookId, book: null, counts: countsOf(null), damagedLines: 0, problem: error.toPayload() });
      }
    }
    return books;
  }

  /** The book's records from `from`: its book record, then pages, entries and audit rows. */
  async readBook(bookId: string, from: number, limit: number): Promise<{ records: JournalRecord[]; total: number; next: number | null }> {
    await this.tail;
    if (this.reading?.bookId !== bookId) {
      const held = new Map<string, JournalRecord>();
      const found = await this.load(bookId, (record) => {
        if (record.value === null) held.delete(recordKey(record));
        else held.set(recordKey(record), record);
      });
      if (!found) throw AppError.of('journal-book-not-found');
      const order = (store: JournalStoreName) => journalStores.indexOf(store);
      this.reading = { bookId, records: [...held.values()].sort((a, b) => order(a.store) - order(b.store)) };
    }
    const { records } = this.reading;
    const end = Math.min(records.length, from + limit);
    // the last batch read: the book is no longer held (a large one is tens of megabytes)
    if (end >= records.length) this.reading = null;
    return { records: records.slice(from, end), total: records.length, next: end < records.length ? end : null };
  }

  private async appendNow(records: readonly JournalRecord[]): Promise<{ appended: number }> {
    const byBook = new Map<string, JournalRecord[]>();
    for (const record of records) byBook.set(record.bookId, [...(byBook.get(record.bookId) ?? []), record]);
    // every book read first: one a newer SoHoa wrote refuses the whole batch before anything is written
    const states = new Map<string, BookState>();
    for (const bookId of byBook.keys()) states.set(bookId, await this.state(bookId));

    let appended = 0;
    for (const [bookId, bookRecords] of byBook) {
      const state = states.get(bookId)!;
      const changed = new Map<string, JournalRecord>();
      for (const record of bookRecords) {
        const key = recordKey(record);
        // a record sent twice in one batch: the later one is what the folder must end with
        changed.delete(key);
        // what the folder holds already (a resend after a crash, a deletion of what it never held) writes nothing
        if ((state.digests.get(key) ?? deleted) !== digestOf(record.value)) changed.set(key, record);
      }
      const lines = [...changed.values()];
      if (lines.length === 0) continue;
      await this.writeLines(bookId, state, lines);
      for (const record of lines) {
        state.digests.set(recordKey(record), digestOf(record.value));
        if (record.store === 'books' && record.key === bookId) state.book = record.value;
      }
      appended += lines.length;
      if (this.reading?.bookId === bookId) this.reading = null;
      if (state.lines >= this.compactAfter && state.lines > 2 * liveCount(state)) await this.compact(bookId, state);
    }
    return { appended };
  }

  private async writeLines(bookId: string, state: BookState, records: readonly JournalRecord[]): Promise<void> {
    const dir = path.join(this.root, bookId);
    const isNew = state.size === 0;
    if (isNew) {
      await makePrivateFolder(dir);
      await syncFolder(this.root);
    }
    const text = records.map((record) => `${JSON.stringify({ v: journalFormat, r: record })}\n`).join('');
    const handle = await open(path.join(dir, journalName), 'a', 0o600);
    try {
      // a torn last line (a crash mid-write) was never acknowledged: cut, so the next line starts whole
      if (state.size > state.wholeBytes) await handle.truncate(state.wholeBytes);
      await handle.appendFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (isNew) await syncFolder(dir);
    state.lines += records.length;
    state.wholeBytes += Buffer.byteLength(text);
    state.size = state.wholeBytes;
  }

  /** The book as it stands into the snapshot (atomically), then an empty journal: a crash between the two replays lines the snapshot already holds. */
  private async compact(bookId: string, state: BookState): Promise<void> {
    const held = new Map<string, JournalRecord>();
    await this.load(bookId, (record) => {
      if (record.value === null) held.delete(recordKey(record));
      else held.set(recordKey(record), record);
    });
    const dir = path.join(this.root, bookId);
    await writeFileDurably(dir, path.join(dir, snapshotName), JSON.stringify({ v: journalFormat, records: [...held.values()] }));
    const handle = await open(path.join(dir, journalName), 'r+');
    try {
      await handle.truncate(0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (const [key, digest] of state.digests) if (digest === deleted) state.digests.delete(key);
    Object.assign(state, { lines: 0, wholeBytes: 0, size: 0 });
  }

  private async state(bookId: string): Promise<BookState> {
    const known = this.states.get(bookId);
    if (known) return known;
    const state: BookState = { digests: new Map(), book: null, lines: 0, damagedLines: 0, wholeBytes: 0, size: 0 };
    const read = await this.load(bookId, (record) => {
      state.digests.set(recordKey(record), digestOf(record.value));
      if (record.store === 'books' && record.key === bookId) state.book = record.value;
    });
    if (read) Object.assign(state, read);
    this.states.set(bookId, state);
    return state;
  }

  /** Calls `onRecord` for the snapshot's records, then the journal's; null when the folder has no such book. */
  private async load(bookId: string, onRecord: (record: JournalRecord) => void): Promise<Omit<BookState, 'digests' | 'book'> | null> {
    const dir = path.join(this.root, bookId);
    let damagedLines = 0;
    let found = false;
    try {
      const snapshot = JSON.parse(await readFile(path.join(dir, snapshotName), 'utf8')) as { v?: unknown; records?: unknown };
      found = true;
      checkFormat(snapshot.v);
      for (const raw of Array.isArray(snapshot.records) ? snapshot.records : []) {
        const record = parseRecord(raw, bookId);
        if (record) onRecord(record);
        else damagedLines += 1;
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        found = true;
        damagedLines += 1;
      }
    }

    const file = path.join(dir, journalName);
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return found ? { lines: 0, damagedLines, wholeBytes: 0, size: 0 } : null;
    }
    // Lines are read one at a time, so that a long journal is never held in memory whole.
    let lines = 0;
    let wholeBytes = 0;
    let pending: string | null = null;
    const reader = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const text of reader) {
      if (pending !== null) {
        const parsed = parseLine(pending, bookId);
        if (parsed.kind === 'record') onRecord(parsed.record);
        else damagedLines += 1;
        lines += 1;
        wholeBytes += Buffer.byteLength(pending) + 1;
      }
      pending = text;
    }
    if (pending !== null) {
      // The last line counts only if the file ends with its newline; without it, it is a torn write.
      if (wholeBytes + Buffer.byteLength(pending) + 1 === size) {
        const parsed = parseLine(pending, bookId);
        if (parsed.kind === 'record') onRecord(parsed.record);
        else damagedLines += 1;
        lines += 1;
        wholeBytes = size;
      }
    }
    return { lines, damagedLines, wholeBytes, size };
  }
}

function liveCount(state: BookState): number {
  let live = 0;
  for (const digest of state.digests.values()) if (digest !== deleted) live += 1;
  return live;
}

function countsOf(state: BookState | null): Record<JournalStoreName, number> {
  const counts = Object.fromEntries(journalStores.map((store) => [store, 0])) as Record<JournalStoreName, number>;
  for (const [key, digest] of state?.digests ?? []) {
    if (digest === deleted) continue;
    const store = key.slice(0, key.indexOf(':')) as JournalStoreName;
    counts[store] += 1;
  }
  return counts;
}
