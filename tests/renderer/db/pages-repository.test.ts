import { describe, expect, it } from 'vitest';
import type { PageInfo } from '../../../shared/api/app-api.ts';
import { addPage, listPages, pagesInState, setOcrFailed, setOcrState } from '../../../renderer/db/pages-repository.ts';
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
