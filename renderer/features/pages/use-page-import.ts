// Import scans into a book, one file at a time; a bad file is reported and the rest go on. A multi-page
// TIFF adds all its pages, in order. Scans the watched folder imported arrive as events and join the book
// the same way. New pages are handed on (to the book's OCR queue); pages already there are reported.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportedFile } from '../../../shared/api/app-api.ts';
import { AppError } from '../../../shared/api/app-error.ts';
import type { Page } from '../../../shared/domain/entry.ts';
import { pageRanges } from '../../../shared/pages/tiff-pages.ts';
import { useDatabase } from '../../app/database-context.ts';
import { addPage } from '../../db/pages-repository.ts';
import { useAppClient } from '../../platform/app-client.ts';
import type { ScanSelection } from './scan-files.ts';

export type ImportNotice =
  | { kind: 'error'; error: unknown }
  /** `pages`: "1" or "4–6" (of this book) */
  | { kind: 'duplicate'; fileName: string; pages: string; otherBook?: string }
  | { kind: 'skipped'; count: number };

export interface ImportTarget {
  bookId: string;
  /** new pages of one imported file (picked or from the watched folder), in order */
  onPagesAdded: (pages: Page[]) => void;
  /** the first new page of files the clerk picked or dropped: shown at once (a watched scan never takes the screen) */
  onFirstPage: (page: Page) => void;
}

export function usePageImport({ bookId, onPagesAdded, onFirstPage }: ImportTarget) {
  const db = useDatabase();
  const client = useAppClient();
  const [importing, setImporting] = useState<string | null>(null);
  const [notices, setNotices] = useState<ImportNotice[]>([]);
  // The latest callback, so a watched-folder event never lands in a stale closure.
  const added = useRef(onPagesAdded);
  const first = useRef(onFirstPage);
  useEffect(() => {
    added.current = onPagesAdded;
    first.current = onFirstPage;
  }, [onFirstPage, onPagesAdded]);

  const notify = useCallback((notice: ImportNotice) => setNotices((n) => [...n, notice]), []);

  /** Records one imported file's pages; returns the new ones. */
  const addFile = useCallback(async (file: ImportedFile): Promise<Page[]> => {
    const fresh: Page[] = [];
    const seenHere: number[] = [];
    let elsewhere: { bookId: string; sequences: number[] } | null = null;
    for (const info of file.pages) {
      const { page, isNew } = await addPage(db, bookId, info);
      if (isNew) fresh.push(page);
      else if (page.bookId === bookId) seenHere.push(page.sequence);
      else (elsewhere ??= { bookId: page.bookId, sequences: [] }).sequences.push(page.sequence);
    }
    if (seenHere.length > 0) notify({ kind: 'duplicate', fileName: file.fileName, pages: pageRanges(seenHere) });
    if (elsewhere) {
      const other = await db.books.get(elsewhere.bookId);
      const otherBook = other ? `${other.communeAsWritten}, ${other.volume}, ${other.yearFrom}–${other.yearTo}` : undefined;
      notify({ kind: 'duplicate', fileName: file.fileName, pages: pageRanges(elsewhere.sequences), ...(otherBook ? { otherBook } : {}) });
    }
    return fresh;
  }, [bookId, db, notify]);

  const importFiles = useCallback(async ({ files, skipped }: ScanSelection) => {
    if (skipped > 0) notify({ kind: 'skipped', count: skipped });
    const fresh: Page[] = [];
    for (const file of files) {
      setImporting(file.name);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const pages = await addFile(await client.call('pages:import', { fileName: file.name, bytes }));
        // Handed on file by file, so the first page can be read while the rest are still arriving.
        if (fresh.length === 0 && pages[0]) first.current(pages[0]);
        if (pages.length > 0) added.current(pages);
        fresh.push(...pages);
      } catch (error) {
        notify({ kind: 'error', error });
      }
    }
    setImporting(null);
    return fresh;
  }, [addFile, client, notify]);

  useEffect(
    () => client.on('pages:watchImported', ({ fileName, pages, error }) => {
      if (error) {
        notify({ kind: 'error', error: new AppError(error) });
        return;
      }
      void addFile({ fileName, pages: pages ?? [] }).then(
        (fresh) => fresh.length > 0 && added.current(fresh),
        (e: unknown) => notify({ kind: 'error', error: e }),
      );
    }),
    [addFile, client, notify],
  );

  const dismiss = useCallback((index: number) => setNotices((n) => n.filter((_, i) => i !== index)), []);

  return { importFiles, importing, notices, dismiss };
}
