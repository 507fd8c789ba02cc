import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../renderer/db/books-repository.ts';
import { openDatabase } from '../../../renderer/db/database.ts';
import { createOcrDrafts, saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { pendingJournal } from '../../../renderer/db/journal-repository.ts';
import { addPage } from '../../../renderer/db/pages-repository.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { verificationBlockers } from '../../../shared/domain/validate-entry.ts';
import type { JournalRecord } from '../../../shared/journal/journal-record.ts';
import type { OcrDraft } from '../../../shared/ocr/ocr-drafts.ts';
import { pageInfo } from '../support/page-extraction.ts';
import { freshDatabase } from '../support/render-app.tsx';

const sha = 'c'.repeat(64);
const complete = {
  'registration.number': '12', 'registration.date': '12/06/2003', 'child.fullName': 'Nguyễn Thị Hoa',
  'child.sex': 'Nữ', 'child.birthDate': '06/06/2003', 'child.birthPlace': 'xã Thạnh Trị',
};
const blockers = (entry: Entry) => verificationBlockers(entry, 'birth-form', { today: '2026-11-23' });
const summary = (records: JournalRecord[]) => records.map((r) => [r.store, r.value === null ? 'deleted' : (r.value as { action?: string; status?: string }).action ?? (r.value as { status?: string }).status ?? 'kept']);

async function bookWithPage() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 2003, yearTo: 2003 });
  await addPage(db, book.id, pageInfo(sha, '1.jpg'));
  return { db, book };
}

describe('journal capture', () => {
  it('leaves an outbox row in the same transaction as each saved change; each record is sent once, as it stands', async () => {
    const { db, book } = await bookWithPage();
    const entry = await saveEntry(db, { bookId: book.id, pageId: sha, kind: 'birth', typed: complete }, 'clerk-1');
    const verified = await verifyEntry(db, entry.id, 'clerk-1', blockers);

    const pending = await pendingJournal(db, 100);
    expect(pending.records.every((r) => r.bookId === book.id)).toBe(true);
    expect(pending.records.find((r) => r.store === 'entries')!.value).toEqual(verified);
    expect(pending.records.filter((r) => r.store === 'entries')).toHaveLength(1);
    expect(pending.records.find((r) => r.store === 'books')!.value).toEqual(book);
    expect(pending.records.filter((r) => r.store === 'audit').map((r) => (r.value as { action: string }).action)).toEqual(['create', 'verify']);
    expect(pending.records.find((r) => r.store === 'pages')!.value).toEqual(await db.pages.get(sha));
    expect(pending.seqs.length).toBeGreaterThan(pending.records.length);
  });

  it('leaves no row for a change that was refused: the row and the change are one transaction', async () => {
    const { db, book } = await bookWithPage();
    const entry = await saveEntry(db, { bookId: book.id, pageId: sha, kind: 'birth', typed: { ...complete, 'child.birthDate': '31/02/2003' } }, 'clerk-1');
    const before = await db.journalOutbox.count();
    await expect(verifyEntry(db, entry.id, 'clerk-1', blockers)).rejects.toThrow();
    expect(await db.journalOutbox.count()).toBe(before);
  });

  it('sends a deletion as a record with no value, and the deleted entry\'s audit row to its book', async () => {
    const { db, book } = await bookWithPage();
    const draft = (name: string): OcrDraft => ({ index: 0, entryNo: '1', fields: { 'child.fullName': { value: name, raw: name, source: 'ocr', confidence: 90 } } });
    const first = await createOcrDrafts(db, { bookId: book.id, pageId: sha, kind: 'birth' }, [draft('Lê Văn Tám')]);
    await db.journalOutbox.clear();
    await createOcrDrafts(db, { bookId: book.id, pageId: sha, kind: 'birth' }, [draft('Lê Văn Tâm')]);

    const { records } = await pendingJournal(db, 100);
    expect(records.find((r) => r.store === 'entries' && r.key === first.created[0]!.id)).toEqual({ store: 'entries', key: first.created[0]!.id, bookId: book.id, value: null });
    expect(summary(records.filter((r) => r.store === 'audit'))).toEqual([['audit', 'delete'], ['audit', 'create']]);
    expect(records.every((r) => r.bookId === book.id)).toBe(true);
  });

  it('queues what a profile held before the journal existed, when it upgrades to version 7', async () => {
    const name = `sohoa-upgrade-7-${Date.now()}`;
    const old = new Dexie(name);
    old.version(5).stores({
      books: 'id, kind, createdAt', pages: 'id, bookId, [bookId+sequence], [bookId+ocrState]', entries: 'id, bookId, pageId, status, updatedAt',
      outbox: 'opId, entryId, state, nextAttemptAt, [state+nextAttemptAt]', audit: 'id, entityId, at', extractions: 'page', entryRows: 'key, &id, seq', entryListSnapshots: 'bookId',
    });
    await old.table('books').add({ id: 'b1', kind: 'birth' });
    await old.table('entries').add({ id: 'e1', bookId: 'b1', pageId: null });
    await old.table('audit').bulkAdd([{ id: 'a1', entityId: 'e1', at: '2026-11-01' }, { id: 'a2', entityId: 'gone', at: '2026-11-01' }]);
    old.close();

    const db = openDatabase(name);
    const { records } = await pendingJournal(db, 100);
    expect(records.map((r) => [r.store, r.key, r.bookId])).toEqual([['books', 'b1', 'b1'], ['entries', 'e1', 'b1'], ['audit', 'a1', 'b1']]);
    db.close();
  });
});
