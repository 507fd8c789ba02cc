// One tesseract.js worker thread, created on first use and reused: loading the Vietnamese model costs
// seconds. Jobs run one at a time; the pool of issue "page pipeline" replaces this.
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { AppError } from '../../shared/api/app-error.ts';
import { prepareForOcr } from './ocr-image.ts';
import { defaultOcrModel, packagedOcrWorkerPath, tessdataDir } from './tessdata.ts';

export interface OcrProgressUpdate {
  status: string;
  progress: number;
}

export interface OcrOutput {
  text: string;
  confidence: number;
}

export class OcrEngine {
  readonly engine = 'tesseract.js';
  readonly model: string;
  private readonly langPath: string;
  private readonly workerPath: string | undefined;
  private worker: Promise<Worker> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private onProgress: ((update: OcrProgressUpdate) => void) | null = null;

  constructor(options: { model?: string; resourcesDir?: string } = {}) {
    this.model = `vie/${options.model ?? defaultOcrModel}`;
    this.langPath = tessdataDir(options.model, options.resourcesDir);
    this.workerPath = options.resourcesDir ? packagedOcrWorkerPath(options.resourcesDir) : undefined;
  }

  private getWorker(): Promise<Worker> {
    this.worker ??= createWorker('vie', OEM.LSTM_ONLY, {
      langPath: this.langPath,
      ...(this.workerPath ? { workerPath: this.workerPath } : {}),
      gzip: true,
      cacheMethod: 'none',
      logger: (m) => this.onProgress?.({ status: m.status, progress: m.progress }),
      errorHandler: (e) => console.error('[sohoa] OCR worker error:', e),
    }).catch((error: unknown) => {
      this.worker = null;
      throw error;
    });
    return this.worker;
  }

  recognize(image: Uint8Array, onProgress?: (update: OcrProgressUpdate) => void): Promise<OcrOutput> {
    const job = this.queue.then(async () => {
      this.onProgress = onProgress ?? null;
      try {
        const worker = await this.getWorker();
        const { data } = await worker.recognize(await prepareForOcr(image));
        return { text: data.text.normalize('NFC'), confidence: data.confidence };
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw AppError.of('ocr-failed', { detail: error instanceof Error ? error.message : String(error) });
      } finally {
        this.onProgress = null;
      }
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }
}
