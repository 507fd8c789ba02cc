// The book's pages as a grid of cards: thumbnail, number, file, OCR state in words. Keyboard: the arrow
// keys move between cards (one roving tab stop), Enter or a click opens the page. Cards are memoized on
// what they show, so OCR progress on one page redraws that card only, whatever the book's size.
import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { Page } from '../../../shared/domain/entry.ts';
import { useT } from '../../i18n/use-t.ts';
import type { PageProgress } from './book-ocr-queue.ts';
import { PageThumbnail } from './page-thumbnail.tsx';
import { PageOcrState } from './page-ocr-state.tsx';

/** Cards per row; the style sheet lays the grid out with as many columns. */
export const gridColumns = 2;

interface PageCardProps {
  page: Page;
  progress: PageProgress | undefined;
  selected: boolean;
  tabStop: boolean;
  onOpen: (page: Page) => void;
  onFocusCard: (pageId: string) => void;
}

function PageCardView({ page, progress, selected, tabStop, onOpen, onFocusCard }: PageCardProps) {
  const { t } = useT();
  return (
    <li className="page-cell">
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
        <span className="page-card-file">
          {page.fileName}
          {page.sourcePage && ` (${t('pages.sourcePage', { index: page.sourcePage.index, count: page.sourcePage.count })})`}
        </span>
        <PageOcrState page={page} progress={progress} compact />
      </button>
    </li>
  );
}

function sameIssues(a: Page['issues'], b: Page['issues']): boolean {
  return (a ?? []).map((i) => i.code).join() === (b ?? []).map((i) => i.code).join();
}

// A book's pages are queried afresh on every change to any page; only what a card shows decides a redraw.
const PageCard = memo(PageCardView, (a, b) =>
  a.selected === b.selected && a.tabStop === b.tabStop && a.onOpen === b.onOpen && a.onFocusCard === b.onFocusCard &&
  a.progress?.stage === b.progress?.stage && a.progress?.percent === b.progress?.percent &&
  a.page.id === b.page.id && a.page.sequence === b.page.sequence && a.page.fileName === b.page.fileName &&
  a.page.ocrState === b.page.ocrState && a.page.ocrConfidence === b.page.ocrConfidence && a.page.entryCount === b.page.entryCount &&
  a.page.lowConfidenceCount === b.page.lowConfidenceCount && a.page.ocrError?.vi === b.page.ocrError?.vi && sameIssues(a.page.issues, b.page.issues));

export interface PageGridProps {
  pages: readonly Page[];
  selectedId: string | null;
  progress: ReadonlyMap<string, PageProgress>;
  onOpen: (page: Page) => void;
}

export function PageGrid({ pages, selectedId, progress, onOpen }: PageGridProps) {
  const { t } = useT();
  const list = useRef<HTMLOListElement>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const onFocusCard = useCallback((pageId: string) => setCursor(pageId), []);

  if (pages.length === 0) return <p className="muted">{t('pages.empty')}</p>;
  const active = pages.find((p) => p.id === cursor) ?? pages.find((p) => p.id === selectedId) ?? pages[0]!;

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const from = pages.indexOf(active);
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -gridColumns, ArrowDown: gridColumns, Home: -from, End: pages.length - 1 - from };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const target = pages[Math.min(pages.length - 1, Math.max(0, from + step))]!;
    setCursor(target.id);
    list.current?.querySelector<HTMLButtonElement>(`[data-page="${target.id}"]`)?.focus();
  }

  return (
    <ol ref={list} className="page-grid" aria-label={t('pages.grid')} onKeyDown={onKeyDown}>
      {pages.map((page) => (
        <PageCard
          key={page.id}
          page={page}
          progress={progress.get(page.id)}
          selected={page.id === selectedId}
          tabStop={page.id === active.id}
          onOpen={onOpen}
          onFocusCard={onFocusCard}
        />
      ))}
    </ol>
  );
}
