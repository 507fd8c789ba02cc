import type { PageInfo } from '../../shared/api/app-api.ts';
import type { Page } from '../../shared/domain/entry.ts';
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

export async function setOcrState(db: SohoaDatabase, pageId: string, update: Pick<Page, 'ocrState'> & Partial<Pick<Page, 'ocrText' | 'ocrConfidence'>>): Promise<void> {
  await db.pages.update(pageId, update);
}
