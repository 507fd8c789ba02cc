import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../renderer/db/database.ts';

describe('database upgrade from version 1', () => {
  it('sends pages that only had raw OCR text back to the queue, and keeps the rest', async () => {
    const name = `sohoa-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({ books: 'id, kind, createdAt', pages: 'id, bookId, [bookId+sequence]', entries: 'id, bookId, pageId, status, updatedAt', outbox: 'opId', audit: 'id' });
    const base = { bookId: 'b1', byteLength: 1, width: 1, height: 1, importedAt: '2026-11-01T00:00:00.000Z' };
    await old.table('pages').bulkAdd([
      { ...base, id: 'a'.repeat(64), sequence: 1, fileName: '1.jpg', ocrState: 'done', ocrText: 'SỔ ĐĂNG KÝ KHAI SINH', ocrConfidence: 71 },
      { ...base, id: 'b'.repeat(64), sequence: 2, fileName: '2.jpg', ocrState: 'failed' },
    ]);
    old.close();

    const db = openDatabase(name);
    expect(db.verno).toBe(schemaVersion);
    const pages = await db.pages.orderBy('id').toArray();
    expect(pages.map((p) => p.ocrState)).toEqual(['pending', 'failed']);
    expect(pages[0]).not.toHaveProperty('ocrText');
    expect(pages[0]).not.toHaveProperty('ocrConfidence');
    expect(await db.extractions.count()).toBe(0);
    db.close();
  });
});

describe('database upgrade from version 2', () => {
  it('builds the list row of every entry kept, in reading order', async () => {
    const name = `sohoa-upgrade-2-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({ books: 'id, kind, createdAt', pages: 'id, bookId, [bookId+sequence]', entries: 'id, bookId, pageId, status, updatedAt', outbox: 'opId', audit: 'id' });
    old.version(2).stores({ pages: 'id, bookId, [bookId+sequence], [bookId+ocrState]', extractions: 'page' });
    const pageId = 'c'.repeat(64);
    await old.table('pages').add({ id: pageId, bookId: 'b1', sequence: 7, fileName: '7.jpg', byteLength: 1, width: 1, height: 1, importedAt: '2026-11-01T00:00:00.000Z', ocrState: 'done' });
    const entry = (id: string, onPage: string | null, name: string) => ({
      id, bookId: 'b1', pageId: onPage, kind: 'birth', entryNo: id, status: 'draft', revision: 1, updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'x', warnings: [],
      fields: { 'child.fullName': { value: name, raw: name, source: 'typed' } },
    });
    await old.table('entries').bulkAdd([entry('2', null, 'Lê Thị Hoa'), entry('1', pageId, 'Trần Văn Bình')]);
    old.close();

    const db = openDatabase(name);
    const rows = await db.entryRows.orderBy('key').toArray();
    expect(rows.map((r) => [r.id, r.name])).toEqual([['1', 'Trần Văn Bình'], ['2', 'Lê Thị Hoa']]);
    expect(rows[0]?.words).toContain('binh');
    db.close();
  });
});
