// tesseract.js workers (threads of this process) that read the page pipeline's images by priority. Each
// worker loads the model once, on its first job, and is retired by shared/ocr/pool-policy.ts: after too
// many jobs or when the process grows past the memory ceiling, since a wasm heap never shrinks.
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Worker as NodeWorker } from 'node:worker_threads';
import { createWorker, OEM, PSM, type Bbox, type Page, type RecognizeOptions, type Worker, type WorkerParams } from 'tesseract.js';
import { AppError, errorDetail } from '../../shared/api/app-error.ts';
import type { Box } from '../../shared/domain/entry.ts';
import { JobQueue } from '../../shared/ocr/job-queue.ts';
import type { OcrLine, OcrText, OcrWord } from '../../shared/ocr/ocr-types.ts';
import { defaultMaxJobsPerWorker, memoryCeilingBytes, minWorkerGrowthBytes, shouldRecycle } from '../../shared/ocr/pool-policy.ts';
import { ocrEngineName, packagedOcrWorkerPath, tessdataDir, traineddataFileName, type OcrModelName } from './tessdata.ts';

/** 'page': automatic page segmentation (PSM 3); 'block': one block of lines, no layout analysis (PSM 6); 'line': the image is one text line (PSM 7). */
export type OcrPageMode = 'page' | 'block' | 'line';

export interface OcrRequest {
  /** an encoded image: PNG, or Netpbm (what the page pipeline sends: shared/pages/netpbm.ts says why) */
  image: Uint8Array;
  /** the image's resolution, for a format that cannot carry it (Netpbm); otherwise the engine guesses it from the text size */
  dpi?: number;
  mode: OcrPageMode;
  /** lower runs first; equal priorities in arrival order */
  priority: number;
  /** aborting removes a queued job (rejects with 'ocr-cancelled'); a running job's result is discarded */
  signal?: AbortSignal;
  /** 0–1 recognition progress of this job */
  onProgress?: (progress: number) => void;
  /** names the page in the cancellation message */
  page?: string;
}

export interface OcrPoolOptions {
  model: OcrModelName;
  /** Electron's resources folder when packaged */
  resourcesDir?: string;
  /** workers (at least one): the OCR host sizes the pool for the machine (pool-policy's poolSize) */
  size: number;
  /** process RSS above which a worker is retired after its job; defaults to memoryCeilingBytes(size) */
  memoryCeilingBytes?: number;
  maxJobsPerWorker?: number;
  /** what a worker must have grown before the ceiling retires it; defaults to minWorkerGrowthBytes */
  minWorkerGrowthBytes?: number;
}

export interface OcrPoolStats {
  /** workers started or starting */
  workers: number;
  /** workers on a job */
  busy: number;
  queued: number;
  /** workers retired by the policy (memory or job count) */
  recycled: number;
  /** jobs a worker finished, successfully or not */
  jobsDone: number;
}

interface Job {
  request: OcrRequest;
  resolve: (text: OcrText) => void;
  reject: (error: AppError) => void;
  settled: boolean;
}

interface WorkerHandle {
  ready: Promise<Worker>;
  /** rejects when the thread dies or is retired, so that a job waiting on it never hangs */
  died: Promise<never>;
  die: (error: Error) => void;
  jobsDone: number;
  /** process RSS once the model loaded: what the worker grows from */
  startRssBytes: number;
  retired: boolean;
}

interface Slot {
  handle: WorkerHandle | null;
  job: Job | null;
}

const psm: Record<OcrPageMode, PSM> = { page: PSM.AUTO, block: PSM.SINGLE_BLOCK, line: PSM.SINGLE_LINE };

// Tesseract's diagnostics (resolution guesses, statistics of blank crops) would flood stderr; failures still
// reach the job as rejections.
const quietConfig = 'debug_file /dev/null';

// Only the word boxes are used: the plain text is rebuilt from them, so tesseract's other renderers stay off.
const output = { text: false, blocks: true, hocr: false, tsv: false };

