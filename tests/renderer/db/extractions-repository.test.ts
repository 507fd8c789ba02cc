import { describe, expect, it } from 'vitest';
import { createBook } from '../../../renderer/db/books-repository.ts';
import { saveEntry } from '../../../renderer/db/entries-repository.ts';
import { getExtraction, recordExtraction } from '../../../renderer/db/extractions-repository.ts';
import { addPage, setOcrFailed } from '../../../renderer/db/pages-repository.ts';
import { pageIssue } from '../../../shared/ocr/page-issues.ts';
import { freshDatabase } from '../support/render-app.tsx';
import { birthEntry, extractedField, extractionOf, pageInfo, shaOf } from '../support/page-extraction.ts';

async function setup() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '06', yearFrom: 2003, yearTo: 2003 });
  const { page } = await addPage(db, book.id, pageInfo(shaOf(1), 'trang-1.jpg'));
  return { db, book, page };
}

describe('recordExtraction', () => {
  it('marks the page done with what the grid shows, keeps the extraction, and links each entry read to its draft', async () => {
    const { db, book, page } = await setup();
    await setOcrFailed(db, page.id, { vi: 'lỗi trước', en: 'earlier failure' });
    const empty = { index: 2, box: null, fields: { 'child.fullName': extractedField('', { lowConfidence: true }) } };
    const extraction = extractionOf(page.id, [birthEntry(0, '390', 'Hoàng Văn Sỹ Thực', { lowName: true }), birthEntry(1, '391', 'Lê Thị Hoa'), empty], {
      issues: [pageIssue('turned-upside-down')],
      confidence: 77.4,
    });
    const recorded = await recordExtraction(db, extraction);
    expect(recorded!.created.map((e) => e.entryNo)).toEqual(['390', '391']);

    const stored = await db.pages.get(page.id);
    expect(stored).toMatchObject({ ocrState: 'done', ocrConfidence: 77.4, entryCount: 2, issues: [pageIssue('turned-upside-down')] });
    // where the page's new drafts stand, as making them wrote it
    expect(stored!.keying).toEqual({ entries: 2, unchecked: 1, drafts: 2, verified: 0, synced: 0, attention: 0 });
    expect(stored).not.toHaveProperty('ocrError');
    const kept = await getExtraction(db, page.id);
    expect(kept).toMatchObject({ extraction, keptPersonEntries: false, draftIds: [recorded!.created[0]!.id, recorded!.created[1]!.id, null] });
    const drafts = await db.entries.where('pageId').equals(page.id).toArray();
    expect(drafts.every((d) => d.bookId === book.id && d.kind === 'birth')).toBe(true);
  });

  it('stores a reading of a page a person already keyed without making drafts', async () => {
    const { db, book, page } = await setup();
    await saveEntry(db, { bookId: book.id, pageId: page.id, kind: 'birth', typed: { 'child.fullName': 'Lê Văn A' } }, 'clerk-1');
    const recorded = await recordExtraction(db, extractionOf(page.id, [birthEntry(0, '390', 'Lê Văn A')]));
    expect(recorded).toMatchObject({ created: [], keptPersonEntries: true });
    expect(await getExtraction(db, page.id)).toMatchObject({ keptPersonEntries: true, draftIds: [null] });
    expect((await db.pages.get(page.id))!.ocrState).toBe('done');
    expect(await db.entries.count()).toBe(1);
  });

  it('ignores the reading of a page no book holds', async () => {
    const { db } = await setup();
    expect(await recordExtraction(db, extractionOf(shaOf(9), [birthEntry(0, '1', 'A')]))).toBeNull();
    expect(await db.entries.count()).toBe(0);
  });
});
