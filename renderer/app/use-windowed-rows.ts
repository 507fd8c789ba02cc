// Rendering only the rows in view of a long list whose rows have one height: which rows to render for
// the scroll position, and bringing a row the keyboard reached into view and focusing it once rendered.
// The entry and book tables (virtual-table.tsx) and the page grid (rows of cards) share it.
import { useEffect, useLayoutEffect, useRef, useState, type UIEvent } from 'react';

export interface WindowedRowsOptions {
  rowCount: number;
  /** CSS px */
  rowHeight: number;
  /** the height of the scrolled area, CSS px */
  viewHeight: number;
  /** rows rendered beyond the view on each side */
  overscan: number;
  /** what to focus in a row brought into view: a selector of its element, by the key given to focusRow */
  focusTarget: (key: string) => string;
  /** changes whenever what is rendered changes (new rows arrived): the focus is tried again then */
  rendered: unknown;
}

export function useWindowedRows({ rowCount, rowHeight, viewHeight, overscan, focusTarget, rendered }: WindowedRowsOptions) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [focusAt, setFocusAt] = useState<string | null>(null);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);

  // A list that shrank (a narrower search) is scrolled back into its rows.
  useLayoutEffect(() => {
    const element = scroller.current;
    const bottom = Math.max(0, rowCount * rowHeight - viewHeight);
    if (element && element.scrollTop > bottom) element.scrollTop = bottom;
  }, [rowCount, rowHeight, viewHeight]);

  // After a key moved to a row that was not rendered yet, focus it once it is.
  useEffect(() => {
    if (focusAt === null) return;
    const target = scroller.current?.querySelector<HTMLElement>(focusTarget(focusAt));
    if (target) {
      target.focus();
      setFocusAt(null);
    }
  }, [focusAt, focusTarget, rendered, first]);

  /** Scrolls row `row` into view and focuses what `focusTarget(key)` finds in it once it is rendered. */
  function focusRow(row: number, key: string) {
    const element = scroller.current;
    if (element) {
      const top = row * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + viewHeight) element.scrollTop = top + rowHeight - viewHeight;
      setScrollTop(element.scrollTop);
    }
    setFocusAt(key);
  }

  return { scroller, first, end, focusRow, onScroll: (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop) };
}