function toBox({ x0, y0, x1, y1 }: Bbox): Box {
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function toOcrText(page: Page): OcrText {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words: OcrWord[] = line.words
          .map((word) => ({ text: word.text.normalize('NFC').trim(), confidence: word.confidence, box: toBox(word.bbox) }))
          .filter((word) => word.text !== '');
        if (words.length > 0) lines.push({ words, box: toBox(line.bbox) });
      }
    }
  }
  const words = lines.flatMap((line) => line.words);
  return {
    text: lines.map((line) => line.words.map((word) => word.text).join(' ')).join('\n'),
    confidence: words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
    lines,
  };
}

export class OcrPool {
  readonly engine = ocrEngineName();
  readonly model: string;
  /** the most workers this pool runs at once */
  readonly size: number;
  private readonly langPath: string;
  private readonly workerPath: string | undefined;
  private readonly ceilingBytes: number;
  private readonly maxJobs: number;
  private readonly minGrowthBytes: number;
  private readonly slots: Slot[];
  private readonly queue = new JobQueue<Job>();
  /** one abort listener per signal, however many jobs share it (a table page queues hundreds of cells) */
  private readonly watched = new Map<AbortSignal, { jobs: Set<Job>; onAbort: () => void }>();
  private recycled = 0;
  private jobsDone = 0;
  private closed = false;

  constructor(options: OcrPoolOptions) {
    this.model = `vie/${options.model}`;
    this.langPath = tessdataDir(options.model, options.resourcesDir);
    this.workerPath = options.resourcesDir ? packagedOcrWorkerPath(options.resourcesDir) : undefined;
    this.size = Math.max(1, Math.floor(options.size));
    this.ceilingBytes = options.memoryCeilingBytes ?? memoryCeilingBytes(this.size);
    this.minGrowthBytes = options.minWorkerGrowthBytes ?? minWorkerGrowthBytes;
    this.maxJobs = options.maxJobsPerWorker ?? defaultMaxJobsPerWorker;
    this.slots = Array.from({ length: this.size }, () => ({ handle: null, job: null }));
  }

  recognize(request: OcrRequest): Promise<OcrText> {
    return new Promise<OcrText>((resolve, reject) => {
      const job: Job = { request, resolve, reject, settled: false };
      if (this.closed || request.signal?.aborted) {
        this.settle(job, this.cancelled(job));
        return;
      }
      this.queue.push(job, request.priority);
      this.watch(job);
      this.dispatch();
    });
  }

  stats(): OcrPoolStats {
    return {
      workers: this.slots.filter((slot) => slot.handle !== null).length,
      busy: this.slots.filter((slot) => slot.job !== null).length,
      queued: this.queue.size,
      recycled: this.recycled,
      jobsDone: this.jobsDone,
    };
  }

