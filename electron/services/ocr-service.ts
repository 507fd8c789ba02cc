// Pages waiting for the pipeline, in priority order: the page on screen before a book's batch. A page
// asked for twice is read once; a result read before comes from the cache, so reopening a page is instant.
// At most one page more than the OCR process has workers is in the pipeline, so the next page is
// preprocessed while the current one is recognized, and a batch never floods memory with decoded pages.
// Pages are read in the OCR process (ocr-host/) and corrected here, where the place table already is.
import { AppError, asOcrFailure } from '../../shared/api/app-error.ts';
import type { OcrStage } from '../../shared/api/app-api.ts';
import { JobQueue } from '../../shared/ocr/job-queue.ts';
import type { PageExtraction } from '../../shared/ocr/ocr-types.ts';
import type { CorrectionContext } from '../../shared/ocr/post-correct.ts';
import type { OcrCache } from './ocr-cache.ts';
import { correctReading } from '../../shared/ocr/page-reading.ts';
import type { PageReader } from '../ocr-host/ocr-host.ts';
import type { PageScan, PipelineStage } from './page-pipeline.ts';
import type { PageImages } from './page-preprocess.ts';
import type { TemplateStore } from './template-store.ts';

/** Bumped whenever preprocessing, extraction or correction changes what a page yields: old cache entries then miss. */
export const pipelineVersion = '3';

export type PagePriority = 'visible' | 'batch';

export interface PageJob {
  page: string;
  templateId: string;
  priority: PagePriority;
  placeDate?: string;
  /** the scan, loaded only when the page's turn comes (a batch of 500 pages is not held in memory) */
  load: () => Promise<PageScan>;
}

export interface OcrServiceOptions {
  reader: PageReader;
  cache: OcrCache<PageExtraction> | null;
  templates: TemplateStore;
  correction: (placeDate: string | undefined) => Promise<CorrectionContext>;
  onProgress?: (page: string, stage: OcrStage, progress: number) => void;
  onPrepared?: (page: string, images: PageImages) => Promise<void>;
}

interface Waiting {
  job: PageJob;
  controller: AbortController;
  promise: Promise<PageExtraction>;
  resolve: (result: PageExtraction) => void;
  reject: (error: unknown) => void;
  /** admitting: the cache is being asked; then queued, running, and settled once answered */
  state: 'admitting' | 'queued' | 'running' | 'settled';
}

const priorities: Record<PagePriority, number> = { visible: 0, batch: 10 };
/** Where each stage of a page starts on its progress bar, and how much of it the stage covers. */
const stageSpan: Record<PipelineStage, [number, number]> = { preprocess: [0, 0.1], ocr: [0.1, 0.85], extract: [0.95, 0.05] };

export class OcrService {
  private readonly queue = new JobQueue<Waiting>();
  private readonly byKey = new Map<string, Waiting>();
  private running = 0;

  constructor(private readonly options: OcrServiceOptions) {}

  private get concurrency(): number {
    return this.options.reader.size + 1;
  }

  private key(job: PageJob): string {
    return `${job.page}|${job.templateId}|${job.placeDate ?? ''}`;
  }

  private cacheKey(job: PageJob): string | null {
    const { reader, cache } = this.options;
    return cache && cache.key({ page: job.page, engine: reader.engine, model: reader.model, template: `${job.templateId}@${job.placeDate ?? ''}`, pipeline: pipelineVersion });
  }

  /** The page's extraction: from the cache at once when it was read before, else when its turn in the queue comes. */
  extract(job: PageJob): Promise<PageExtraction> {
    const existing = this.byKey.get(this.key(job));
    if (existing) {
      // The page came on screen while waiting in a batch: it moves to the front.
      if (priorities[job.priority] < priorities[existing.job.priority]) {
        existing.job = { ...existing.job, priority: job.priority };
        if (this.queue.remove(existing)) this.queue.push(existing, priorities[job.priority]);
      }
      return existing.promise;
    }
    let resolve!: (result: PageExtraction) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<PageExtraction>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const waiting: Waiting = { job, controller: new AbortController(), promise, resolve, reject, state: 'admitting' };
    // Known at once, so a cancel that comes before the cache has answered still finds the request.
    this.byKey.set(this.key(job), waiting);
    this.options.onProgress?.(job.page, 'queued', 0);
    void this.admit(waiting);
    return promise;
  }

