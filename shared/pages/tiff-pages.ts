// Multi-page files (TIFFs and PDFs): a whole register volume can arrive as one file. Each page becomes its
// own page of the book; a page that cannot be read is named, and the file's other pages are still kept.
import { AppError, formatBytes } from '../api/app-error.ts';
import { filePixelBudget } from './image-policy.ts';

/** A volume of a register has a few hundred pages; a file claiming more is a mistake or an attack. */
export const maxFilePages = 1000;

/** Checked on the page count in the header, before any page is decoded. */
export function checkPageCount(fileName: string, count: number): AppError | null {
  return count > maxFilePages ? AppError.of('file-too-many-pages', { file: fileName, count, limit: maxFilePages }) : null;
}

/** How a page of a file is named in messages: "book.tif, trang 7" (1-based, as the clerk counts). */
function tiffPageLabel(fileName: string, index: number | string): string {
  return `${fileName}, trang ${index}`;
}

/** 1-based page numbers as ranges: [3, 7, 8, 9] → "3, 7–9". */
export function pageRanges(indices: readonly number[]): string {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    const end = sorted[i]!;
    ranges.push(start === end ? `${start}` : `${start}–${end}`);
  }
  return ranges.join(', ');
}

/** One page cut from a multi-page file: a lossless PNG, or why it could not be read. */
export type CutPage = { png: Uint8Array; width: number; height: number } | { failure: PageFailure['error'] };

export interface PageFailure {
  /** 1-based */
  index: number;
  /** the page's error, for whatever label names the page */
  error: (label: string) => AppError;
}

/**
 * One error for the pages of a file that failed: pages failing for the same reason are named together
 * ("book.tif, trang 7–500" when a copy stopped at page 7), different reasons follow one another.
 */
export function failedPagesError(fileName: string, failures: readonly PageFailure[]): AppError {
  const groups = new Map<string, { failure: PageFailure; indices: number[] }>();
  for (const failure of failures) {
    // The message with a placeholder label tells apart reasons that share a code (two page sizes).
    const probe = failure.error('\u0000');
    const key = `${probe.code}\u0000${probe.en}`;
    const group = groups.get(key);
    if (group) group.indices.push(failure.index);
    else groups.set(key, { failure, indices: [failure.index] });
  }
  const errors = [...groups.values()].map(({ failure, indices }) => failure.error(tiffPageLabel(fileName, pageRanges(indices))));
  const first = errors[0];
  if (!first) throw new Error('failedPagesError needs at least one failure');
  if (errors.length === 1) return first;
  return new AppError({ code: first.code, vi: errors.map((e) => e.vi).join(' '), en: errors.map((e) => e.en).join(' ') });
}

/**
 * The pixel budget of one multi-page file (image-policy.ts): `spend` allows a page's pixels, or answers the
 * refusal once they would pass it, and every page after that is refused unread (`spent`).
 */
export function filePixelSpender(byteLength: number): { spend: (pixels: number) => CutPage | null; spent: () => CutPage | null } {
  let remaining = filePixelBudget(byteLength);
  const refused: CutPage = { failure: (label) => AppError.of('image-file-pixels', { file: label, size: formatBytes(byteLength) }) };
  return {
    spend: (pixels) => {
      if (pixels > remaining) {
        remaining = 0;
        return refused;
      }
      remaining -= pixels;
      return null;
    },
    spent: () => (remaining <= 0 ? refused : null),
  };
}
