// A table of any length that renders only the rows in view (a book holds up to 100,000 entries). Rows
// have one fixed height, so where a row sits is arithmetic and the scroll bar is true to the whole list.
// It is an ARIA table with aria-rowcount and aria-rowindex, so a screen reader knows where it is; the
// arrow keys, Page Up/Down and Home/End move from row to row, scrolling rows in as they are reached.
import { useEffect, type KeyboardEvent, type ReactNode } from 'react';
import { useWindowedRows } from './use-windowed-rows.ts';

export interface VirtualColumn {
  header: ReactNode;
  /** a CSS grid track: "5rem", "minmax(8rem, 1fr)" */
  width: string;
}

export interface VisibleRange {
  /** index of the first row to render */
  first: number;
  /** one past the last */
  end: number;
}

export interface VirtualTableProps<Row> {
  label: string;
  columns: readonly VirtualColumn[];
  total: number;
  /** the rows of the range last asked for, from `rowsFrom` on; an index not among them shows as loading */
  rows: readonly Row[];
  rowsFrom: number;
  onRange: (range: VisibleRange) => void;
  rowKey: (row: Row) => string;
  /** the cells of a row; the first focusable element in them is where the keys move the focus */
  cells: (row: Row) => ReactNode[];
  isSelected?: (row: Row) => boolean;
  loadingText: string;
  rowHeight?: number;
  /** the height of the scrolled area in CSS px */
  height?: number;
}

const overscan = 8;
// the row's first button or link: where the keys put the focus
const rowControl = (index: string) => `[data-row-index="${index}"] button, [data-row-index="${index}"] a`;

export function VirtualTable<Row>({ label, columns, total, rows, rowsFrom, onRange, rowKey, cells, isSelected, loadingText, rowHeight = 46, height = 340 }: VirtualTableProps<Row>) {
  const { scroller, first, end, focusRow, onScroll } = useWindowedRows({ rowCount: total, rowHeight, viewHeight: height, overscan, focusTarget: rowControl, rendered: rows });
  const template = columns.map((c) => c.width).join(' ');

  useEffect(() => {
    onRange({ first, end });
  }, [first, end, onRange]);

  function moveTo(index: number) {
    if (total === 0) return;
    const target = Math.min(total - 1, Math.max(0, index));
    focusRow(target, String(target));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset.rowIndex);
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: total - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    moveTo(to);
  }

  const rendered: ReactNode[] = [];
  for (let index = first; index < end; index++) {
    const row = rows[index - rowsFrom];
    const selected = row !== undefined && isSelected?.(row) === true;
    rendered.push(
      <div
        key={row === undefined ? `loading-${index}` : rowKey(row)}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected || undefined}
        data-row-index={index}
        className={selected ? 'virtual-row selected' : 'virtual-row'}
        style={{ top: index * rowHeight, height: rowHeight, gridTemplateColumns: template }}
      >
        {row === undefined ? (
          <span role="cell" className="muted">{loadingText}</span>
        ) : (
          cells(row).map((cell, i) => (
            <span role="cell" key={i}>
              {cell}
            </span>
          ))
        )}
      </div>,
    );
  }

  return (
    <div role="table" aria-label={label} aria-rowcount={total + 1} className="virtual-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="virtual-header" style={{ gridTemplateColumns: template }}>
          {columns.map((column, i) => (
            <span role="columnheader" key={i}>
              {column.header}
            </span>
          ))}
        </div>
      </div>
      <div ref={scroller} className="virtual-scroll" style={{ maxHeight: height }} onScroll={onScroll} onKeyDown={onKeyDown}>
        <div role="rowgroup" style={{ height: total * rowHeight }}>
          {rendered}
        </div>
      </div>
    </div>
  );
}
