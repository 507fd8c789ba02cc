// Scans are kept byte for byte as imported, named by their SHA-256, so the same scan imported twice is
// one page and a page's identity never depends on its file name. A multi-page TIFF or a PDF is kept whole
// under originals/, and each of its pages becomes a page of its own: a lossless PNG named by its own SHA-256.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ImageFormat, ImportedFile, PageImage, PageInfo } from '../../shared/api/app-api.ts';
import { AppError, type AppErrorPayload } from '../../shared/api/app-error.ts';
import { checkImageFile, imageMimeTypes } from '../../shared/pages/image-policy.ts';
import { checkPageCount, failedPagesError, type PageFailure } from '../../shared/pages/tiff-pages.ts';
import { readFileIfPresent, writeFileDurably } from './durable-file.ts';
import type { ScanReader } from './scan-reader.ts';

type SourcePage = NonNullable<PageInfo['sourcePage']>;

interface StoredPageMeta {
  sha256: string;
  fileName: string;
  format: ImageFormat;
  width: number;
  height: number;
  byteLength: number;
  importedAt: string;
  sourcePage?: SourcePage;
  /** the multi-page TIFF or PDF under originals/ the page was cut from */
  sourceSha256?: string;
}

/** What became of a multi-page TIFF or a PDF, so importing it again finds its pages without cutting them again. */
interface StoredOriginalMeta {
  sha256: string;
  fileName: string;
  byteLength: number;
  pageCount: number;
  /** the stored page cut from each page of the file that could be read (1-based) */
  pages: { index: number; sha256: string }[];
  importedAt: string;
}

