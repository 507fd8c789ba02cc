// The order a clerk walks a book's entries in: page by page, and on a page in the order they were made
// (an OCR reading makes its drafts in reading order; ids are time-ordered UUIDs). It does not move when
// an entry is saved, as an order by time of change would.
import type { Entry } from './entry.ts';

export function readingOrder(entries: readonly Entry[], pageSequence: ReadonlyMap<string, number>): Entry[] {
  const sequence = (entry: Entry) => (entry.pageId === null ? Number.POSITIVE_INFINITY : pageSequence.get(entry.pageId) ?? Number.POSITIVE_INFINITY);
  return [...entries].sort((a, b) => sequence(a) - sequence(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The entry `step` places from `current` in `order` (the first or last when there is none), or null past either end. */
export function entryBeside(order: readonly Entry[], current: string | null, step: 1 | -1): Entry | null {
  const here = current === null ? -1 : order.findIndex((entry) => entry.id === current);
  if (here === -1) return (step === 1 ? order[0] : order.at(-1)) ?? null;
  return order[here + step] ?? null;
}
