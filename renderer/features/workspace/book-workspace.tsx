// A book's workspace: its pages (import, background OCR, the grid), the page on screen with what OCR read
// on it, beside the entry form and the entries so far. This file only wires the parts together.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AppError } from '../../../shared/api/app-error.ts';
import { bookEntryBlockers } from '../../../shared/domain/validate-entry.ts';
import type { Entry, Page } from '../../../shared/domain/entry.ts';
import { typedValues, type FieldMark } from '../../../shared/domain/typed-fields.ts';
import { fieldDefinition, recordKindLabels } from '../../../shared/domain/record-kinds.ts';
import type { PlaceRecord } from '../../../shared/places/place-record.ts';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { listPageEntries, saveEntry, verifyEntry } from '../../db/entries-repository.ts';
import { entryIdBeside, nextDraftId } from '../../db/entry-rows-repository.ts';
import { recheckEntry, rechecks } from '../../db/lots-repository.ts';
import { getExtraction } from '../../db/extractions-repository.ts';
import { listPages } from '../../db/pages-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { useActor, useCurrentPerson } from '../../stores/team-store.ts';
import { may } from '../../../shared/team/roles.ts';
import { useSyncStore } from '../../stores/sync-store.ts';
import { OcrPanel } from '../pages/ocr-panel.tsx';
import { PageImage } from '../pages/page-image.tsx';
import { PagesPane } from '../pages/pages-pane.tsx';
import { useBookOcr } from '../pages/use-book-ocr.ts';
import { usePageImport } from '../pages/use-page-import.ts';
import { useSurnameIndex } from '../names/use-surname-index.ts';
import { usePlaceResolver } from '../places/use-place-resolver.ts';
import { RecheckPanel } from '../audit/recheck-panel.tsx';
import { BookEdition } from '../books/book-edition.tsx';
import { RemovePageDialog } from '../pages/remove-page-dialog.tsx';
import { DeleteEntryDialog } from './delete-entry-dialog.tsx';
import { EntryForm } from './entry-form.tsx';
import { EntryHistory } from './entry-history.tsx';
import { EntryList } from './entry-list.tsx';
import { KeyboardHelp } from './keyboard-help.tsx';
import { WindowKeys } from './window-keys.tsx';
import { useRegistrationFindings } from './use-registration-findings.ts';

/** How long after the last change an entry is saved by itself: a reload or a power cut loses less than this. */
const autosaveMs = 400;

const noPages: Page[] = [];

