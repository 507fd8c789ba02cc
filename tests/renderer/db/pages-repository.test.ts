import { describe, expect, it } from 'vitest';
import type { PageInfo } from '../../../shared/api/app-api.ts';
import { addPage, listPages } from '../../../renderer/db/pages-repository.ts';
import { freshDatabase } from '../support/render-app.tsx';

const info = (sha: string, fileName: string): PageInfo => ({ sha256: sha.repeat(64), fileName, format: 'jpeg', width: 10, height: 10, byteLength: 100, alreadyImported: false });

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
});
