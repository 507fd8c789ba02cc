import { describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/domain/entry.ts';
import { createOcrDrafts, saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { entryIdBeside, entryRowsByKeys, entryRowsChangedSince, loadEntryList, nextDraftId, saveEntryListSnapshot } from '../../../renderer/db/entry-rows-repository.ts';
import type { SohoaDatabase } from '../../../renderer/db/database.ts';
import { addBook } from '../support/books.ts';
import { freshDatabase } from '../support/render-app.tsx';

const page = (sequence: number): Page => ({ id: String(sequence).repeat(64).slice(0, 64), bookId: 'book-1', sequence, fileName: `${sequence}.jpg`, byteLength: 1, width: 1, height: 1, importedAt: '2026-11-23T00:00:00Z', ocrState: 'done' });

async function book(db: SohoaDatabase) {
  await addBook(db, 'book-1');
  await addBook(db, 'book-2');
  await db.pages.bulkAdd([page(1), page(2)]);
  const save = (pageId: string | null, no: string, name: string, bookId = 'book-1') =>
    saveEntry(db, { bookId, pageId, kind: 'birth', typed: { 'registration.number': no, 'child.fullName': name } }, 'clerk');
  // made out of page order: the list is in reading order all the same
  const onTwo = await save(page(2).id, '12', 'Trần Thị Bình');
  const onOne = await save(page(1).id, '10', 'Nguyễn Văn An');
  const noPage = await save(null, '99', 'Nguyễn Văn Ánh');
  const alsoOne = await save(page(1).id, '11', 'Nguyễn Thị Hoa');
  await save(null, '10', 'Nguyễn Văn An', 'book-2');
  return { onOne, alsoOne, onTwo, noPage };
}

const names = async (db: SohoaDatabase, keys: string[] | null) => (keys === null ? null : (await entryRowsByKeys(db, keys)).map((r) => r.name));
const all = 1_000_000;

describe('entry rows: kept with their entries', () => {
  it('lists a book’s entries only, in reading order', async () => {
    const db = freshDatabase();
    await book(db);
    const list = await loadEntryList(db, 'book-1');
    expect(list.size).toBe(4);
    expect((await entryRowsByKeys(db, list.slice(0, all))).map((r) => r.entryNo)).toEqual(['10', '11', '12', '99']);
    expect((await entryRowsByKeys(db, list.slice(1, 3))).map((r) => r.entryNo)).toEqual(['11', '12']);
    expect((await loadEntryList(db, 'book-2')).size).toBe(1);
  });

  it('loads from its snapshot and the changes since, and learns of entries an OCR reading replaced', async () => {
    const db = freshDatabase();
    const { onOne } = await book(db);
    await saveEntryListSnapshot(db, await loadEntryList(db, 'book-1'));
    const snapshot = await db.entryListSnapshots.get('book-1');
    expect(await entryRowsChangedSince(db, 'book-1', snapshot!.upTo)).toEqual([]);
    await saveEntry(db, { bookId: 'book-1', pageId: null, id: onOne.id, kind: 'birth', typed: { 'registration.number': '10', 'child.fullName': 'Lê Văn An' } }, 'clerk');
    const drafts = await createOcrDrafts(db, { bookId: 'book-1', pageId: page(2).id.replace('2', '3'), kind: 'birth' }, [
      { index: 0, entryNo: '20', fields: { 'child.fullName': { value: 'Lý Văn Tư', raw: 'Lý Văn Tư', source: 'ocr', confidence: 90 } } },
    ]);
    expect((await entryRowsChangedSince(db, 'book-1', snapshot!.upTo)).map((r) => r.name)).toEqual(['Lê Văn An', 'Lý Văn Tư']);
    await createOcrDrafts(db, { bookId: 'book-1', pageId: drafts.created[0]!.pageId!, kind: 'birth' }, [
      { index: 0, entryNo: '21', fields: { 'child.fullName': { value: 'Lý Văn Tứ', raw: 'Lý Văn Tứ', source: 'ocr', confidence: 90 } } },
    ]);
    const list = await loadEntryList(db, 'book-1');
    expect(await names(db, list.search('ly van'))).toEqual(['Lý Văn Tứ']);
    expect(await names(db, list.search('le van an'))).toEqual(['Lê Văn An']);
    expect(list.size).toBe(5);
  });

  it('follows each save, verification and OCR reading of its entry, in the same transaction', async () => {
    const db = freshDatabase();
    const { onOne } = await book(db);
    await saveEntry(db, { bookId: 'book-1', pageId: null, id: onOne.id, kind: 'birth', typed: { 'registration.number': '10', 'child.fullName': 'Nguyễn Văn Anh', 'child.sex': 'Nam' } }, 'clerk');
    expect(await db.entryRows.get({ id: onOne.id })).toMatchObject({ name: 'Nguyễn Văn Anh', revision: 2, key: expect.stringContaining('000001') as unknown });
    await verifyEntry(db, onOne.id, 'clerk', () => []);
    expect((await db.entryRows.get({ id: onOne.id }))?.status).toBe('verified');

    const drafts = await createOcrDrafts(db, { bookId: 'book-1', pageId: page(3).id, kind: 'birth' }, [
      { index: 0, entryNo: '20', fields: { 'child.fullName': { value: 'Lý Văn Tư', raw: 'Lý Văn Tư', source: 'ocr', confidence: 90 } } },
    ]);
    const again = await createOcrDrafts(db, { bookId: 'book-1', pageId: page(3).id, kind: 'birth' }, [
      { index: 0, entryNo: '21', fields: { 'child.fullName': { value: 'Lý Văn Tứ', raw: 'Lý Văn Tứ', source: 'ocr', confidence: 90 } } },
    ]);
    expect(again.replaced).toBe(1);
    expect(await db.entryRows.get({ id: drafts.created[0]!.id })).toMatchObject({ deleted: true });
    expect(await db.entryRows.filter((row) => !row.deleted).count()).toBe(await db.entries.count());
  });
});

describe('entry rows: search', () => {
  it('finds by the words of the number, the names and the date, marks aside, each word a prefix, in reading order', async () => {
    const db = freshDatabase();
    await book(db);
    const list = await loadEntryList(db, 'book-1');
    expect(await names(db, list.search('nguyen van an'))).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Ánh']);
    expect(await names(db, list.search('NGUYỄN  thi'))).toEqual(['Nguyễn Thị Hoa']);
    expect(await names(db, list.search('1'))).toEqual(['Nguyễn Văn An', 'Nguyễn Thị Hoa', 'Trần Thị Bình']);
    expect(await names(db, list.search('binh 12'))).toEqual(['Trần Thị Bình']);
    expect(list.search('hoang')).toEqual([]);
    expect(list.search('  ')).toBeNull();
  });
});

describe('entry rows: stepping through a book', () => {
  it('goes to the entry before or after in reading order, and from nowhere to the first or last', async () => {
    const db = freshDatabase();
    const { onOne, alsoOne, onTwo, noPage } = await book(db);
    expect(await entryIdBeside(db, 'book-1', onOne.id, 1)).toBe(alsoOne.id);
    expect(await entryIdBeside(db, 'book-1', alsoOne.id, 1)).toBe(onTwo.id);
    expect(await entryIdBeside(db, 'book-1', onTwo.id, -1)).toBe(alsoOne.id);
    expect(await entryIdBeside(db, 'book-1', noPage.id, 1)).toBeNull();
    expect(await entryIdBeside(db, 'book-1', onOne.id, -1)).toBeNull();
    expect(await entryIdBeside(db, 'book-1', null, 1)).toBe(onOne.id);
    expect(await entryIdBeside(db, 'book-1', null, -1)).toBe(noPage.id);
  });

  it('finds the next draft after an entry, round the book, and none when all are verified', async () => {
    const db = freshDatabase();
    const { onOne, alsoOne, onTwo, noPage } = await book(db);
    await verifyEntry(db, onTwo.id, 'clerk', () => []);
    expect(await nextDraftId(db, 'book-1', alsoOne.id)).toBe(noPage.id);
    expect(await nextDraftId(db, 'book-1', noPage.id)).toBe(onOne.id);
    for (const entry of [onOne, alsoOne, noPage]) await verifyEntry(db, entry.id, 'clerk', () => []);
    expect(await nextDraftId(db, 'book-1', onOne.id)).toBeNull();
  });
});
