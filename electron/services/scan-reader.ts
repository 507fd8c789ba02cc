// Everything that decodes a scan's pixels when it is imported or shown, behind one interface. The app runs
// it in the OCR process (ocr-host.ts), where pixels are decoded anyway and glibc's arenas are kept in check:
// libvips in the main process grew it by some 50 MB over a day of imports, and sharp, pdf.js and its canvas
// cost it 65 MB more before the first page. The CLI and the tests run it in their own process
// (local-scan-reader.ts).
import type { ImageFormat } from '../../shared/api/app-api.ts';
import { AppError, type AppErrorPayload } from '../../shared/api/app-error.ts';
import type { CutPage } from '../../shared/pages/tiff-pages.ts';
import type { PageImages } from './page-preprocess.ts';

export interface InspectedImage {
  format: ImageFormat;
  width: number;
  height: number;
}

/** A single image, checked whole; or a multi-page TIFF or a PDF, open for its pages to be cut one at a time. */
export type OpenedScan = { kind: 'image'; image: InspectedImage } | { kind: 'pages'; count: number; scan: number };

export interface ScanReader {
  /** Refuses (AppError naming the file) what is not a whole, decodable scan within the limits. */
  open(fileName: string, bytes: Uint8Array): Promise<OpenedScan>;
  /** One page (1-based) of an open multi-page file, as a lossless PNG, or why it cannot be read. */
  cut(scan: number, index: number): Promise<CutPage>;
  close(scan: number): Promise<void>;
  /** A quick thumbnail of a stored page (its file) not read yet. */
  thumbnail(file: string): Promise<Uint8Array>;
  /** A stored page's display image and thumbnail, as preprocessing makes them for OCR. */
  prepare(file: string): Promise<PageImages>;
}

/** A cut page as it crosses between processes: a failure names its page by a label only the importer knows. */
export type WireCut = Exclude<CutPage, { failure: unknown }> | { failure: AppErrorPayload };

const labelSlot = '\u0000';

export function cutToWire(cut: CutPage): WireCut {
  return 'failure' in cut ? { failure: cut.failure(labelSlot).toPayload() } : cut;
}

export function cutFromWire(cut: WireCut): CutPage {
  if (!('failure' in cut)) return cut;
  const { code, vi, en } = cut.failure;
  return { failure: (label) => new AppError({ code, vi: vi.replaceAll(labelSlot, label), en: en.replaceAll(labelSlot, label) }) };
}
