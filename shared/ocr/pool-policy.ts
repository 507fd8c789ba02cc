// How many tesseract.js workers the OCR pool runs, and when one is retired. The workers are threads of
// the OCR process (electron/ocr-host), so their wasm heaps count in its RSS, which with the main
// process's makes the Node side that DESIGN.md budgets (450 MB while OCR runs on a 2-core machine); a
// wasm heap never shrinks, so retiring a worker is what bounds memory.
// Figures measured with tesseract.js 7 in Node 20 on the 300-dpi sample pages (2 cores).

const MB = 1024 * 1024;

/**
 * One worker holds 70–85 MB once its model is loaded and 210–320 MB of RSS after full pages (terminating
 * it gave back 242 MB with best_int, 292 MB with fast); a second worker added 120–210 MB more.
 */
export const workerMemoryBytes = 300 * MB;

/**
 * The OCR process's RSS ceiling with one worker: its share of the 450 MB budget, the main process holding
 * about 150 MB while OCR runs (the place table, the name lists). The OCR process reads the sample pages in
 * 200–250 MB. Retiring costs 0.6–1.2 s (a model load, then a slower first page on a fresh wasm heap), so
 * the ceiling is a bound, not a routine: with nothing else growing, a worker's heap levels off.
 */
export const baseMemoryCeilingBytes = 300 * MB;

/**
 * Cell crops read as lines leave the heap flat (300 MB RSS from job 100 to job 400), so the job count
 * only guards against slow leaks: 400 jobs are 30–40 s of work for one retirement.
 */
export const defaultMaxJobsPerWorker = 400;

export interface MachineFacts {
  /** logical cores */
  cores: number;
  freeMemoryBytes: number;
  totalMemoryBytes: number;
}

/**
 * At most one worker per core left free for the UI and the main process, and only as many as half the
 * free memory (and a quarter of all memory, since free memory can drop while OCR runs) can hold. Never
 * fewer than one: without a worker nothing is ever read.
 */
export function poolSize({ cores, freeMemoryBytes, totalMemoryBytes }: MachineFacts): number {
  const byCores = Math.floor(cores) - 1;
  const byMemory = Math.floor(Math.min(freeMemoryBytes / 2, totalMemoryBytes / 4) / workerMemoryBytes);
  const size = Math.min(byCores, byMemory);
  return Number.isFinite(size) && size >= 1 ? size : 1;
}

/** The RSS ceiling for a pool of this size: the one-worker ceiling, plus one worker's memory per extra worker. */
export function memoryCeilingBytes(workers: number): number {
  return baseMemoryCeilingBytes + Math.max(0, Math.floor(workers) - 1) * workerMemoryBytes;
}

/**
 * What a worker must have grown since its model loaded before the ceiling retires it. Retiring gives back
 * only the worker's own growth: when the rest of the process grew (sharp's decoded pages, the place table),
 * retiring frees nothing and costs a model load on every job.
 */
export const minWorkerGrowthBytes = 120 * MB;

export interface RecycleFacts {
  /** the process RSS right after the worker finished a job */
  rssBytes: number;
  /** the process RSS when the worker had loaded its model */
  startRssBytes: number;
  ceilingBytes: number;
  /** defaults to minWorkerGrowthBytes */
  minGrowthBytes?: number;
  /** jobs this worker has run, the one just finished included */
  jobsDone: number;
  maxJobs: number;
}

export function shouldRecycle({ rssBytes, startRssBytes, ceilingBytes, minGrowthBytes = minWorkerGrowthBytes, jobsDone, maxJobs }: RecycleFacts): boolean {
  return (rssBytes > ceilingBytes && rssBytes - startRssBytes >= minGrowthBytes) || jobsDone >= maxJobs;
}
