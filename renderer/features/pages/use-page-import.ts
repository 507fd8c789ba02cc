// Import scans into a book, one file at a time; a bad file is reported and the rest go on. A multi-page
// TIFF or a PDF adds all its pages, in order. Scans the watched folder imported arrive as events and join
// the book the same way. New pages are handed on (to the book's OCR queue). What happened is told as one
// notice per batch (the files picked or dropped together, or what the watched folder brought in a row),
// newest first, which opens to what the clerk may need to act on: refused files, pages already there.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportedFile } from '../../../shared/api/app-api.ts';
import { AppError } from '../../../shared/api/app-error.ts';
import type { Page } from '../../../shared/domain/entry.ts';
import { pageRanges } from '../../../shared/pages/tiff-pages.ts';
import { useDatabase } from '../../app/database-context.ts';
import { addPage } from '../../db/pages-repository.ts';
import { useAppClient } from '../../platform/app-client.ts';
import type { ScanSelection } from './scan-files.ts';

export type ImportDetail =
  | { kind: 'error'; error: unknown }
  /** `pages`: "1" or "4–6" (of this book) */
  | { kind: 'duplicate'; fileName: string; pages: string; otherBook?: string }
  | { kind: 'skipped'; count: number };

/** What became of one file: it gave new pages, only pages already there, or none at all. */
type FileOutcome = 'imported' | 'duplicate' | 'failed';

export interface ImportBatch {
  id: number;
  /** brought by the watched folder rather than picked or dropped by the clerk */
  watched: boolean;
  /** files done so far, by what became of each */
  imported: number;
  duplicate: number;
  failed: number;
  /** files of a picked folder that are not scans */
  skipped: number;
  /** in the order the files were taken */
  details: ImportDetail[];
}

function newBatch(id: number, watched: boolean, skipped = 0): ImportBatch {
  return { id, watched, imported: 0, duplicate: 0, failed: 0, skipped, details: skipped > 0 ? [{ kind: 'skipped', count: skipped }] : [] };
}

function withFile(batch: ImportBatch, outcome: FileOutcome, details: readonly ImportDetail[]): ImportBatch {
  return { ...batch, [outcome]: batch[outcome] + 1, details: [...batch.details, ...details] };
}

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
  const [batches, setBatches] = useState<ImportBatch[]>([]);
  const nextBatchId = useRef(1);
  // The latest callback, so a watched-folder event never lands in a stale closure.
  const added = useRef(onPagesAdded);
  const first = useRef(onFirstPage);
  useEffect(() => {
    added.current = onPagesAdded;
    first.current = onFirstPage;
  }, [onFirstPage, onPagesAdded]);

  /**
   * Counts a file in its batch, a new batch when `batchId` is null (or the batch was dismissed meanwhile);
   * the batch moves to the top, being the newest news. Returns the batch's id.
   */
  const record = useCallback((batchId: number | null, watched: boolean, outcome: FileOutcome, details: readonly ImportDetail[]): number => {
    const id = batchId ?? nextBatchId.current++;
    setBatches((all) => {
      const batch = all.find((b) => b.id === id) ?? newBatch(id, watched);
      return [withFile(batch, outcome, details), ...all.filter((b) => b.id !== id)];
    });
    return id;
  }, []);

  /** Records one imported file's pages; returns the new ones and what the clerk should be told. */
  const addFile = useCallback(async (file: ImportedFile): Promise<{ fresh: Page[]; details: ImportDetail[] }> => {
    const details: ImportDetail[] = file.error ? [{ kind: 'error', error: new AppError(file.error) }] : [];
    const fresh: Page[] = [];
    const seenHere: number[] = [];
    let elsewhere: { bookId: string; sequences: number[] } | null = null;
    for (const info of file.pages) {
      const { page, isNew } = await addPage(db, bookId, info);
      if (isNew) fresh.push(page);
      else if (page.bookId === bookId) seenHere.push(page.sequence);
      else (elsewhere ??= { bookId: page.bookId, sequences: [] }).sequences.push(page.sequence);
    }
    if (seenHere.length > 0) details.push({ kind: 'duplicate', fileName: file.fileName, pages: pageRanges(seenHere) });
    if (elsewhere) {
      const other = await db.books.get(elsewhere.bookId);
      const otherBook = other ? `${other.communeAsWritten}, ${other.volume}, ${other.yearFrom}–${other.yearTo}` : undefined;
      details.push({ kind: 'duplicate', fileName: file.fileName, pages: pageRanges(elsewhere.sequences), ...(otherBook ? { otherBook } : {}) });
    }
    return { fresh, details };
  }, [bookId, db]);

  /** Imports one file; `batch` is the batch's id once it has one. */
  const importOne = useCallback(async (batch: number, file: File): Promise<Page[]> => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const imported = await client.call('pages:import', { fileName: file.name, bytes });
      const { fresh, details } = await addFile(imported);
      record(batch, false, fresh.length > 0 ? 'imported' : imported.pages.length > 0 ? 'duplicate' : 'failed', details);
      return fresh;
    } catch (error) {
      record(batch, false, 'failed', [{ kind: 'error', error }]);
      return [];
    }
  }, [addFile, client, record]);

  const importFiles = useCallback(async ({ files, skipped }: ScanSelection) => {
    const batch = nextBatchId.current++;
    setBatches((all) => [newBatch(batch, false, skipped), ...all]);
    const fresh: Page[] = [];
    for (const file of files) {
      setImporting(file.name);
      const pages = await importOne(batch, file);
      // Handed on file by file, so the first page can be read while the rest are still arriving.
      if (fresh.length === 0 && pages[0]) first.current(pages[0]);
      if (pages.length > 0) added.current(pages);
      fresh.push(...pages);
    }
    setImporting(null);
    return fresh;
  }, [importOne]);

  // The watched folder's files join one batch while no batch of the clerk's comes between them.
  const watchBatch = useRef<number | null>(null);
  useEffect(
    () => client.on('pages:watchImported', ({ fileName, pages, error }) => {
      const join = (outcome: FileOutcome, details: readonly ImportDetail[]) => {
        const current = watchBatch.current;
        watchBatch.current = record(current !== null && nextBatchId.current === current + 1 ? current : null, true, outcome, details);
      };
      if (error && !pages?.length) {
        join('failed', [{ kind: 'error', error: new AppError(error) }]);
        return;
      }
      void addFile({ fileName, pages: pages ?? [], ...(error && { error }) }).then(
        ({ fresh, details }) => {
          join(fresh.length > 0 ? 'imported' : 'duplicate', details);
          if (fresh.length > 0) added.current(fresh);
        },
        (e: unknown) => join('failed', [{ kind: 'error', error: e }]),
      );
    }),
    [addFile, client, record],
  );

  const dismissAll = useCallback(() => setBatches([]), []);

  return { importFiles, importing, batches, dismissAll };
}