/** `focusImport`: the book was just created, so the clerk's next step is importing its pages; `openEntryId`: the entry to open first. */
export function BookWorkspace({ bookId, focusImport = false, openEntryId }: { bookId: string; focusImport?: boolean; openEntryId?: string }) {
  const db = useDatabase();
  const { t, pick, language } = useT();
  const { value: placeResolver } = usePlaceResolver();
  const { value: surnames } = useSurnameIndex();
  const navigate = useRouteStore((s) => s.navigate);
  const operator = useActor();
  const person = useCurrentPerson();
  const manages = person !== null && may(person.role, 'manage-team');
  const book = useLiveQuery(() => db.books.get(bookId).then((b) => b ?? null), [db, bookId]);
  const pages = useLiveQuery(() => listPages(db, bookId), [db, bookId]) ?? noPages;
  const [selectedPageId, setSelectedPageId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Entry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [formFocus, setFormFocus] = useState(true);
  // A form left for another entry still saves its last change; only the form on screen updates the screen.
  const formOnScreen = useRef(formKey);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const [focusedField, setFocusedField] = useState<string | null>(null);
  const [removing, setRemoving] = useState<'entry' | 'page' | null>(null);
  // A form left after its entry was deleted saves its last change on the way out: that must not bring the entry back.
  const deletedIds = useRef(new Set<string>());

  // The page on screen is the page of the entry in the form, always: a clerk must never key one page into
  // another page's entry.
  const selectedPage = pages.find((p) => p.id === (editing?.pageId ?? selectedPageId)) ?? pages[0] ?? null;
  const ocr = useBookOcr(book, selectedPage?.id ?? null);
  const { enqueue, show } = ocr;
  const onPagesAdded = useCallback((added: Page[]) => enqueue(added.map((p) => p.id)), [enqueue]);
  // Imported pages are read first; the clerk stays on the entry being keyed, if any.
  const keying = editing !== null;
  const onFirstPage = useCallback((page: Page) => {
    show(page.id);
    if (!keying) setSelectedPageId(page.id);
  }, [show, keying]);
  const importer = usePageImport({ bookId, onPagesAdded, onFirstPage });
  const stored = useLiveQuery(() => (selectedPage ? getExtraction(db, selectedPage.id) : null), [db, selectedPage?.id]) ?? null;
  const pageEntries = useLiveQuery(() => (selectedPage ? listPageEntries(db, selectedPage.id) : []), [db, selectedPage?.id]);
  const pageEntriesById = useMemo(() => new Map((pageEntries ?? []).map((e) => [e.id, e])), [pageEntries]);
  // One object per book's years, so the entry form's findings are not recomputed on every render.
  const yearFrom = book?.yearFrom;
  const yearTo = book?.yearTo;
  const registerYears = useMemo(() => (yearFrom !== undefined && yearTo !== undefined ? { from: yearFrom, to: yearTo } : undefined), [yearFrom, yearTo]);
  const registration = useRegistrationFindings(bookId, registerYears, editing?.id);

  /** Leaves the form (it saves as it goes) for the page's first entry in reading order, or a new entry on that page. */
  async function openPage(page: Page, { focusForm }: { focusForm: boolean }) {
    const [first] = (await listPageEntries(db, page.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    setSelectedPageId(page.id);
    startEntry(first ?? null, { focusForm });
  }

  /** Opens the entry in the form (null: a new one); `focusForm`: the clerk goes on keying there (else the focus stays where it is, in the page grid). */
  function startEntry(entry: Entry | null, { focusForm = true }: { focusForm?: boolean } = {}) {
    setFormFocus(focusForm);
    setEditing(entry);
    setSavedAt(null);
    setNotice('');
    setSaveError(null);
    formOnScreen.current = formKey + 1;
    setFormKey(formKey + 1);
    if (entry?.pageId) setSelectedPageId(entry.pageId);
  }

  // The grid's cards redraw only when what they show changes: they get one callback for the workspace's life.
  const openPageLatest = useRef(openPage);
  useLayoutEffect(() => {
    openPageLatest.current = openPage;
  });
  const onOpenPage = useCallback((page: Page) => void openPageLatest.current(page, { focusForm: false }), []);
  const openEntryLatest = useRef(openEntry);
  useLayoutEffect(() => {
    openEntryLatest.current = openEntry;
  });
  useEffect(() => {
    if (openEntryId !== undefined) void openEntryLatest.current(openEntryId);
  }, [openEntryId]);

  if (book === undefined) return null;
  if (book === null) {
    return (
      <div className="card">
        <p>{t('book.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'books' })}>{t('book.back')}</button>
      </div>
    );
  }

  async function onSave(typed: Record<string, string>, places: Record<string, PlaceRecord>, { auto, entryId, marks, confirmed }: { auto: boolean; entryId: string | undefined; marks: Record<string, FieldMark>; confirmed: string[] }) {
    const onScreen = () => formOnScreen.current === formKey;
    if (entryId !== undefined && deletedIds.current.has(entryId)) return undefined;
    if (entryId === undefined && Object.values(typed).every((v) => v.trim() === '') && Object.keys(marks).length === 0) {
      // Nothing typed yet is nothing to keep; only a save the clerk asked for says so.
      if (!auto) {
        setSavedAt(null);
        setSaveError(AppError.of('entry-empty'));
      }
      return undefined;
    }
    if (onScreen()) setSaveError(null);
    try {
      const entry = await saveEntry(db, { id: entryId, bookId, pageId: selectedPage?.id ?? null, kind: book!.kind, typed, places, marks, confirmed }, operator);
      if (onScreen()) {
        setEditing(entry);
        setSavedAt(new Date(entry.updatedAt).toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB'));
      }
      return entry.id;
    } catch (error) {
      setSaveError(error);
      return entryId;
    }
  }

  async function onVerify(entryId: string | undefined, { anyway }: { anyway: boolean }) {
    if (entryId === undefined) {
      setSaveError(AppError.of('entry-empty'));
      return;
    }
    try {
      // the book as it stands after the save just made: a number used twice in a year blocks, as an entry's own errors do
      const bookErrors = await registration.blockersNow(entryId);
      const verified = await verifyEntry(db, entryId, operator, (entry) => bookEntryBlockers(entry, book!, bookErrors), { anyway });
      // queued in the same transaction: sync may send it now
      useSyncStore.getState().kick();
      if (verified.status !== 'draft' && (await recheckEntry(db, verified.id, operator)) > 0) {
        await nextToRecheck(verified);
        return;
      }
      // On to the next entry still to verify, else a new one.
      const nextId = await nextDraftId(db, bookId, verified.id);
      startEntry(nextId === null ? null : (await db.entries.get(nextId)) ?? null);
      setSavedAt(null);
      // double keying: pass A is done, the entry is verified once pass B and the checker agree with it
      setNotice(t(verified.status === 'verified' ? 'entry.verified' : 'entry.passADone', { no: verified.entryNo || '—' }));
    } catch (error) {
      setSaveError(error);
    }
  }

  /** A re-check goes on through its lot, in the lot's order from this entry on; once it is done, on to the next entry to verify. */
  async function nextToRecheck(verified: Entry) {
    const open = await rechecks(db, { entryId: verified.id });
    const left = open.flatMap((recheck) => recheck.left);
    const next = open.flatMap(({ left: lotLeft }) => lotLeft.filter((id) => id > verified.id).concat(lotLeft))[0];
    if (next === undefined) {
      const nextId = await nextDraftId(db, bookId, verified.id);
      startEntry(nextId === null ? null : (await db.entries.get(nextId)) ?? null);
      setNotice(open.map(({ lot }) => t('recheck.lotDone', { number: lot.number })).join(' '));
      return;
    }
    await openEntry(next);
    setNotice(t('recheck.done', { no: verified.entryNo || '—', left: left.length, number: open.find((r) => r.left.length > 0)!.lot.number }));
  }

  async function openEntry(entryId: string | null) {
    const entry = entryId === null ? undefined : await db.entries.get(entryId);
    if (entry) startEntry(entry);
  }

  // Where the field being keyed was read on the page on screen.
  const focusedBox = focusedField && editing?.pageId === selectedPage?.id ? editing?.fields[focusedField]?.box : undefined;
  const focusedDefinition = focusedField ? fieldDefinition(book.kind, focusedField) : undefined;
  const highlight = focusedBox && focusedDefinition ? { box: focusedBox, label: pick(focusedDefinition.label) } : null;
  function onWindowKey(event: globalThis.KeyboardEvent) {
    if (event.isComposing) return;
    // "?" is text in a field; elsewhere it asks for help, as F1 does
    const typing = event.target instanceof HTMLElement && event.target.matches('input, textarea, select, [contenteditable]');
    if (event.key === 'F1' || (event.key === '?' && !typing)) {
      // the browser's own help page would open otherwise
      event.preventDefault();
      setHelpOpen(true);
      return;
    }
    if (!event.altKey || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
    event.preventDefault();
    const step = event.key === 'PageDown' ? 1 : -1;
    if (event.shiftKey) {
      const here = pages.findIndex((p) => p.id === selectedPage?.id);
      const page = pages[here + step];
      if (page) void openPage(page, { focusForm: true });
      return;
    }
    void entryIdBeside(db, bookId, editing?.id ?? null, step).then(openEntry);
  }

  return (
    <div className="workspace">
      <WindowKeys onKey={onWindowKey} />
      {helpOpen && <KeyboardHelp onClose={() => setHelpOpen(false)} />}
      {removing === 'entry' && editing && (
        <DeleteEntryDialog
          entryId={editing.id}
          entryNo={editing.entryNo}
          actor={operator}
          onDeleted={() => {
            deletedIds.current.add(editing.id);
            useSyncStore.getState().kick();
            // the button that opened the dialog goes with the entry: the clerk goes on keying a new one
            startEntry(null);
            setNotice(t('delete.entry.done', { no: editing.entryNo || '—' }));
          }}
          onClose={() => setRemoving(null)}
        />
      )}
      {removing === 'page' && selectedPage && (
        <RemovePageDialog
          page={selectedPage}
          actor={operator}
          onRemoved={(pageId) => {
            ocr.remove(pageId);
            useSyncStore.getState().kick();
            if (editing?.pageId === pageId) deletedIds.current.add(editing.id);
            setSelectedPageId(null);
            startEntry(null, { focusForm: false });
            setNotice(t('delete.page.done', { sequence: selectedPage.sequence }));
          }}
          onClose={() => setRemoving(null)}
        />
      )}
      <div className="workspace-bar">
        <button type="button" className="link-button" onClick={() => navigate({ name: 'books' })}>{t('book.back')}</button>
        <h2 className="workspace-title">
          {pick(recordKindLabels[book.kind])} · {book.communeAsWritten} · {t('books.volume')} {book.volume} · {book.yearFrom}–{book.yearTo}
        </h2>
        <BookEdition book={book} />
        {manages && <button type="button" className="link-button" onClick={() => navigate({ name: 'bookTeam', bookId })}>{t('batches.open')}</button>}
        {manages && <button type="button" className="link-button" onClick={() => navigate({ name: 'bookAudit', bookId })}>{t('lots.open')}</button>}
      </div>

      <PagesPane pages={pages} selectedId={selectedPage?.id ?? null} onOpen={onOpenPage} importer={importer} ocr={ocr} focusImport={focusImport} />

      <section className="card page-pane" aria-label={selectedPage ? t('pages.image', { sequence: selectedPage.sequence }) : t('pages.heading')}>
        {selectedPage ? (
          <>
            <PageImage
              sha256={selectedPage.id}
              alt={t('pages.image', { sequence: selectedPage.sequence })}
              size={stored?.page === selectedPage.id ? stored.extraction : null}
              highlight={highlight}
            />
            <button type="button" className="link-button remove-page" onClick={() => setRemoving('page')}>{t('delete.page.button')}</button>
            <OcrPanel
              page={selectedPage}
              kind={book.kind}
              bookEdition={book.templateId}
              ocr={ocr}
              stored={stored?.page === selectedPage.id ? stored : null}
              entries={pageEntriesById}
              onRetry={() => void ocr.retry(selectedPage.id)}
              onOpenEntry={(entry) => startEntry(entry)}
            />
          </>
        ) : (
          <p className="muted">{t('pages.empty')}</p>
        )}
      </section>

      <section className="card entry-pane">
        <div className="entry-pane-bar">
          <button type="button" onClick={() => startEntry(null)}>{t('entry.new')}</button>
          {editing && <button type="button" onClick={() => setRemoving('entry')}>{t('delete.entry.button')}</button>}
          {notice && <span role="status" className="saved">{notice}</span>}
        </div>
        {saveError !== null && <ErrorNotice error={saveError} onDismiss={() => setSaveError(null)} />}
        {editing && <RecheckPanel entry={editing} onOpen={(id) => void openEntry(id)} />}
        <EntryForm
          key={formKey}
          kind={book.kind}
          edition={book.templateId}
          registerYears={registerYears}
          heading={editing ? t('entry.heading.edit', { no: editing.entryNo || '—' }) : t('entry.heading.new')}
          initial={typedValues(editing)}
          entryId={editing?.id}
          provenance={editing?.fields}
          placeResolver={placeResolver}
          surnames={surnames}
          onSave={onSave}
          autosaveMs={autosaveMs}
          savedAt={savedAt}
          onFocusField={setFocusedField}
          focusOnOpen={formKey > 0 && formFocus}
          onVerify={onVerify}
          bookFindings={registration.findings}
        />
        {editing && <EntryHistory key={editing.id} entryId={editing.id} kind={book.kind} />}
        <h3>{t('entries.heading')}</h3>
        <EntryList bookId={bookId} selectedId={editing?.id ?? null} onOpen={(id) => void openEntry(id)} />
      </section>
    </div>
  );
}
