// The images the workspace shows: the display image (straightened and cropped like the OCR image, so the
// fields' boxes fall on it) and the grid's thumbnail. Both are made by preprocessing and kept beside the
// page; a thumbnail asked for before OCR is a quick shrink of the scan, replaced once the page is read.
import path from 'node:path';
import type { PageImage } from '../../shared/api/app-api.ts';
import type { PageStore } from './page-store.ts';
import type { PageImages } from './page-preprocess.ts';
import type { ScanReader } from './scan-reader.ts';
import { readFileIfPresent, writeFileDurably } from './durable-file.ts';

export type PageVariant = 'display' | 'thumbnail';

const files: Record<PageVariant, { suffix: string; mimeType: string }> = {
  display: { suffix: 'display.jpg', mimeType: 'image/jpeg' },
  thumbnail: { suffix: 'thumbnail.webp', mimeType: 'image/webp' },
};

export class PageVariants {
  private readonly dir: string;

  constructor(dataDir: string, private readonly store: PageStore, private readonly reader: ScanReader) {
    this.dir = path.join(dataDir, 'derived');
  }

  private file(sha256: string, variant: PageVariant): string {
    return path.join(this.dir, `${sha256}.${files[variant].suffix}`);
  }

  private write(file: string, bytes: Uint8Array): Promise<void> {
    return writeFileDurably(this.dir, file, bytes);
  }

  /** Keeps what preprocessing made for a page, so the display image is the one its boxes refer to. */
  async save(sha256: string, prepared: PageImages): Promise<void> {
    await this.write(this.file(sha256, 'display'), prepared.display.jpeg);
    await this.write(this.file(sha256, 'thumbnail'), prepared.thumbnail.webp);
  }

  async read(sha256: string, variant: PageVariant): Promise<PageImage> {
    const { mimeType } = files[variant];
    const kept = await readFileIfPresent(this.file(sha256, variant));
    if (kept !== null) return { mimeType, bytes: new Uint8Array(kept.buffer, kept.byteOffset, kept.byteLength) };
    const original = await this.store.pagePath(sha256);
    if (variant === 'thumbnail') return { mimeType, bytes: await this.reader.thumbnail(original) };
    const prepared = await this.reader.prepare(original);
    await this.save(sha256, prepared);
    return { mimeType, bytes: new Uint8Array(prepared.display.jpeg) };
  }
}
