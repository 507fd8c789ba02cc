import { describe, expect, it } from 'vitest';
import type { PageInfo } from '../../../shared/api/app-api.ts';
import { addPage, listPages, pageRemovedReason, pageRemoval, pagesInState, removePage, setOcrFailed, setOcrState } from '../../../renderer/db/pages-repository.ts';
import { saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { AppError } from '../../../shared/api/app-error.ts';
import { addBook } from '../support/books.ts';
import { freshDatabase } from '../support/render-app.tsx';

const info = (sha: string, fileName: string, extra: Partial<PageInfo> = {}): PageInfo => ({ sha256: sha.repeat(64), fileName, format: 'jpeg', width: 10, height: 10, byteLength: 100, alreadyImported: false, ...extra });

describe('pages repository', () => {
  it('numbers pages in import order per book', async () => {
    const db = freshDatabase();
    await addPage(db, 'b1', info('a', '1.jpg'));
    await addPage(db, 'b2', info('b', 'x.jpg'));
    await addPage(db, 'b1', info('c', '2.jpg'));
    expect((await listPages(db, 'b1')).map((p) => [p.sequence, p.fileName])).toEqual([[1, '1.jpg'], [2, '2.jpg']]);
    expect((await listPages(db, 'b2')).map((p) => p.sequence)).toEqual([1]);
  });

  it('keeps one page per scan: a second import returns the first, wherever it is', async () => {
    const db = freshDatabase();
    const first = await addPage(db, 'b1', info('a', '1.jpg'));
    const again = await addPage(db, 'b2', info('a', 'copy.jpg'));
    expect(first.isNew).toBe(true);
    expect(again).toEqual({ page: first.page, isNew: false });
    expect(await db.pages.count()).toBe(1);
  });

  it('keeps which page of a multi-page TIFF each page is, and starts every page waiting for OCR', async () => {
    const db = freshDatabase();
    const { page } = await addPage(db, 'b1', info('d', 'so-06.tif', { format: 'tiff', sourcePage: { index: 2, count: 3 } }));
    expect(page).toMatchObject({ fileName: 'so-06.tif', sourcePage: { index: 2, count: 3 }, ocrState: 'pending' });
    expect(await db.pages.get(page.id)).toEqual(page);
  });

  it('finds a book’s pages in given OCR states, in book order', async () => {
    const db = freshDatabase();
    for (const [sha, name] of [['a', '1.jpg'], ['b', '2.jpg'], ['c', '3.jpg'], ['d', '4.jpg']] as const) await addPage(db, 'b1', info(sha, name));
    await addPage(db, 'b2', info('e', 'other.jpg'));
    await setOcrState(db, ['c'.repeat(64)], 'running');
    await setOcrFailed(db, 'b'.repeat(64), { vi: 'Nhận dạng thất bại', en: 'OCR failed' });
    await setOcrState(db, ['d'.repeat(64)], 'cancelled');
    const names = async (states: Parameters<typeof pagesInState>[2]) => (await pagesInState(db, 'b1', states)).map((p) => p.fileName);
    expect(await names(['pending', 'running'])).toEqual(['1.jpg', '3.jpg']);
    expect(await names(['failed', 'cancelled'])).toEqual(['2.jpg', '4.jpg']);
    expect((await db.pages.get('b'.repeat(64)))).toMatchObject({ ocrState: 'failed', ocrError: { vi: 'Nhận dạng thất bại', en: 'OCR failed' } });
  });
});

describe('pages repository: removing a page', () => {
  const sha = 'e'.repeat(64);
  const typed = { 'registration.number': '1', 'registration.date': '12/06/2003', 'child.fullName': 'Lê Văn An', 'child.sex': 'Nam', 'child.birthDate': '06/06/2003', 'child.birthPlace': 'xã Thạnh Trị' };
  async function pageWithDrafts() {
    const db = freshDatabase();
    await addBook(db, 'b1');
    await addPage(db, 'b1', info('e', 'blank.jpg'));
    await addPage(db, 'b1', info('f', 'next.jpg'));
    const drafts = [await saveEntry(db, { bookId: 'b1', pageId: sha, kind: 'birth', typed }, 'clerk'), await saveEntry(db, { bookId: 'b1', pageId: sha, kind: 'birth', typed: { ...typed, 'registration.number': '2' } }, 'clerk')];
    return { db, drafts };
  }

  it('removes the page with its drafts (each audited with the reason, gone from the list) and its extraction; the other pages stay', async () => {
    const { db, drafts } = await pageWithDrafts();
    await db.extractions.put({ page: sha, extraction: {} as never, draftIds: [], keptPersonEntries: false, storedAt: '' });
    expect(await pageRemoval(db, sha)).toEqual({ drafts: 2, blocking: 0 });
    await removePage(db, sha, 'clerk-2');
    expect((await listPages(db, 'b1')).map((p) => p.fileName)).toEqual(['next.jpg']);
    expect(await db.entries.count()).toBe(0);
    expect(await db.extractions.get(sha)).toBeUndefined();
    for (const draft of drafts) {
      expect((await db.audit.where('entityId').equals(draft.id).toArray()).at(-1)).toMatchObject({ action: 'delete', actor: 'clerk-2', reason: pageRemovedReason });
      expect(await db.entryRows.where('id').equals(draft.id).first()).toMatchObject({ deleted: true });
    }
  });

  it('refuses, changing nothing, while the page holds a verified entry, and counts it', async () => {
    const { db, drafts } = await pageWithDrafts();
    await verifyEntry(db, drafts[0]!.id, 'clerk', () => []);
    expect(await pageRemoval(db, sha)).toEqual({ drafts: 1, blocking: 1 });
    const error = await removePage(db, sha, 'clerk').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'page-has-verified', vi: expect.stringContaining('1 mục') as string });
    expect(await db.pages.get(sha)).toBeDefined();
    expect(await db.entries.count()).toBe(2);
    expect(await db.outbox.count()).toBe(1);
  });
});