/** One imported file; `error` names the pages of a multi-page file that failed while its others imported. */
export interface StoredFile extends ImportedFile {
  error?: AppErrorPayload;
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class PageStore {
  private readonly dir: string;
  private readonly originalsDir: string;

  /** `reader` decodes the pixels: the OCR process's in the app (scan-reader.ts). */
  constructor(dataDir: string, private readonly reader: ScanReader) {
    this.dir = path.join(dataDir, 'pages');
    this.originalsDir = path.join(dataDir, 'originals');
  }

  private imagePath(sha256: string): string {
    return path.join(this.dir, sha256);
  }

  private metaPath(sha256: string): string {
    return path.join(this.dir, `${sha256}.json`);
  }

  /**
   * A single-image file becomes one page. A multi-page TIFF becomes one page per page of the file, cut
   * one at a time so only one is ever decoded; a page that cannot be read is reported in `error` while
   * the others are kept. A PDF becomes one page per page of the file in the same way (electron/services/
   * pdf-pages.ts), even when it has a single page. Throws when nothing could be imported.
   */
  async import(fileName: string, bytes: Uint8Array): Promise<StoredFile> {
    const fileError = checkImageFile(fileName, bytes.byteLength);
    if (fileError) throw fileError;
    const opened = await this.reader.open(fileName, bytes);
    if (opened.kind === 'image') return { fileName, pages: [await this.storePage(bytes, { fileName, ...opened.image })] };
    try {
      return await this.importPages(fileName, bytes, opened.count, opened.scan);
    } finally {
      await this.reader.close(opened.scan);
    }
  }

  /** Cuts and stores the pages of a multi-page file one at a time, so only one is ever decoded. */
  private async importPages(fileName: string, bytes: Uint8Array, count: number, scan: number): Promise<StoredFile> {
    const tooMany = checkPageCount(fileName, count);
    if (tooMany) throw tooMany;
    const sha256 = sha256Of(bytes);
    const known = await this.readOriginalMeta(sha256);
    const knownPages = new Map(known?.pages.map((page) => [page.index, page.sha256]));
    const pages: PageInfo[] = [];
    const failures: PageFailure[] = [];
    for (let index = 1; index <= count; index++) {
      const sourcePage = { index, count };
      const knownSha = knownPages.get(index);
      const existing = knownSha === undefined ? null : await this.readMeta(knownSha);
      if (existing) {
        pages.push({ ...toPageInfo(existing), fileName, sourcePage, alreadyImported: true });
        continue;
      }
      const cut = await this.reader.cut(scan, index);
      if ('failure' in cut) {
        failures.push({ index, error: cut.failure });
        continue;
      }
      const { png, width, height } = cut;
      pages.push(await this.storePage(png, { fileName, format: 'png', width, height, sourcePage, sourceSha256: sha256 }));
    }
    if (pages.length === 0) throw failedPagesError(fileName, failures);
    if (!known || pages.some((page) => !page.alreadyImported)) {
      await this.storeOriginal(bytes, {
        sha256, fileName, byteLength: bytes.byteLength, pageCount: count,
        pages: pages.map((page) => ({ index: page.sourcePage!.index, sha256: page.sha256 })),
        importedAt: new Date().toISOString(),
      });
    }
    return failures.length === 0 ? { fileName, pages } : { fileName, pages, error: failedPagesError(fileName, failures).toPayload() };
  }

  private async storePage(bytes: Uint8Array, page: Omit<StoredPageMeta, 'sha256' | 'byteLength' | 'importedAt'>): Promise<PageInfo> {
    const sha256 = sha256Of(bytes);
    const existing = await this.readMeta(sha256);
    // A page whose image was lost or damaged on disk is stored again from the scan being imported.
    if (existing && (await this.readIntact(sha256)) !== null) return { ...toPageInfo(existing), fileName: page.fileName, sourcePage: page.sourcePage, alreadyImported: true };
    const meta: StoredPageMeta = { sha256, ...page, byteLength: bytes.byteLength, importedAt: new Date().toISOString() };
    // The meta file is written last: a page exists once its meta does, so a crash never leaves half a page.
    await writeFileDurably(this.dir, this.imagePath(sha256), bytes);
    await writeFileDurably(this.dir, this.metaPath(sha256), JSON.stringify(meta));
    return { ...toPageInfo(meta), alreadyImported: false };
  }

  private async storeOriginal(bytes: Uint8Array, meta: StoredOriginalMeta): Promise<void> {
    await writeFileDurably(this.originalsDir, path.join(this.originalsDir, meta.sha256), bytes);
    await writeFileDurably(this.originalsDir, path.join(this.originalsDir, `${meta.sha256}.json`), JSON.stringify(meta));
  }

  /** The page's image as imported; one that no longer has the SHA-256 it is kept under is refused, never shown or sent. */
  async readImage(sha256: string): Promise<PageImage> {
    const meta = await this.requireMeta(sha256);
    const bytes = await this.readIntact(sha256);
    if (bytes === null) throw AppError.of('page-damaged', { page: sha256.slice(0, 12) });
    return { mimeType: imageMimeTypes[meta.format], bytes };
  }

  /** The image's bytes when they still hash to its name; null when it is missing, cut short or changed. */
  private async readIntact(sha256: string): Promise<Uint8Array | null> {
    const bytes = await readFileIfPresent(this.imagePath(sha256));
    return bytes !== null && sha256Of(bytes) === sha256 ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
  }

  /** Where a stored page's image is, for services that derive other images from it by path. */
  async pagePath(sha256: string): Promise<string> {
    await this.requireMeta(sha256);
    return this.imagePath(sha256);
  }

  private async requireMeta(sha256: string): Promise<StoredPageMeta> {
    const meta = await this.readMeta(sha256);
    if (!meta) throw AppError.of('page-not-found', { page: sha256.slice(0, 12) });
    return meta;
  }

  private readMeta(sha256: string): Promise<StoredPageMeta | null> {
    return readJson<StoredPageMeta>(this.metaPath(sha256));
  }

  private readOriginalMeta(sha256: string): Promise<StoredOriginalMeta | null> {
    return readJson<StoredOriginalMeta>(path.join(this.originalsDir, `${sha256}.json`));
  }
}

/** A meta file, or null when there is none or it cannot be read (cut short by a crash): the page is then imported again whole. */
async function readJson<T>(file: string): Promise<T | null> {
  const bytes = await readFileIfPresent(file);
  if (bytes === null) return null;
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    console.warn(`[sohoa] ${path.basename(file)} cannot be read and is treated as missing`);
    return null;
  }
}

function toPageInfo(meta: StoredPageMeta): Omit<PageInfo, 'alreadyImported'> {
  const { sha256, fileName, format, width, height, byteLength, sourcePage } = meta;
  return { sha256, fileName, ...(sourcePage && { sourcePage }), format, width, height, byteLength };
}
