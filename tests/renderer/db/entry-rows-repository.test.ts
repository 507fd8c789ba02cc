import { describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/domain/entry.ts';
import { createOcrDrafts, saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { entryIdBeside, entryRowsByKeys, entryRowsChangedSince, loadEntryList, nextDraftId, registrationNumberFindings, saveEntryListSnapshot } from '../../../renderer/db/entry-rows-repository.ts';
import type { EntryRow } from '../../../shared/domain/entry-rows.ts';
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

describe('entry rows: registration numbers', () => {
  const birth = (db: SohoaDatabase, pageId: string | null, no: string, name: string, date = '') =>
    saveEntry(db, { bookId: 'book-1', pageId, kind: 'birth', typed: { 'registration.number': no, 'child.fullName': name, ...(date ? { 'registration.date': date } : {}) } }, 'clerk');

  it('completes rows written before they carried the number and year, from their entries, once, and reads no older snapshot', async () => {
    const db = freshDatabase();
    await addBook(db, 'book-1');
    await db.pages.bulkAdd([page(1), page(2)]);
    const first = await birth(db, page(1).id, '012/2003', 'Nguyễn Văn An');
    await birth(db, page(2).id, '13', 'Trần Thị Bình', '05/03/2003');
    await birth(db, page(2).id, '', 'Lê Văn Cường');
    // as the previous version left them: rows without the two, and a snapshot of its layout
    await db.entryRows.toCollection().modify((row: Partial<EntryRow>) => {
      delete row.registrationNumber;
      delete row.registrationYear;
    });
    const upTo = (await db.entryRows.get({ id: first.id }))!.seq;
    await db.entryListSnapshots.put({ bookId: 'book-1', upTo, lines: `000001\u0001${first.id}\tnguyen van an` });

    const list = await loadEntryList(db, 'book-1');
    expect(list.numbering()).toMatchObject({ numbers: [12, 13, 0], years: [2003, 2003, 0] });
    expect((await db.entryRows.orderBy('key').toArray()).map((r) => [r.registrationNumber, r.registrationYear])).toEqual([[12, 2003], [13, 2003], [null, null]]);
    expect((await db.entryListSnapshots.get('book-1'))?.format).toBe(2);
    const again = await loadEntryList(db, 'book-1');
    expect(again.numbering()).toEqual(list.numbering());
    expect(await names(db, again.search('nguyen'))).toEqual(['Nguyễn Văn An']);
  });

  it('finds an entry’s number used again in its year and the numbers missing before it, naming the entry to look at', async () => {
    const db = freshDatabase();
    await addBook(db, 'book-1');
    await db.pages.bulkAdd([page(1), page(2)]);
    await birth(db, page(1).id, '1', 'Nguyễn Văn An');
    await birth(db, page(1).id, '2', 'Trần Thị Bình');
    const again = await birth(db, page(2).id, '002', 'Lê Văn Cường');
    const after = await birth(db, page(2).id, '5', 'Phạm Thị Dung');
    const list = await loadEntryList(db, 'book-1');
    const years = { from: 2003, to: 2003 };

    const duplicate = await registrationNumberFindings(db, list, years, again.id);
    expect(duplicate.map((f) => [f.code, f.severity])).toEqual([['registration.numberDuplicate', 'error']]);
    expect(duplicate[0]!.message.vi).toBe('Số 2 năm 2003 đã dùng cho mục khác của sổ: số "2", Trần Thị Bình, trang 1, mục thứ 2.');
    const gap = await registrationNumberFindings(db, list, years, after.id);
    expect(gap.map((f) => [f.code, f.severity])).toEqual([['registration.numberGap', 'warning']]);
    expect(gap[0]!.message.en).toBe('Numbers 3–4 of 2003 are missing: the number before it in this book is number "002", Lê Văn Cường, page 2, entry 1 on it.');
    // in a book of several years, entries with no registration date are not counted yet
    expect(await registrationNumberFindings(db, list, { from: 2003, to: 2004 }, again.id)).toEqual([]);
    expect(await registrationNumberFindings(db, list, years, 'no-such-entry')).toEqual([]);
  });
});
