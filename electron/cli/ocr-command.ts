// `sohoa ocr <images or folders...> --template EDITION [--json]`: the app's page pipeline for a team's
// batch. Folders are walked for scans, every page of a multi-page TIFF or a PDF is read, pages are
// recognized in the pool in parallel and printed in order; a bad file is reported and the batch goes on.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { asOcrFailure, type AppErrorPayload } from '../../shared/api/app-error.ts';
import type { ExtractedEntry, PageExtraction, PageIssue } from '../../shared/ocr/ocr-types.ts';
import { checkPageCount } from '../../shared/pages/tiff-pages.ts';
import { checkImageFile, maxImagePixels } from '../../shared/pages/image-policy.ts';
import { isPdf } from '../../shared/pages/pdf-pages.ts';
import { listScanFiles } from '../services/page-import.ts';
import { inspectImage } from '../services/local-scan-reader.ts';
import { openPdf } from '../services/pdf-pages.ts';
import { createOcrSetup } from '../services/ocr-setup.ts';
import type { PlacePackStore } from '../services/place-pack-store.ts';
import { createTemplateStore, templatesDir } from '../services/template-store.ts';
import type { OcrModelName } from '../services/tessdata.ts';
import type { CliIo } from './cli-io.ts';

export interface OcrCommandOptions {
  template: string | undefined;
  json: boolean;
  model: OcrModelName | undefined;
  /** ISO date the places are read at */
  date: string | undefined;
  dataDir: string | null;
  places: PlacePackStore;
}

interface PageResult {
  file: string;
  /** 1-based page of a multi-page TIFF or a PDF */
  page?: number;
  pageCount?: number;
  templateId?: string;
  confidence?: number;
  issues?: PageIssue[];
  entries?: ExtractedEntry[];
  error?: AppErrorPayload;
}

export const ocrUsage = 'sohoa ocr <ảnh hoặc thư mục/images or folders...> --template MẪU/EDITION [--json] [--model fast|best_int] [--date YYYY-MM-DD]';

interface ScanPage {
  file: string;
  page?: number;
  pageCount?: number;
  /** names the page in the cache: the file's SHA-256, and the page's number in a multi-page file */
  id: string;
  /** read when the page's turn comes, so a 500-page batch is never all in memory */
  load: () => Promise<Uint8Array>;
}

async function readScan(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(file));
}

/** One page of a PDF as a lossless PNG, the PDF read again so that no more than one page is held. */
async function loadPdfPage(file: string, index: number): Promise<Uint8Array> {
  const pdf = await openPdf(file, await readScan(file));
  try {
    const cut = await pdf.cutPage(index);
    if ('failure' in cut) throw cut.failure(`${file}, trang ${index}`);
    return cut.png;
  } finally {
    await pdf.close();
  }
}

/** The pages of a PDF, each cut as the app imports it (electron/services/pdf-pages.ts). */
async function pdfPagesOf(file: string, bytes: Uint8Array): Promise<ScanPage[]> {
  const fileError = checkImageFile(file, bytes.byteLength);
  if (fileError) throw fileError;
  const pdf = await openPdf(file, bytes);
  const count = pdf.pageCount;
  await pdf.close();
  const tooMany = checkPageCount(file, count);
  if (tooMany) throw tooMany;
  const id = createHash('sha256').update(bytes).digest('hex');
  return Array.from({ length: count }, (_, index) => ({
    file,
    ...(count > 1 && { page: index + 1, pageCount: count }),
    id: `${id}-p${index + 1}`,
    load: () => loadPdfPage(file, index + 1),
  }));
}