  /** Cancels what is queued or running and stops every worker. */
  async terminate(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.drain()) this.settle(job, this.cancelled(job));
    for (const slot of this.slots) if (slot.job) this.settle(slot.job, this.cancelled(slot.job));
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
  }

  private cancelled(job: Job): AppError {
    return AppError.of('ocr-cancelled', { page: job.request.page ?? '' });
  }

  /** A cancelled job hears nothing more. */
  private progress(job: Job, progress: number): void {
    if (!job.settled) job.request.onProgress?.(Math.min(1, Math.max(0, progress)));
  }

  private settle(job: Job, outcome: OcrText | AppError): void {
    if (job.settled) return;
    job.settled = true;
    this.unwatch(job);
    if (outcome instanceof AppError) job.reject(outcome);
    else job.resolve(outcome);
  }

  private watch(job: Job): void {
    const { signal } = job.request;
    if (!signal) return;
    let entry = this.watched.get(signal);
    if (!entry) {
      const jobs = new Set<Job>();
      const onAbort = () => {
        for (const waiting of [...jobs]) {
          this.queue.remove(waiting);
          this.settle(waiting, this.cancelled(waiting));
        }
      };
      entry = { jobs, onAbort };
      this.watched.set(signal, entry);
      signal.addEventListener('abort', onAbort, { once: true });
    }
    entry.jobs.add(job);
  }

  private unwatch(job: Job): void {
    const { signal } = job.request;
    const entry = signal && this.watched.get(signal);
    if (!signal || !entry) return;
    entry.jobs.delete(job);
    if (entry.jobs.size > 0) return;
    signal.removeEventListener('abort', entry.onAbort);
    this.watched.delete(signal);
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      void this.run(slot, job);
    }
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    slot.job = job;
    const handle = (slot.handle ??= this.spawn(slot));
    let healthy = true;
    try {
      const worker = await Promise.race([handle.ready, handle.died]);
      // A job cancelled while the worker loaded its model is not read at all.
      if (!job.settled) {
        const options: Partial<RecognizeOptions> & Partial<WorkerParams> = {
          tessedit_pageseg_mode: psm[job.request.mode],
          ...(job.request.dpi === undefined ? {} : { user_defined_dpi: String(job.request.dpi) }),
        };
        const { image } = job.request;
        const recognized = worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), options, output);
        const { data } = await Promise.race([recognized, handle.died]);
        handle.jobsDone += 1;
        this.jobsDone += 1;
        this.progress(job, 1);
        this.settle(job, toOcrText(data));
      }
    } catch (error) {
      healthy = false;
      if (!job.settled) this.jobsDone += 1;
      this.settle(job, AppError.of('ocr-failed', { detail: errorDetail(error) }));
    }
    slot.job = null;
    if (handle.retired) return;
    // A worker that failed may be left in any state; failures are rare enough to pay a model load each.
    if (!healthy) {
      void this.retire(slot);
    } else if (shouldRecycle({ rssBytes: process.memoryUsage.rss(), startRssBytes: handle.startRssBytes, ceilingBytes: this.ceilingBytes, minGrowthBytes: this.minGrowthBytes, jobsDone: handle.jobsDone, maxJobs: this.maxJobs })) {
      this.recycled += 1;
      void this.retire(slot);
    }
    this.dispatch();
  }

  private spawn(slot: Slot): WorkerHandle {
    let die: (error: Error) => void = () => undefined;
    const died = new Promise<never>((_, reject) => {
      die = reject;
    });
    died.catch(() => undefined);
    const handle: WorkerHandle = {
      ready: this.startWorker(slot, (error) => {
        if (handle.retired) return;
        die(error);
        // Dead while idle: the next job starts a fresh worker instead of failing on this one.
        if (slot.handle === handle && !slot.job) slot.handle = null;
      }),
      died,
      die,
      jobsDone: 0,
      startRssBytes: Infinity,
      retired: false,
    };
    handle.ready.then(() => {
      handle.startRssBytes = process.memoryUsage.rss();
    }, () => undefined);
    return handle;
  }

  private async startWorker(slot: Slot, onDeath: (error: Error) => void): Promise<Worker> {
    await this.checkFiles();
    return new Promise<Worker>((resolve, reject) => {
      createWorker('vie', OEM.LSTM_ONLY, {
        langPath: this.langPath,
        ...(this.workerPath ? { workerPath: this.workerPath } : {}),
        gzip: true,
        cacheMethod: 'none',
        logger: (message) => {
          if (message.status === 'recognizing text' && slot.job) this.progress(slot.job, message.progress);
        },
        // Without a handler tesseract.js throws from its message listener. A failed job already rejects its own
        // promise; only a failure while loading the model has no other way out.
        errorHandler: (error: unknown) => reject(new Error(String(error))),
      }, quietConfig).then((worker) => {
        // tesseract.js listens to its thread with `onerror`, which a Node worker thread never calls.
        const thread = (worker as unknown as { worker: NodeWorker }).worker;
        thread.on('error', onDeath);
        thread.on('exit', (code) => onDeath(new Error(`the OCR worker stopped (exit code ${code})`)));
        resolve(worker);
      }, reject);
    });
  }

  /**
   * tesseract.js never settles a worker whose model file is missing, and a worker script that is not there
   * kills the thread before anyone listens to it: both are checked before a thread starts.
   */
  private async checkFiles(): Promise<void> {
    const files = [path.join(this.langPath, traineddataFileName), ...(this.workerPath ? [this.workerPath] : [])];
    for (const file of files) {
      try {
        await access(file);
      } catch {
        throw new Error(`missing ${file}`);
      }
    }
  }

  private async retire(slot: Slot): Promise<void> {
    const handle = slot.handle;
    slot.handle = null;
    if (!handle) return;
    handle.retired = true;
    handle.die(new Error('the OCR worker was stopped'));
    const worker = await handle.ready.catch(() => null);
    await worker?.terminate();
  }
}
