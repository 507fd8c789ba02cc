// The book's pages pane: import (files, a folder, a drop, the watched scanner folder), the book's OCR
// queue, and the page grid. Dropping anywhere on the pane imports what was dropped.
import { useId, useState, type DragEvent } from 'react';
import type { Page } from '../../../shared/domain/entry.ts';
import { imageMimeTypes } from '../../../shared/pages/image-policy.ts';
import { useT } from '../../i18n/use-t.ts';
import { ImportNotices } from './import-notices.tsx';
import { OcrQueueStatus } from './ocr-queue-status.tsx';
import { PageGrid } from './page-grid.tsx';
import { droppedScans, scanSelection, type ScanSelection } from './scan-files.ts';
import { useOcrSnapshot, type BookOcr } from './use-book-ocr.ts';
import type { usePageImport } from './use-page-import.ts';
import { WatchFolderForm } from './watch-folder-form.tsx';

// PDFs are imported page by page on the Node side (electron/services/pdf-pages.ts).
const acceptedTypes = [...Object.values(imageMimeTypes), 'application/pdf', '.pdf'].join(',');

export interface PagesPaneProps {
  pages: readonly Page[];
  selectedId: string | null;
  onOpen: (page: Page) => void;
  importer: ReturnType<typeof usePageImport>;
  ocr: BookOcr;
}

export function PagesPane({ pages, selectedId, onOpen, importer, ocr }: PagesPaneProps) {
  const { t } = useT();
  const filesId = useId();
  const folderId = useId();
  const [dragging, setDragging] = useState(false);
  const { importFiles, importing, batches, dismissAll } = importer;
  const snapshot = useOcrSnapshot(ocr);

  function take(selection: ScanSelection) {
    void importFiles(selection);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void droppedScans(event.dataTransfer).then(take);
  }

  return (
    <aside
      className={dragging ? 'card pages-pane dragging' : 'card pages-pane'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        // Leaving for one of the pane's own children is not leaving the pane.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <h3>{t('pages.heading')}</h3>
      <div className="import-actions">
        <label htmlFor={filesId} className="file-button">{t('pages.import')}</label>
        <input
          id={filesId}
          className="visually-hidden"
          type="file"
          accept={acceptedTypes}
          multiple
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            take(scanSelection(files, false));
          }}
        />
        <label htmlFor={folderId} className="file-button">{t('pages.importFolder')}</label>
        <input
          id={folderId}
          className="visually-hidden"
          type="file"
          // React has no prop for it; the attribute turns the dialog into a folder picker.
          ref={(input) => input?.setAttribute('webkitdirectory', '')}
          multiple
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            take(scanSelection(files, true));
          }}
        />
      </div>
      <p className="muted drop-hint">{t('pages.dropHint')}</p>
      <WatchFolderForm />
      {importing && <p role="status" className="muted">{t('pages.importing', { file: importing })}</p>}
      <ImportNotices batches={batches} onDismissAll={dismissAll} />
      <OcrQueueStatus pages={pages} ocr={ocr} snapshot={snapshot} />
      <PageGrid pages={pages} selectedId={selectedId} progress={snapshot.progress} onOpen={onOpen} />
    </aside>
  );
}
