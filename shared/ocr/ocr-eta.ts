// How long a book's OCR has left, from how long its pages took so far. Each sample is the wall-clock time
// one page cost the queue (the gap since the previous page finished), so it already accounts for pages
// read side by side. Two things would mislead a plain mean: the first page also pays for loading the
// model, and a page answered from the cache costs nothing though the pages left will not be.

export interface OcrPageSample {
  ms: number;
  fromCache: boolean;
}

/** Recent pages only: a book mixing form and table pages drifts, and the estimate should follow. */
const recentSamples = 15;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The time one more page is expected to take, or null while no page has really been read. */
export function expectedPageMs(samples: readonly OcrPageSample[]): number | null {
  const read = samples.filter((s) => !s.fromCache && Number.isFinite(s.ms) && s.ms >= 0).map((s) => s.ms);
  if (read.length === 0) return null;
  // The first page read carries the model load; once another page says what a page costs, it is left out.
  const warm = read.length > 1 ? read.slice(1) : read;
  return median(warm.slice(-recentSamples));
}

/**
 * Milliseconds left for `pagesLeft` pages (those waiting and those being read), or null when there is
 * nothing to go on yet. `sinceLastMs`, the time since the last page finished, is work already done on
 * the next one: the estimate counts down between pages instead of jumping, and never below the pages
 * after the current one.
 */
export function estimateRemainingMs(samples: readonly OcrPageSample[], pagesLeft: number, sinceLastMs = 0): number | null {
  if (pagesLeft <= 0) return 0;
  const perPage = expectedPageMs(samples);
  if (perPage === null) return null;
  return pagesLeft * perPage - Math.min(Math.max(sinceLastMs, 0), perPage);
}

export type EtaText = { unit: 'lessThanMinute' } | { unit: 'minutes'; minutes: number } | { unit: 'hours'; hours: number; minutes: number };

/** Rounded as a clerk reads a clock: under a minute, whole minutes, then hours and minutes. */
export function etaText(ms: number): EtaText {
  const minutes = Math.ceil(ms / 60_000);
  if (ms < 60_000) return { unit: 'lessThanMinute' };
  if (minutes < 60) return { unit: 'minutes', minutes };
  return { unit: 'hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
