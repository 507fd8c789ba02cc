// Scans are kept byte for byte as imported, named by their SHA-256, so the same scan imported twice is
// one page and a page's identity never depends on its file name.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { ImageFormat, PageImage, PageInfo } from '../../shared/api/app-api.ts';
import { AppError } from '../../shared/api/app-error.ts';
import { checkImageFile, checkImageHeader, imageMimeTypes, maxImagePixels } from '../../shared/pages/image-policy.ts';

interface StoredPageMeta {
  sha256: string;
  fileName: string;
  format: ImageFormat;
  width: number;
  height: number;
  byteLength: number;
  importedAt: string;
}

export interface InspectedImage {
  format: ImageFormat;
  width: number;
  height: number;
}

const sharpOptions = { limitInputPixels: maxImagePixels, failOn: 'truncated' } as const;

/** Refuses what is not a whole, decodable scan within the limits; decodes nothing past the header if too big. */
export async function inspectImage(fileName: string, bytes: Uint8Array): Promise<InspectedImage> {
  const fileError = checkImageFile(fileName, bytes.byteLength);
  if (fileError) throw fileError;
  let header: Metadata;
  try {
    // Reading the header decodes no pixels; the limit is checked below so the message can give the size.
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw AppError.of('image-unsupported', { file: fileName });
  }
  const headerError = checkImageHeader(fileName, header);
  if (headerError) throw headerError;
  try {
    // A full decode (to a small size, so memory stays low) is the only way to find a truncated file.
    await sharp(bytes, sharpOptions).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch {
    throw AppError.of('image-truncated', { file: fileName });
  }
  return { format: header.format as ImageFormat, width: header.width, height: header.height };
}

export class PageStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'pages');
  }

  private imagePath(sha256: string): string {
    return path.join(this.dir, sha256);
  }

  private metaPath(sha256: string): string {
    return path.join(this.dir, `${sha256}.json`);
  }

  async import(fileName: string, bytes: Uint8Array): Promise<PageInfo> {
    const image = await inspectImage(fileName, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = await this.readMeta(sha256);
    if (existing) return { ...toPageInfo(existing), fileName, alreadyImported: true };

    await mkdir(this.dir, { recursive: true });
    const meta: StoredPageMeta = { sha256, fileName, ...image, byteLength: bytes.byteLength, importedAt: new Date().toISOString() };
    // Write to a temporary name and rename, so a crash never leaves a half-written page under its hash.
    const tmp = `${this.imagePath(sha256)}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, this.imagePath(sha256));
    await writeFile(`${tmp}.json`, JSON.stringify(meta));
    await rename(`${tmp}.json`, this.metaPath(sha256));
    return { ...toPageInfo(meta), alreadyImported: false };
  }

  async readImage(sha256: string): Promise<PageImage> {
    const meta = await this.readMeta(sha256);
    if (!meta) throw AppError.of('page-not-found', { page: sha256.slice(0, 12) });
    const bytes = await readFile(this.imagePath(sha256));
    return { mimeType: imageMimeTypes[meta.format], bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  }

  private async readMeta(sha256: string): Promise<StoredPageMeta | null> {
    try {
      return JSON.parse(await readFile(this.metaPath(sha256), 'utf8')) as StoredPageMeta;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}

function toPageInfo(meta: StoredPageMeta): Omit<PageInfo, 'alreadyImported'> {
  const { sha256, fileName, format, width, height, byteLength } = meta;
  return { sha256, fileName, format, width, height, byteLength };
}
