// Import a batch of scans into a book, one file at a time; a bad file is reported and the rest go on.
// Each new page is then recognized on the Node side, with progress shown as it comes. Pages whose OCR
// was cut short (the window closed or reloaded) are recognized again when the book is opened.
import { useCallback, useEffect, useState } from 'react';
import type { Page } from '../../../shared/domain/entry.ts';
import { useDatabase } from '../../app/database-context.ts';
import { addPage, listPages, setOcrState } from '../../db/pages-repository.ts';
import { useAppClient } from '../../platform/app-client.ts';

export type ImportNotice =
  | { kind: 'error'; error: unknown }
  | { kind: 'duplicate'; fileName: string; sequence: number; otherBook?: string };

/** Pages being recognized by this window, so a page is never sent twice at once. */
const recognizing = new Set<string>();

export function usePageImport(bookId: string, onPageReady: (page: Page) => void) {
  const db = useDatabase();
  const client = useAppClient();
  const [importing, setImporting] = useState<string | null>(null);
  const [notices, setNotices] = useState<ImportNotice[]>([]);
  const [progress, setProgress] = useState<Record<string, number>>({});

  useEffect(
    () => client.on('ocr:progress', ({ sha256, status, progress: value }) => {
      if (status === 'recognizing text') setProgress((p) => ({ ...p, [sha256]: value }));
    }),
    [client],
  );

  const recognize = useCallback(async (pageId: string) => {
    if (recognizing.has(pageId)) return;
    recognizing.add(pageId);
    try {
      await setOcrState(db, pageId, { ocrState: 'running' });
      const result = await client.call('ocr:recognizePage', { sha256: pageId });
      await setOcrState(db, pageId, { ocrState: 'done', ocrText: result.text, ocrConfidence: result.confidence });
    } catch (error) {
      await setOcrState(db, pageId, { ocrState: 'failed' });
      setNotices((n) => [...n, { kind: 'error', error }]);
    } finally {
      recognizing.delete(pageId);
    }
  }, [client, db]);

  useEffect(() => {
    let cancelled = false;
    void listPages(db, bookId).then(async (pages) => {
      for (const page of pages) {
        if (cancelled) return;
        if (page.ocrState === 'pending' || page.ocrState === 'running') await recognize(page.id);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [bookId, db, recognize]);

  const importFiles = useCallback(async (files: File[]) => {
    const toRecognize: string[] = [];
    for (const file of files) {
      setImporting(file.name);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const info = await client.call('pages:import', { fileName: file.name, bytes });
        const { page, isNew } = await addPage(db, bookId, info);
        if (isNew) {
          toRecognize.push(page.id);
        } else {
          const other = page.bookId === bookId ? undefined : await db.books.get(page.bookId);
          const otherBook = other && `${other.communeAsWritten}, ${other.volume}, ${other.yearFrom}–${other.yearTo}`;
          setNotices((n) => [...n, { kind: 'duplicate', fileName: file.name, sequence: page.sequence, otherBook }]);
        }
        if (page.bookId === bookId) onPageReady(page);
      } catch (error) {
        setNotices((n) => [...n, { kind: 'error', error }]);
      }
    }
    setImporting(null);
    for (const pageId of toRecognize) await recognize(pageId);
  }, [bookId, client, db, onPageReady, recognize]);

  const dismiss = useCallback((index: number) => setNotices((n) => n.filter((_, i) => i !== index)), []);

  return { importFiles, recognize, importing, notices, dismiss, progress };
}
