import type { PageInfo } from '../../shared/api/app-api.ts';
import type { LocalizedText } from '../../shared/domain/record-kinds.ts';
import type { OcrState, Page } from '../../shared/domain/entry.ts';
import { AppError } from '../../shared/api/app-error.ts';
import type { SohoaDatabase } from './database.ts';
import { removeEntry } from './entries-repository.ts';

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

/** The page is to be read as this edition (null: the book's own) from now on: it goes back to the queue. */
export async function setPageEdition(db: SohoaDatabase, pageId: string, templateId: string | null): Promise<void> {
  await db.pages.where('id').equals(pageId).modify((page: Page) => {
    if (templateId === null) delete page.templateId;
    else page.templateId = templateId;
    page.ocrState = 'pending';
  });
}

export async function setOcrFailed(db: SohoaDatabase, pageId: string, error: LocalizedText): Promise<void> {
  await db.pages.update(pageId, { ocrState: 'failed', ocrError: { vi: error.vi, en: error.en } });
}

/** What the audit gives as the reason for the drafts removed with their page. */
export const pageRemovedReason = 'Gỡ trang khỏi sổ';

/** What removing a page would take with it: its drafts; `blocking` entries (verified, queued, sent) must be deleted first. */
export async function pageRemoval(db: SohoaDatabase, pageId: string): Promise<{ drafts: number; blocking: number }> {
  const entries = await db.entries.where('pageId').equals(pageId).toArray();
  const drafts = entries.filter((entry) => entry.status === 'draft').length;
  return { drafts, blocking: entries.length - drafts };
}

/**
 * Removes a page from its book with its draft entries (each deleted as a person deletes one, audited) and
 * its extraction, in one transaction; refused (AppError 'page-has-verified'), nothing changed, while the
 * page holds an entry that is not a draft. The image stays in the Node side's store: it is kept by its
 * SHA-256, entries already sent may cite it, and importing the same scan again is then instant.
 */
export async function removePage(db: SohoaDatabase, pageId: string, actor: string): Promise<void> {
  await db.transaction('rw', [db.pages, db.entries, db.entryRows, db.audit, db.outbox, db.extractions], async () => {
    const entries = await db.entries.where('pageId').equals(pageId).toArray();
    const blocking = entries.filter((entry) => entry.status !== 'draft').length;
    if (blocking > 0) throw AppError.of('page-has-verified', { count: blocking });
    const now = new Date();
    for (const entry of entries) await removeEntry(db, entry, pageRemovedReason, actor, now);
    await db.extractions.delete(pageId);
    await db.pages.delete(pageId);
  });
}
