// The open book's background OCR, wired to the Node side and to IndexedDB. Opening a book resumes the
// pages a reload left waiting or half-read; closing it stops sending pages, and those still waiting stay
// `pending` for next time. Every step is a call that answers later, so typing is never held up.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { AppError } from '../../../shared/api/app-error.ts';
import type { Book } from '../../../shared/domain/entry.ts';
import { describeError } from '../../app/error-notice.tsx';
import { useDatabase } from '../../app/database-context.ts';
import type { SohoaDatabase } from '../../db/database.ts';
import { recordExtraction } from '../../db/extractions-repository.ts';
import { pagesInState, setOcrFailed, setOcrState, setPageEdition } from '../../db/pages-repository.ts';
import { useAppClient, type AppClient } from '../../platform/app-client.ts';
import { BookOcrQueue, type OcrOutcome, type OcrPriority, type OcrQueueSnapshot } from './book-ocr-queue.ts';

/** Pages being read for each database, whichever queue sent them: a page is never sent twice at once. */
const readingIn = new WeakMap<SohoaDatabase, Map<string, Promise<OcrOutcome>>>();

interface PageJob {
  db: SohoaDatabase;
  client: AppClient;
  templateId: string;
  placeDate: string;
}

async function readPage({ db, client, templateId, placeDate }: PageJob, pageId: string, priority: OcrPriority): Promise<OcrOutcome> {
  try {
    await setOcrState(db, [pageId], 'running');
    // a page the clerk chose to read as another edition than the book's
    const asEdition = (await db.pages.get(pageId))?.templateId ?? templateId;
    const extraction = await client.call('ocr:extractPage', { sha256: pageId, templateId: asEdition, priority, placeDate });
    await recordExtraction(db, extraction);
    return { kind: 'done', fromCache: extraction.fromCache };
  } catch (error) {
    if (error instanceof AppError && error.code === 'ocr-cancelled') {
      await setOcrState(db, [pageId], 'cancelled');
      return { kind: 'cancelled' };
    }
    await setOcrFailed(db, pageId, describeError(error));
    return { kind: 'failed' };
  }
}

function runOnce(job: PageJob, pageId: string, priority: OcrPriority): Promise<OcrOutcome> {
  const reading = readingIn.get(job.db) ?? new Map<string, Promise<OcrOutcome>>();
  readingIn.set(job.db, reading);
  const current = reading.get(pageId);
  if (current) return current;
  const run = readPage(job, pageId, priority)
    .catch((): OcrOutcome => ({ kind: 'failed' }))
    .finally(() => reading.delete(pageId));
  reading.set(pageId, run);
  return run;
}

function createQueue(job: PageJob): BookOcrQueue {
  return new BookOcrQueue({
    run: (pageId, priority) => runOnce(job, pageId, priority),
    cancel: (pageId) => void job.client.call('ocr:cancel', { sha256: pageId }).catch(() => undefined),
    markCancelled: (pageIds) => void setOcrState(job.db, pageIds, 'cancelled'),
    now: () => performance.now(),
  });
}

const idle: OcrQueueSnapshot = { waiting: [], running: [], paused: false, progress: new Map() };
const noQueue = { subscribe: () => () => undefined, getSnapshot: () => idle };

export interface BookOcr {
  /** the queue's state, for useOcrSnapshot: only the parts that show it redraw as pages progress */
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => OcrQueueSnapshot;
  /** time left for the queue, or null while nothing says yet */
  remainingMs: () => number | null;
  /** new pages join the queue */
  enqueue: (pageIds: readonly string[]) => void;
  /** the page now on screen, read first (also set from `focusPageId` once rendered) */
  show: (pageId: string) => void;
  /** queues every page not read yet (waiting, failed, cancelled) and lifts a pause */
  ocrWholeBook: () => Promise<void>;
  /** reads one page again, first in line */
  retry: (pageId: string) => Promise<void>;
  /** reads one page again as another edition than the book's (null: the book's), first in line */
  readAs: (pageId: string, templateId: string | null) => Promise<void>;
  pause: () => void;
  resume: () => void;
  cancel: () => void;
  /** a page removed from the book leaves the queue */
  remove: (pageId: string) => void;
}

export function useBookOcr(book: Book | null | undefined, focusPageId: string | null): BookOcr {
  const db = useDatabase();
  const client = useAppClient();
  const bookId = book?.id;
  const templateId = book?.templateId;
  // The register's places are named as they were when it was opened; the entry form refines per entry.
  const placeDate = book ? `${String(book.yearFrom).padStart(4, '0')}-01-01` : undefined;

  const queue = useMemo(
    () => (templateId === undefined || placeDate === undefined ? null : createQueue({ db, client, templateId, placeDate })),
    [client, db, placeDate, templateId],
  );

  useEffect(() => {
    if (!queue || bookId === undefined) return;
    queue.start();
    void pagesInState(db, bookId, ['pending', 'running']).then((pages) => queue.enqueue(pages.map((p) => p.id)));
    const stopProgress = client.on('ocr:progress', ({ sha256, stage, progress }) => queue.setProgress(sha256, stage, progress));
    return () => {
      stopProgress();
      queue.stop();
    };
  }, [bookId, client, db, queue]);

  useEffect(() => queue?.setFocus(focusPageId), [focusPageId, queue]);

  const store = queue ?? noQueue;

  const ocrWholeBook = useCallback(async () => {
    if (!queue || bookId === undefined) return;
    const pages = await pagesInState(db, bookId, ['pending', 'failed', 'cancelled']);
    const ids = pages.map((p) => p.id);
    await setOcrState(db, ids, 'pending');
    queue.resume();
    queue.enqueue(ids);
  }, [bookId, db, queue]);

  const retry = useCallback(async (pageId: string) => {
    if (!queue) return;
    await setOcrState(db, [pageId], 'pending');
    queue.enqueueFirst(pageId);
  }, [db, queue]);

  const readAs = useCallback(async (pageId: string, edition: string | null) => {
    if (!queue) return;
    await setPageEdition(db, pageId, edition);
    queue.enqueueFirst(pageId);
  }, [db, queue]);

  return {
    readAs,
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    remainingMs: useCallback(() => queue?.remainingMs() ?? null, [queue]),
    enqueue: useCallback((pageIds: readonly string[]) => queue?.enqueue(pageIds), [queue]),
    show: useCallback((pageId: string) => queue?.setFocus(pageId), [queue]),
    ocrWholeBook,
    retry,
    pause: useCallback(() => queue?.pause(), [queue]),
    resume: useCallback(() => queue?.resume(), [queue]),
    cancel: useCallback(() => queue?.cancelAll(), [queue]),
    remove: useCallback((pageId: string) => queue?.remove(pageId), [queue]),
  };
}

/** The queue's state for the component that shows it (progress arrives many times a second while a page is read). */
export function useOcrSnapshot(ocr: Pick<BookOcr, 'subscribe' | 'getSnapshot'>): OcrQueueSnapshot {
  return useSyncExternalStore(ocr.subscribe, ocr.getSnapshot);
}
