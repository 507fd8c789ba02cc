import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../electron/services/journal-store.ts';
import { createBook } from '../../../renderer/db/books-repository.ts';
import type { SohoaDatabase } from '../../../renderer/db/database.ts';
import { saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { loadEntryList } from '../../../renderer/db/entry-rows-repository.ts';
import { acknowledgeJournal, pendingJournal, restoreJournalRecords } from '../../../renderer/db/journal-repository.ts';
import { addPage, setOcrState } from '../../../renderer/db/pages-repository.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { verificationBlockers } from '../../../shared/domain/validate-entry.ts';
import type { JournalRecord } from '../../../shared/journal/journal-record.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { pageInfo } from '../support/page-extraction.ts';
import { freshDatabase } from '../support/render-app.tsx';

const tempDir = useTempDir();
const sha = 'd'.repeat(64);
const typed = (no: string, name: string) => ({
  'registration.number': no, 'registration.date': '12/06/2003', 'child.fullName': name,
  'child.sex': 'Nam', 'child.birthDate': '06/06/2003', 'child.birthPlace': 'xã Thạnh Trị',
});
const blockers = (entry: Entry) => verificationBlockers(entry, 'birth-form', { today: '2026-11-23' });

/** Sends the whole outbox to the store as the runner does, removing what it acknowledged. */
async function sendAll(db: SohoaDatabase, store: JournalStore) {
  for (;;) {
    const { records, seqs } = await pendingJournal(db, 3);
    if (seqs.length === 0) return;
    await store.append(records);
    await acknowledgeJournal(db, seqs);
  }
}

async function readAll(store: JournalStore, bookId: string): Promise<JournalRecord[]> {
  const records: JournalRecord[] = [];
  for (let from: number | null = 0; from !== null;) {
    const read = await store.readBook(bookId, from, 2);
    records.push(...read.records);
    from = read.next;
  }
  return records;
}

async function typedBook() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '02', yearFrom: 2003, yearTo: 2003 });
  await addPage(db, book.id, pageInfo(sha, 'trang-1.jpg'));
  const first = await saveEntry(db, { bookId: book.id, pageId: sha, kind: 'birth', typed: typed('1', 'Trần Văn Bình') }, 'clerk-1');
  await verifyEntry(db, first.id, 'clerk-1', blockers);
  await saveEntry(db, { bookId: book.id, pageId: sha, kind: 'birth', typed: typed('2', 'Lê Thị Hồng') }, 'clerk-1');
  return { db, book };
}

describe('journal repository', () => {
  it('restores a book through the data folder into an empty profile: every entry, list row and audit row', async () => {
    const { db, book } = await typedBook();
    const store = new JournalStore(await tempDir());
    await sendAll(db, store);
    expect(await db.journalOutbox.count()).toBe(0);

    const fresh = freshDatabase();
    const counts = await restoreJournalRecords(fresh, await readAll(store, book.id));
    expect(counts).toEqual({ books: 1, pages: 1, entries: 2, audit: 3, batches: 0, keyings: 0, decisions: 0, lots: 0, lotAudits: 0 });
    expect(await fresh.books.toArray()).toEqual(await db.books.toArray());
    expect(await fresh.pages.toArray()).toEqual(await db.pages.toArray());
    expect(await fresh.entries.orderBy('id').toArray()).toEqual(await db.entries.orderBy('id').toArray());
    expect(await fresh.audit.orderBy('id').toArray()).toEqual(await db.audit.orderBy('id').toArray());
    // the verified entry goes to the server from here too; the draft does not
    const verified = (await fresh.entries.toArray()).find((e) => e.status === 'verified')!;
    expect((await fresh.outbox.toArray()).map((row) => [row.entryId, row.revision, row.state])).toEqual([[verified.id, verified.revision, 'pending']]);
    const list = await loadEntryList(fresh, book.id);
    expect(list.size).toBe(2);
    // the list rows are the same but for when they were written
    const rowsOf = async (d: SohoaDatabase) => (await d.entryRows.orderBy('key').toArray()).map(({ seq: _seq, ...row }) => row);
    expect(await rowsOf(fresh)).toEqual(await rowsOf(db));
  });

  it('restores twice and writes nothing the second time; a newer entry here is kept', async () => {
    const { db, book } = await typedBook();
    const store = new JournalStore(await tempDir());
    await sendAll(db, store);
    const records = await readAll(store, book.id);

    const fresh = freshDatabase();
    await restoreJournalRecords(fresh, records);
    const entry = (await fresh.entries.toArray()).find((e) => e.status === 'draft')!;
    const changed = await saveEntry(fresh, { id: entry.id, bookId: book.id, pageId: sha, kind: 'birth', typed: typed('2', 'Lê Thị Hồng Nhung') }, 'clerk-2');

    expect(await restoreJournalRecords(fresh, records)).toEqual({ books: 0, pages: 0, entries: 0, audit: 0, batches: 0, keyings: 0, decisions: 0, lots: 0, lotAudits: 0 });
    expect(await fresh.outbox.count()).toBe(1);
    expect(await fresh.entries.get(entry.id)).toEqual(changed);
  });

  it('keeps an outbox row that was not acknowledged, so a change sent while the Node side was away is sent later', async () => {
    const { db, book } = await typedBook();
    const before = await db.journalOutbox.count();
    await pendingJournal(db, 100);
    expect(await db.journalOutbox.count()).toBe(before);

    const store = new JournalStore(await tempDir());
    await sendAll(db, store);
    expect((await readAll(store, book.id)).filter((r) => r.store === 'entries')).toHaveLength(2);
  });

  it('gives a page that was being read back to the queue', async () => {
    const { db, book } = await typedBook();
    await setOcrState(db, [sha], 'running');
    const store = new JournalStore(await tempDir());
    await sendAll(db, store);

    const fresh = freshDatabase();
    await restoreJournalRecords(fresh, await readAll(store, book.id));
    expect((await fresh.pages.get(sha))?.ocrState).toBe('pending');
  });
});
