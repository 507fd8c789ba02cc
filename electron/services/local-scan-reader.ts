// The ScanReader (scan-reader.ts) that decodes in this process, with sharp, and with pdf.js for PDFs.
import { readFile } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../shared/api/app-error.ts';
import type { ImageFormat } from '../../shared/api/app-api.ts';
import { checkImageFile, checkImageHeader, maxImagePixels } from '../../shared/pages/image-policy.ts';
import { isPdf } from '../../shared/pages/pdf-pages.ts';
import { filePixelSpender, type CutPage } from '../../shared/pages/tiff-pages.ts';
import { preprocessPage } from './page-preprocess.ts';
import { openPdf } from './pdf-pages.ts';
import type { InspectedImage, ScanReader } from './scan-reader.ts';

const quickThumbnailWidth = 240;

/**
 * libtiff reports a damaged strip as an error, which sharp's 'truncated' level lets through as a black
 * band; other decoders report truncation as such, and their mere warnings should not refuse a scan.
 */
function failOnFor(format: string | undefined) {
  return format === 'tiff' ? 'error' : 'truncated';
}

async function readHeader(label: string, bytes: Uint8Array): Promise<Metadata> {
  try {
    // Reading the header decodes no pixels; the pixel limit is checked after, so the message can give the size.
    return await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw AppError.of('image-unsupported', { file: label });
  }
}

async function checkWholeImage(fileName: string, bytes: Uint8Array, header: Metadata): Promise<InspectedImage> {
  const headerError = checkImageHeader(fileName, header);
  if (headerError) throw headerError;
  try {
    // A full decode (to a small size, so memory stays low) is the only way to find a truncated file.
    await sharp(bytes, { limitInputPixels: maxImagePixels, failOn: failOnFor(header.format) })
      .resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch {
    throw AppError.of('image-truncated', { file: fileName });
  }
  return { format: header.format as ImageFormat, width: header.width, height: header.height };
}

/** Refuses what is not a whole, decodable scan within the limits; decodes nothing past the header if too big. */
export async function inspectImage(fileName: string, bytes: Uint8Array): Promise<InspectedImage> {
  const fileError = checkImageFile(fileName, bytes.byteLength);
  if (fileError) throw fileError;
  return checkWholeImage(fileName, bytes, await readHeader(fileName, bytes));
}

/**
 * Decodes one page of a multi-page TIFF (and only that page) into a PNG with the same pixels, once `spend`
 * has allowed its pixels out of the file's budget.
 */
async function cutTiffPage(bytes: Uint8Array, index: number, spend: (pixels: number) => CutPage | null): Promise<CutPage> {
  let header: Metadata;
  try {
    header = await sharp(bytes, { limitInputPixels: false, page: index - 1 }).metadata();
  } catch {
    return { failure: (label) => AppError.of('image-unsupported', { file: label }) };
  }
  if (checkImageHeader('', header)) return { failure: (label) => checkImageHeader(label, header)! };
  const overBudget = spend(header.width * header.height);
  if (overBudget) return overBudget;
  try {
    let page = sharp(bytes, { page: index - 1, limitInputPixels: maxImagePixels, failOn: 'error' });
    // sharp turns everything into sRGB unless told otherwise: a gray scan would triple in size.
    if (header.space === 'b-w' || header.space === 'grey16') page = page.toColourspace(header.space);
    if (header.density) page = page.withDensity(header.density);
    const { data, info } = await page.png().toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  } catch {
    return { failure: (label) => AppError.of('image-truncated', { file: label }) };
  }
}

/** A multi-page TIFF's pages, cut until the pixels they declare pass the file's budget; the rest are refused unread. */
function tiffPages(bytes: Uint8Array): OpenFile {
  const { spend, spent } = filePixelSpender(bytes.byteLength);
  return {
    cutPage: async (index) => spent() ?? cutTiffPage(bytes, index, spend),
    close: () => Promise.resolve(),
  };
}

interface OpenFile {
  cutPage(index: number): Promise<CutPage>;
  close(): Promise<void>;
}

export function createLocalScanReader(): ScanReader {
  const files = new Map<number, OpenFile>();
  let nextScan = 1;
  const keep = (file: OpenFile) => {
    const scan = nextScan++;
    files.set(scan, file);
    return scan;
  };

  return {
    async open(fileName, bytes) {
      if (isPdf(bytes)) {
        const pdf = await openPdf(fileName, bytes);
        if (pdf.pageCount === 0) {
          await pdf.close();
          throw AppError.of('pdf-damaged', { file: fileName });
        }
        return { kind: 'pages', count: pdf.pageCount, scan: keep(pdf) };
      }
      const header = await readHeader(fileName, bytes);
      const count = header.format === 'tiff' ? (header.pages ?? 1) : 1;
      if (count > 1) return { kind: 'pages', count, scan: keep(tiffPages(bytes)) };
      return { kind: 'image', image: await checkWholeImage(fileName, bytes, header) };
    },
    async cut(scan, index) {
      const file = files.get(scan);
      if (!file) throw new Error(`no open file ${scan}`);
      return file.cutPage(index);
    },
    async close(scan) {
      const file = files.get(scan);
      files.delete(scan);
      await file?.close();
    },
    async thumbnail(file) {
      return new Uint8Array(await sharp(file, { limitInputPixels: maxImagePixels }).rotate().resize({ width: quickThumbnailWidth }).webp({ quality: 70 }).toBuffer());
    },
    async prepare(file) {
      const { display, thumbnail } = await preprocessPage(new Uint8Array(await readFile(file)));
      return { display, thumbnail };
    },
  };
}
