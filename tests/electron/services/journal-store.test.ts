import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../electron/services/journal-store.ts';
import type { JournalRecord } from '../../../shared/journal/journal-record.ts';
import { rejection } from '../../support/app-errors.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const tempDir = useTempDir();

const bookId = '0190a0b0-0000-7000-8000-000000000001';
const book: JournalRecord = { store: 'books', key: bookId, bookId, value: { id: bookId, communeAsWritten: 'Xã Tân Hòa', volume: '01' } };
const entry = (n: number, revision = 1): JournalRecord => ({
  store: 'entries',
  key: `e-${n}`,
  bookId,
  value: { id: `e-${n}`, bookId, revision, fields: { 'child.fullName': { value: 'Nguyễn Văn An' } } },
});
const audit = (n: number): JournalRecord => ({ store: 'audit', key: `a-${n}`, bookId, value: { id: `a-${n}`, entityId: `e-${n}`, action: 'create' } });

const journalFile = (dir: string) => path.join(dir, 'journal', bookId, 'journal.jsonl');

async function allRecords(store: JournalStore): Promise<JournalRecord[]> {
  const records: JournalRecord[] = [];
  let from: number | null = 0;
  while (from !== null) {
    const read = await store.readBook(bookId, from, 2);
    records.push(...read.records);
    from = read.next;
  }
  return records;
}

describe('JournalStore', () => {
  it('keeps what was appended across a restart, owner-only, and reads it back a page at a time, book first', async () => {
    const dir = await tempDir();
    expect(await new JournalStore(dir).append([entry(1), audit(1), book])).toEqual({ appended: 3 });

    const reopened = new JournalStore(dir);
    expect(await allRecords(reopened)).toEqual([book, entry(1), audit(1)]);
    expect(await reopened.books()).toEqual([{ bookId, book: book.value, counts: { books: 1, pages: 0, entries: 1, audit: 1, batches: 0, keyings: 0, decisions: 0, lots: 0, lotAudits: 0 }, damagedLines: 0 }]);
    if (process.platform !== 'win32') {
      expect((await stat(path.join(dir, 'journal', bookId))).mode & 0o777).toBe(0o700);
      expect((await stat(journalFile(dir))).mode & 0o777).toBe(0o600);
    }
  });

  it('writes nothing for a resend: the same records after a crash are not duplicated', async () => {
    const dir = await tempDir();
    await new JournalStore(dir).append([book, entry(1), audit(1)]);
    const before = await readFile(journalFile(dir), 'utf8');

    expect(await new JournalStore(dir).append([book, entry(1), audit(1)])).toEqual({ appended: 0 });
    expect(await readFile(journalFile(dir), 'utf8')).toBe(before);
  });

  it('keeps the last version of a record and forgets a deleted one', async () => {
    const dir = await tempDir();
    const store = new JournalStore(dir);
    await store.append([book, entry(1), entry(2)]);
    await store.append([entry(1, 2), { store: 'entries', key: 'e-2', bookId, value: null }]);

    expect(await allRecords(new JournalStore(dir))).toEqual([book, entry(1, 2)]);
    expect((await store.books())[0]!.counts.entries).toBe(1);
  });

  it('ignores a line torn by a crash mid-write, and the next append starts on a whole line', async () => {
    const dir = await tempDir();
    await new JournalStore(dir).append([book, entry(1)]);
    await appendFile(journalFile(dir), '{"v":1,"r":{"store":"entries","key":"e-2","book');

    const store = new JournalStore(dir);
    expect(await allRecords(store)).toEqual([book, entry(1)]);
    await store.append([entry(2)]);
    expect(await allRecords(new JournalStore(dir))).toEqual([book, entry(1), entry(2)]);
    expect((await new JournalStore(dir).books())[0]!.damagedLines).toBe(0);
  });

  it('skips a damaged line in the middle, counts it, and restores the rest', async () => {
    const dir = await tempDir();
    await new JournalStore(dir).append([book]);
    await appendFile(journalFile(dir), 'not json at all\n{"v":1,"r":{"store":"nonsense"}}\n');
    await new JournalStore(dir).append([entry(1)]);

    const store = new JournalStore(dir);
    expect(await allRecords(store)).toEqual([book, entry(1)]);
    expect((await store.books())[0]!.damagedLines).toBe(2);
  });

  it('refuses a book a newer SoHoa wrote, in Vietnamese and English, and changes none of its files', async () => {
    const dir = await tempDir();
    await new JournalStore(dir).append([book]);
    await appendFile(journalFile(dir), `${JSON.stringify({ v: 2, r: entry(1) })}\n`);
    const before = await readFile(journalFile(dir), 'utf8');

    const store = new JournalStore(dir);
    const error = await rejection(store.readBook(bookId, 0, 10));
    expect(error.code).toBe('journal-newer-format');
    expect(error.vi).toContain('phiên bản SoHoa mới hơn');
    expect(error.en).toContain('newer SoHoa');
    expect((await rejection(store.append([entry(3)]))).code).toBe('journal-newer-format');
    expect((await store.books())[0]).toMatchObject({ bookId, problem: { code: 'journal-newer-format' } });
    expect(await readFile(journalFile(dir), 'utf8')).toBe(before);
  });

  it('says so when the data folder has no such book', async () => {
    const error = await rejection(new JournalStore(await tempDir()).readBook(bookId, 0, 10));
    expect(error.code).toBe('journal-book-not-found');
    expect(error.vi).toContain('Thư mục dữ liệu không có sổ này');
  });

  it('compacts a long journal into a snapshot, holding the same records, and goes on appending after it', async () => {
    const dir = await tempDir();
    const store = new JournalStore(dir, { compactAfter: 10 });
    await store.append([book, entry(1), audit(1)]);
    for (let revision = 2; revision <= 12; revision++) await store.append([entry(1, revision)]);

    const files = await readdir(path.join(dir, 'journal', bookId));
    expect(files.sort()).toEqual(['journal.jsonl', 'snapshot.json']);
    // compacted at the 10th line (revision 8): revisions 9 to 12 are the journal's lines since
    expect((await readFile(journalFile(dir), 'utf8')).split('\n').filter(Boolean)).toHaveLength(4);
    if (process.platform !== 'win32') expect((await stat(path.join(dir, 'journal', bookId, 'snapshot.json'))).mode & 0o777).toBe(0o600);

    await store.append([entry(2)]);
    expect(await allRecords(new JournalStore(dir))).toEqual([book, entry(1, 12), entry(2), audit(1)]);
    // a resend of what the snapshot already holds writes nothing
    expect(await new JournalStore(dir).append([entry(1, 12), audit(1)])).toEqual({ appended: 0 });
  });

  it('refuses a snapshot a newer SoHoa wrote', async () => {
    const dir = await tempDir();
    await new JournalStore(dir).append([book]);
    await writeFile(path.join(dir, 'journal', bookId, 'snapshot.json'), JSON.stringify({ v: 9, records: [] }));
    expect((await rejection(new JournalStore(dir).readBook(bookId, 0, 10))).code).toBe('journal-newer-format');
  });
});