/** The pages of one file: itself, or each page of a multi-page TIFF or a PDF as a lossless PNG. */
async function pagesOf(file: string): Promise<ScanPage[]> {
  const bytes = await readScan(file);
  if (isPdf(bytes)) return pdfPagesOf(file, bytes);
  const image = await inspectImage(file, bytes);
  const id = createHash('sha256').update(bytes).digest('hex');
  const count = image.format === 'tiff' ? ((await sharp(bytes, { limitInputPixels: false }).metadata()).pages ?? 1) : 1;
  const tooMany = checkPageCount(file, count);
  if (tooMany) throw tooMany;
  if (count === 1) return [{ file, id, load: () => readScan(file) }];
  return Array.from({ length: count }, (_, index) => ({
    file,
    page: index + 1,
    pageCount: count,
    id: `${id}-p${index + 1}`,
    load: async () => new Uint8Array(await sharp(await readScan(file), { page: index, limitInputPixels: maxImagePixels }).png({ compressionLevel: 1 }).toBuffer()),
  }));
}

function errorPayload(error: unknown): AppErrorPayload {
  return asOcrFailure(error).toPayload();
}

function formatPage(result: PageResult): string {
  const title = result.page ? `${result.file} (trang/page ${result.page}/${result.pageCount})` : result.file;
  if (result.error) return `== ${title} ==\n  ${result.error.vi}\n  ${result.error.en}`;
  const lines = [`== ${title} · ${result.templateId} · độ tin cậy/confidence ${Math.round(result.confidence ?? 0)} ==`];
  for (const issue of result.issues ?? []) lines.push(`  ! ${issue.message.vi} / ${issue.message.en}`);
  for (const entry of result.entries ?? []) {
    lines.push(`  Mục/entry ${entry.index + 1}`);
    for (const [key, field] of Object.entries(entry.fields)) {
      const mark = field.lowConfidence ? ' ⚠' : '';
      const changed = field.value !== field.raw.trim() ? `  (đọc được/read: ${field.raw})` : '';
      lines.push(`    ${key}: ${field.value}  [${Math.round(field.confidence)}]${mark}${changed}`);
    }
  }
  return lines.join('\n');
}

function toResult(scan: ScanPage, extraction: PageExtraction): PageResult {
  return {
    file: scan.file,
    ...(scan.page ? { page: scan.page, pageCount: scan.pageCount } : {}),
    templateId: extraction.templateId,
    confidence: extraction.confidence,
    issues: extraction.issues,
    entries: extraction.entries,
  };
}

export async function ocrCommand(targets: string[], options: OcrCommandOptions, io: CliIo): Promise<number> {
  if (targets.length === 0 || !options.template) {
    io.stderr(`Cách dùng / usage: ${ocrUsage}`);
    return 2;
  }
  try {
    await createTemplateStore(templatesDir()).get(options.template);
  } catch (error) {
    const payload = errorPayload(error);
    io.stderr(`${payload.vi}\n${payload.en}`);
    return 2;
  }
  const listing = await listScanFiles(targets);
  const setup = createOcrSetup({ dataDir: options.dataDir, model: options.model, places: options.places });
  const results: PageResult[] = listing.errors.map(({ path, error }) => ({ file: path, error }));
  if (!options.json) for (const result of results) io.stderr(formatPage(result));
  try {
    // Every page is queued at once, so the pool never waits; results are printed in the files' order.
    const pending = listing.files.map(async (file) => {
      let scans: ScanPage[];
      try {
        scans = await pagesOf(file);
      } catch (error) {
        return [{ file, error: errorPayload(error) }];
      }
      return Promise.all(scans.map(async (scan) => {
        try {
          const extraction = await setup.service.extract({ page: scan.id, templateId: options.template!, priority: 'batch', placeDate: options.date, load: scan.load });
          return toResult(scan, extraction);
        } catch (error) {
          return { file: scan.file, ...(scan.page ? { page: scan.page, pageCount: scan.pageCount } : {}), error: errorPayload(error) };
        }
      }));
    });
    for (const filePages of pending) {
      for (const result of await filePages) {
        results.push(result);
        if (options.json) continue;
        if (result.error) io.stderr(formatPage(result));
        else io.stdout(formatPage(result));
      }
    }
  } finally {
    await setup.dispose();
  }
  if (options.json) io.stdout(JSON.stringify(results, null, 2));
  return results.some((r) => r.error) ? 1 : 0;
}
