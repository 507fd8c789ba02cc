// A book's workspace: its pages (import, OCR, the scan and its text) beside the entry form, and the
// entries saved so far. Later issues deepen each part; this one carries an entry from scan to IndexedDB.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useMemo, useState } from 'react';
import { AppError } from '../../../shared/api/app-error.ts';
import type { Entry, Page } from '../../../shared/domain/entry.ts';
import { recordKindLabels } from '../../../shared/domain/record-kinds.ts';
import { imageMimeTypes } from '../../../shared/pages/image-policy.ts';
import type { PlaceRecord } from '../../../shared/places/place-record.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { listEntries, saveEntry } from '../../db/entries-repository.ts';
import { listPages } from '../../db/pages-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';
import { OcrPanel } from '../pages/ocr-panel.tsx';
import { PageImage } from '../pages/page-image.tsx';
import { PageList } from '../pages/page-list.tsx';
import { usePageImport } from '../pages/use-page-import.ts';
import { usePlaceResolver } from '../places/use-place-resolver.ts';
import { EntryForm } from './entry-form.tsx';
import { EntryList } from './entry-list.tsx';

const acceptedTypes = Object.values(imageMimeTypes).join(',');

function typedValues(entry: Entry | null): Record<string, string> {
  if (!entry) return {};
  return Object.fromEntries(Object.entries(entry.fields).map(([key, field]) => [key, field.raw]));
}

export function BookWorkspace({ bookId }: { bookId: string }) {
  const db = useDatabase();
  const { t, pick, language } = useT();
  const { resolver: placeResolver } = usePlaceResolver();
  const navigate = useRouteStore((s) => s.navigate);
  const operator = useSettingsStore((s) => s.operator);
  const importId = useId();
  const book = useLiveQuery(() => db.books.get(bookId).then((b) => b ?? null), [db, bookId]);
  const pages = useLiveQuery(() => listPages(db, bookId), [db, bookId]) ?? [];
  const entries = useLiveQuery(() => listEntries(db, bookId), [db, bookId]) ?? [];
  const [selectedPageId, setSelectedPageId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Entry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);

  const selectPage = useCallback((page: Page) => setSelectedPageId(page.id), []);
  // One object per book's years, so the entry form's findings are not recomputed on every render.
  const yearFrom = book?.yearFrom;
  const yearTo = book?.yearTo;
  const registerYears = useMemo(() => (yearFrom !== undefined && yearTo !== undefined ? { from: yearFrom, to: yearTo } : undefined), [yearFrom, yearTo]);
  const { importFiles, recognize, importing, notices, dismiss, progress } = usePageImport(bookId, selectPage);

  if (book === undefined) return null;
  if (book === null) {
    return (
      <div className="card">
        <p>{t('book.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'books' })}>{t('book.back')}</button>
      </div>
    );
  }

  const selectedPage = pages.find((p) => p.id === selectedPageId) ?? pages.at(-1) ?? null;

  async function onSave(typed: Record<string, string>, places: Record<string, PlaceRecord>) {
    setSaveError(null);
    if (!editing && Object.values(typed).every((v) => v.trim() === '')) {
      setSavedAt(null);
      setSaveError(AppError.of('entry-empty'));
      return;
    }
    try {
      const entry = await saveEntry(db, { id: editing?.id, bookId, pageId: editing?.pageId ?? selectedPage?.id ?? null, kind: book!.kind, typed, places }, operator);
      setEditing(entry);
      setSavedAt(new Date(entry.updatedAt).toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB'));
    } catch (error) {
      setSaveError(error);
    }
  }

  function startEntry(entry: Entry | null) {
    setEditing(entry);
    setSavedAt(null);
    setFormKey((k) => k + 1);
    if (entry?.pageId) setSelectedPageId(entry.pageId);
  }

  return (
    <div className="workspace">
      <div className="workspace-bar">
        <button type="button" className="link-button" onClick={() => navigate({ name: 'books' })}>{t('book.back')}</button>
        <h2 className="workspace-title">
          {pick(recordKindLabels[book.kind])} · {book.communeAsWritten} · {t('books.volume')} {book.volume} · {book.yearFrom}–{book.yearTo}
        </h2>
      </div>

      <aside className="card pages-pane">
        <h3>{t('pages.heading')}</h3>
        <label htmlFor={importId} className="file-button">{t('pages.import')}</label>
        <input
          id={importId}
          className="visually-hidden"
          type="file"
          accept={acceptedTypes}
          multiple
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void importFiles(files);
          }}
        />
        {importing && <p role="status" className="muted">{t('pages.importing', { file: importing })}</p>}
        {notices.map((notice, index) =>
          notice.kind === 'duplicate' ? (
            <div key={index} className="notice" role="status">
              <p>
                {notice.otherBook
                  ? t('pages.duplicateOtherBook', { file: notice.fileName, sequence: notice.sequence, book: notice.otherBook })
                  : t('pages.duplicate', { file: notice.fileName, sequence: notice.sequence })}
              </p>
              <button type="button" className="link-button" onClick={() => dismiss(index)}>Đóng / Dismiss</button>
            </div>
          ) : (
            <ErrorNotice key={index} error={notice.error} onDismiss={() => dismiss(index)} />
          ),
        )}
        <PageList pages={pages} selectedId={selectedPage?.id ?? null} onSelect={selectPage} />
      </aside>

      <section className="card page-pane" aria-label={selectedPage ? t('pages.image', { sequence: selectedPage.sequence }) : t('pages.heading')}>
        {selectedPage ? (
          <>
            <PageImage sha256={selectedPage.id} alt={t('pages.image', { sequence: selectedPage.sequence })} />
            <OcrPanel page={selectedPage} progress={progress[selectedPage.id]} onRetry={() => void recognize(selectedPage.id)} />
          </>
        ) : (
          <p className="muted">{t('pages.empty')}</p>
        )}
      </section>

      <section className="card entry-pane">
        <div className="entry-pane-bar">
          <button type="button" onClick={() => startEntry(null)}>{t('entry.new')}</button>
          {savedAt && <span role="status" className="saved">{t('entry.saved', { time: savedAt })}</span>}
        </div>
        {saveError !== null && <ErrorNotice error={saveError} onDismiss={() => setSaveError(null)} />}
        <EntryForm
          key={formKey}
          kind={book.kind}
          edition={book.templateId}
          registerYears={registerYears}
          heading={editing ? t('entry.heading.edit', { no: editing.entryNo || '—' }) : t('entry.heading.new')}
          initial={typedValues(editing)}
          placeResolver={placeResolver}
          onSave={onSave}
        />
        <h3>{t('entries.heading')}</h3>
        <EntryList entries={entries} selectedId={editing?.id ?? null} onSelect={startEntry} />
      </section>
    </div>
  );
}