  private async admit(waiting: Waiting): Promise<void> {
    const { job } = waiting;
    try {
      await this.options.templates.get(job.templateId);
      const cacheKey = this.cacheKey(job);
      const cached = cacheKey ? await this.options.cache!.get(cacheKey) : null;
      if (waiting.state !== 'admitting') return;
      if (cached) {
        this.settle(waiting, { ...cached, fromCache: true }, true);
        return;
      }
      waiting.state = 'queued';
      this.queue.push(waiting, priorities[waiting.job.priority]);
      this.next();
    } catch (error) {
      if (waiting.state === 'admitting') this.settle(waiting, error);
    }
  }

  /** Cancels every request for the page, waiting or running; false when there was none. */
  cancel(page: string): boolean {
    let cancelled = false;
    for (const waiting of [...this.byKey.values()]) {
      if (waiting.job.page !== page) continue;
      cancelled = true;
      waiting.controller.abort();
      if (waiting.state === 'admitting' || this.queue.remove(waiting)) this.settle(waiting, AppError.of('ocr-cancelled', { page: page.slice(0, 12) }));
    }
    return cancelled;
  }

  private settle(waiting: Waiting, outcome: unknown, ok = false): void {
    waiting.state = 'settled';
    this.byKey.delete(this.key(waiting.job));
    if (ok) {
      this.options.onProgress?.(waiting.job.page, 'done', 1);
      waiting.resolve(outcome as PageExtraction);
    } else {
      const cancelled = outcome instanceof AppError && outcome.code === 'ocr-cancelled';
      this.options.onProgress?.(waiting.job.page, cancelled ? 'cancelled' : 'failed', 0);
      waiting.reject(outcome);
    }
  }

  private next(): void {
    while (this.running < this.concurrency) {
      const waiting = this.queue.shift();
      if (!waiting) return;
      this.running++;
      waiting.state = 'running';
      void this.run(waiting).finally(() => {
        this.running--;
        this.next();
      });
    }
  }

  private async run(waiting: Waiting): Promise<void> {
    const { job, controller } = waiting;
    const { reader, templates, cache, onProgress } = this.options;
    try {
      const scan = await job.load();
      const template = await templates.get(job.templateId);
      const reading = await reader.read({
        page: job.page,
        scan,
        template,
        templates: await templates.all(),
        priority: priorities[job.priority],
        signal: controller.signal,
        onPrepared: this.options.onPrepared && ((images) => this.options.onPrepared!(job.page, images)),
        onProgress: (stage, progress) => {
          const [start, span] = stageSpan[stage];
          onProgress?.(job.page, stage, start + span * Math.min(1, Math.max(0, progress)));
        },
      });
      if (controller.signal.aborted) throw AppError.of('ocr-cancelled', { page: job.page.slice(0, 12) });
      const correctionStarted = performance.now();
      const corrected = correctReading(reading, template, await this.options.correction(job.placeDate));
      const timings = { ...corrected.timings, extract: corrected.timings.extract + performance.now() - correctionStarted };
      const extraction: PageExtraction = { ...corrected, timings, engine: reader.engine, model: reader.model, fromCache: false };
      const cacheKey = this.cacheKey(job);
      if (cacheKey) await cache!.set(cacheKey, extraction);
      this.settle(waiting, extraction, true);
    } catch (error) {
      if (controller.signal.aborted) this.settle(waiting, AppError.of('ocr-cancelled', { page: job.page.slice(0, 12) }));
      else this.settle(waiting, asOcrFailure(error));
    }
  }
}
