import type { PageInfo } from '../../shared/api/app-api.ts';
import type { LocalizedText } from '../../shared/domain/record-kinds.ts';
import type { OcrState, Page } from '../../shared/domain/entry.ts';
import type { SohoaDatabase } from './database.ts';

/** Records an imported scan in a book; a scan already in the book keeps its place and its OCR. */
export async function addPage(db: SohoaDatabase, bookId: string, info: PageInfo): Promise<{ page: Page; isNew: boolean }> {
  return db.transaction('rw', db.pages, async () => {
    const existing = await db.pages.get(info.sha256);
    if (existing) return { page: existing, isNew: false };
    const last = await db.pages.where('[bookId+sequence]').between([bookId, -Infinity], [bookId, Infinity]).last();
    const page: Page = {
      id: info.sha256,
      bookId,
      sequence: (last?.sequence ?? 0) + 1,
      fileName: info.fileName,
      ...(info.sourcePage ? { sourcePage: { index: info.sourcePage.index, count: info.sourcePage.count } } : {}),
      byteLength: info.byteLength,
      width: info.width,
      height: info.height,
      ocrState: 'pending',
      importedAt: new Date().toISOString(),
    };
    await db.pages.add(page);
    return { page, isNew: true };
  });
}

export function listPages(db: SohoaDatabase, bookId: string): Promise<Page[]> {
  return db.pages.where('[bookId+sequence]').between([bookId, -Infinity], [bookId, Infinity]).toArray();
}

/** Pages in the given OCR states, in book order: what a reopened book resumes, or what "OCR the whole book" queues. */
export async function pagesInState(db: SohoaDatabase, bookId: string, states: readonly OcrState[]): Promise<Page[]> {
  const pages = await db.pages.where('[bookId+ocrState]').anyOf(states.map((state) => [bookId, state])).toArray();
  return pages.sort((a, b) => a.sequence - b.sequence);
}

/** Moves pages to a state that carries no result (waiting, being read, cancelled); an earlier result stays. */
export async function setOcrState(db: SohoaDatabase, pageIds: readonly string[], ocrState: 'pending' | 'running' | 'cancelled'): Promise<void> {
  await db.pages.where('id').anyOf(pageIds).modify({ ocrState });
}

export async function setOcrFailed(db: SohoaDatabase, pageId: string, error: LocalizedText): Promise<void> {
  await db.pages.update(pageId, { ocrState: 'failed', ocrError: { vi: error.vi, en: error.en } });
}
