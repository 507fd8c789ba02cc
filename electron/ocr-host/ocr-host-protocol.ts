// What the main process and the OCR process say to each other. The OCR process holds everything that
// decodes, resamples and recognizes pixels (reading pages, and the scans' import and images through a
// ScanReader); the main process keeps the queue, the cache and correction.
import type { AppErrorPayload } from '../../shared/api/app-error.ts';
import type { PageReading } from '../../shared/ocr/page-reading.ts';
import type { Template } from '../../shared/ocr/template.ts';
import type { PageScan, PipelineStage } from '../services/page-pipeline.ts';
import type { PageImages } from '../services/page-preprocess.ts';
import type { ScanReader } from '../services/scan-reader.ts';
import type { OcrModelName } from '../services/tessdata.ts';

/** The environment variable that gives the OCR process its HostConfig, in JSON (Electron's utility processes and forked Node processes see their arguments differently, their environment alike). */
export const hostConfigEnv = 'SOHOA_OCR_HOST';

export interface HostConfig {
  model: OcrModelName;
  /** tesseract workers */
  size: number;
  /** Electron's resources folder when packaged */
  resourcesDir?: string;
}

/** A call of the ScanReader in the OCR process: its method and its arguments. */
export type ScanCall = { [M in keyof ScanReader]: { method: M; args: Parameters<ScanReader[M]> } }[keyof ScanReader];

export type HostRequest =
  | { type: 'read'; id: number; page: string; scan: PageScan; template: Template; templates: Template[]; priority: number }
  | { type: 'cancel'; id: number }
  | { type: 'scan'; id: number; call: ScanCall };

export type HostReply =
  | { type: 'progress'; id: number; stage: PipelineStage; progress: number }
  /** the page's display image and thumbnail, sent before its reading */
  | { type: 'images'; id: number; images: PageImages }
  | { type: 'done'; id: number; reading: PageReading }
  | { type: 'failed'; id: number; error: AppErrorPayload }
  /** what a ScanCall returned (a cut page as a WireCut) */
  | { type: 'scanned'; id: number; value: unknown }
  /** the OCR process's resident memory, sent while it reads */
  | { type: 'memory'; rssBytes: number };
