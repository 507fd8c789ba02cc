// A page's extraction lands in one transaction: the page's OCR summary for the grid, the extraction itself
// for the panel, and the draft entries with their audit rows. A page marked done always has its drafts.
import type { Page } from '../../shared/domain/entry.ts';
import { ocrDrafts } from '../../shared/ocr/ocr-drafts.ts';
import type { PageExtraction } from '../../shared/ocr/ocr-types.ts';
import type { SohoaDatabase, StoredExtraction } from './database.ts';
import { createOcrDrafts, type OcrDraftsResult } from './entries-repository.ts';

export interface RecordedExtraction extends OcrDraftsResult {
  page: Page;
}

/** Stores what OCR read on a page and makes its drafts; null when the page is no longer in any book. */
export async function recordExtraction(db: SohoaDatabase, extraction: PageExtraction): Promise<RecordedExtraction | null> {
  return db.transaction('rw', [db.books, db.pages, db.entries, db.entryRows, db.audit, db.extractions], async () => {
    const stored = await db.pages.get(extraction.page);
    const book = stored && (await db.books.get(stored.bookId));
    if (!stored || !book) return null;

    const drafts = ocrDrafts(extraction, book);
    const result = await createOcrDrafts(db, { bookId: book.id, pageId: stored.id, kind: book.kind }, drafts);
    const draftIds = extraction.entries.map((entry) => {
      const at = drafts.findIndex((draft) => draft.index === entry.index);
      return result.created[at]?.id ?? null;
    });
    // read again: making the drafts wrote where the page's entries stand
    const { ocrError: _previousError, ...rest } = (await db.pages.get(stored.id)) ?? stored;
    const page: Page = {
      ...rest,
      ocrState: 'done',
      ocrConfidence: extraction.confidence,
      entryCount: drafts.length,
      issues: extraction.issues,
    };
    await db.pages.put(page);
    await db.extractions.put({ page: page.id, extraction, draftIds, keptPersonEntries: result.keptPersonEntries, storedAt: new Date().toISOString() });
    return { ...result, page };
  });
}

export async function getExtraction(db: SohoaDatabase, pageId: string): Promise<StoredExtraction | null> {
  return (await db.extractions.get(pageId)) ?? null;
}
