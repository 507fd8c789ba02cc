// The book's pages pane: import (files, a folder, a drop, the watched scanner folder), the book's OCR
// queue, and the page grid. Dropping anywhere on the pane imports what was dropped.
import { useEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
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
  /** puts the focus on the import button once shown (a book just created) */
  focusImport?: boolean;
}

/**
 * A button that picks scans (files, or a whole folder). The input sits inside its label, so the label
 * shows the focus ring while the input has the focus.
 */
function ScanPicker({ label, folder, inputRef, onPick }: { label: string; folder: boolean; inputRef?: RefObject<HTMLInputElement | null>; onPick: (selection: ScanSelection) => void }) {
  return (
    <label className="file-button">
      {label}
      <input
        ref={(input) => {
          // React has no prop for it; the attribute turns the dialog into a folder picker.
          if (folder) input?.setAttribute('webkitdirectory', '');
          if (inputRef) inputRef.current = input;
        }}
        className="visually-hidden"
        type="file"
        accept={folder ? undefined : acceptedTypes}
        multiple
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onPick(scanSelection(files, folder));
        }}
      />
    </label>
  );
}

export function PagesPane({ pages, selectedId, onOpen, importer, ocr, focusImport = false }: PagesPaneProps) {
  const { t } = useT();
  const filesInput = useRef<HTMLInputElement>(null);
  const focusOnce = useRef(focusImport);
  useEffect(() => {
    if (focusOnce.current) filesInput.current?.focus();
  }, []);
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
        <ScanPicker label={t('pages.import')} folder={false} inputRef={filesInput} onPick={take} />
        <ScanPicker label={t('pages.importFolder')} folder onPick={take} />
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
