// The book's pages as a grid of cards: thumbnail, number, file, OCR state in words; searchable by page
// number, file name or state without marks ("loi" finds the failed pages). Only the rows of cards in view
// are rendered. Keyboard: the arrow keys, Home and End move between cards (one roving tab stop), bringing
// cards into view; Enter or a click opens the page. Cards are memoized on what they show, so OCR progress
// on one page redraws that card only, whatever the book's size.
import { memo, useCallback, useState, type KeyboardEvent } from 'react';
import { holdsAll, searchNeedles, searchText } from '../../../shared/text/search-key.ts';
import { middleEllipsis } from '../../../shared/text/short-text.ts';
import type { Page } from '../../../shared/domain/entry.ts';
import { SearchBox } from '../../app/search-box.tsx';
import { useWindowedRows } from '../../app/use-windowed-rows.ts';
import { useT } from '../../i18n/use-t.ts';
import type { PageProgress } from './book-ocr-queue.ts';
import { PageThumbnail } from './page-thumbnail.tsx';
import { keyingText, PageOcrState } from './page-ocr-state.tsx';

/** A file name longer than this keeps its start and end (two lines of a card at 1366 px). */
const fileNameLength = 26;

/** Cards per row; the style sheet lays the grid out with as many columns. */
export const gridColumns = 2;

interface PageCardProps {
  page: Page;
  /** where the card is in the list shown (1-based), and of how many: only some cards are rendered */
  position: number;
  count: number;
  progress: PageProgress | undefined;
  selected: boolean;
  tabStop: boolean;
  onOpen: (page: Page) => void;
  onFocusCard: (pageId: string) => void;
}

function PageCardView({ page, position, count, progress, selected, tabStop, onOpen, onFocusCard }: PageCardProps) {
  const { t } = useT();
  return (
    <li className="page-cell" aria-posinset={position} aria-setsize={count}>
      <button
        type="button"
        data-page={page.id}
        className={selected ? 'page-card selected' : 'page-card'}
        aria-current={selected ? 'page' : undefined}
        tabIndex={tabStop ? 0 : -1}
        onClick={() => onOpen(page)}
        onFocus={() => onFocusCard(page.id)}
      >
        <PageThumbnail sha256={page.id} alt={t('pages.thumbnail', { sequence: page.sequence })} />
        <span className="page-card-title">{t('pages.page', { sequence: page.sequence })}</span>
        <span className="page-card-file" title={page.fileName}>
          {middleEllipsis(page.fileName, fileNameLength)}
          {page.sourcePage && ` (${t('pages.sourcePage', { index: page.sourcePage.index, count: page.sourcePage.count })})`}
        </span>
        <PageOcrState page={page} progress={progress} compact />
      </button>
    </li>
  );
}

function sameKeying(a: Page['keying'], b: Page['keying']): boolean {
  return a === b || (a !== undefined && b !== undefined && (Object.keys(a) as (keyof typeof a)[]).every((key) => a[key] === b[key]));
}

function sameIssues(a: Page['issues'], b: Page['issues']): boolean {
  return (a ?? []).map((i) => i.code).join() === (b ?? []).map((i) => i.code).join();
}

// A book's pages are queried afresh on every change to any page; only what a card shows decides a redraw.
const PageCard = memo(PageCardView, (a, b) =>
  a.position === b.position && a.count === b.count && a.selected === b.selected && a.tabStop === b.tabStop && a.onOpen === b.onOpen && a.onFocusCard === b.onFocusCard &&
  a.progress?.stage === b.progress?.stage && a.progress?.percent === b.progress?.percent &&
  a.page.id === b.page.id && a.page.sequence === b.page.sequence && a.page.fileName === b.page.fileName &&
  a.page.ocrState === b.page.ocrState && a.page.ocrConfidence === b.page.ocrConfidence && a.page.entryCount === b.page.entryCount &&
  sameKeying(a.page.keying, b.page.keying) && a.page.ocrError?.vi === b.page.ocrError?.vi && sameIssues(a.page.issues, b.page.issues));

export interface PageGridProps {
  pages: readonly Page[];
  selectedId: string | null;
  progress: ReadonlyMap<string, PageProgress>;
  onOpen: (page: Page) => void;
}

/** A grid row's height in CSS px: cards have one height (the style sheet's .page-cell), so rows are arithmetic. */
const rowHeight = 250;
const viewHeight = 440;
const overscanRows = 2;
const pageCard = (pageId: string) => `[data-page="${pageId}"]`;

export function PageGrid({ pages, selectedId, progress, onOpen }: PageGridProps) {
  const { t } = useT();
  const [cursor, setCursor] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const onFocusCard = useCallback((pageId: string) => setCursor(pageId), []);

  const stateWords = (page: Page) => [t(`ocr.state.${page.ocrState}`), keyingText(page, t), ...(page.issues ?? []).map((issue) => t(`issue.${issue.code}`))];
  const needles = searchNeedles(query);
  const shown = needles.length === 0 ? pages : pages.filter((page) => holdsAll(searchText(`${t('pages.page', { sequence: page.sequence })} ${page.fileName} ${stateWords(page).join(' ')}`), needles));

  const rows = Math.ceil(shown.length / gridColumns);
  const { scroller, first: firstRow, end: endRow, focusRow, onScroll } = useWindowedRows({ rowCount: rows, rowHeight, viewHeight, overscan: overscanRows, focusTarget: pageCard, rendered: shown });

  if (pages.length === 0) return <p className="muted">{t('pages.empty')}</p>;
  const rendered = shown.slice(firstRow * gridColumns, endRow * gridColumns);
  const wanted = shown.find((p) => p.id === cursor) ?? shown.find((p) => p.id === selectedId) ?? shown[0];
  // the one tab stop: the card the keys were last on, or the first in view when that one is not rendered
  const active = wanted && rendered.includes(wanted) ? wanted : rendered[0];

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (!active) return;
    const from = shown.indexOf(active);
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -gridColumns, ArrowDown: gridColumns, Home: -from, End: shown.length - 1 - from };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const index = Math.min(shown.length - 1, Math.max(0, from + step));
    const target = shown[index]!;
    setCursor(target.id);
    focusRow(Math.floor(index / gridColumns), target.id);
  }

  return (
    <>
      <SearchBox label={t('pages.search')} onSearch={setQuery} />
      {needles.length > 0 && <p role="status" className="muted">{t('pages.found', { count: shown.length })}</p>}
      <div ref={scroller} className="page-grid-scroll" style={{ maxHeight: viewHeight }} onScroll={onScroll}>
        <ol
          className="page-grid"
          aria-label={t('pages.grid')}
          onKeyDown={onKeyDown}
          style={{ paddingTop: firstRow * rowHeight, paddingBottom: Math.max(0, rows - endRow) * rowHeight }}
        >
          {rendered.map((page, i) => (
            <PageCard
              key={page.id}
              page={page}
              position={firstRow * gridColumns + i + 1}
              count={shown.length}
              progress={progress.get(page.id)}
              selected={page.id === selectedId}
              tabStop={page.id === active?.id}
              onOpen={onOpen}
              onFocusCard={onFocusCard}
            />
          ))}
        </ol>
      </div>
    </>
  );
}
