import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PageStore } from '../../../electron/services/page-store.ts';
import { badImages, birthFormBytes } from '../../support/fixtures.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { multiPageTiff, tiffPagePixels } from '../../support/tiff.ts';
import { createLocalScanReader } from '../../../electron/services/local-scan-reader.ts';
import { rejection } from '../../support/app-errors.ts';

const scanReader = createLocalScanReader();

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The gray pixels of a stored page, as the pipeline will decode them. */
async function grayPixels(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes).toColourspace('b-w').raw().toBuffer();
}

describe('PageStore, single images', () => {
  const tempDir = useTempDir();

  // A crash (or a full disk) leaves a file cut short: simulated by emptying it.
  it('imports a scan again whole when a crash left its page meta empty', async () => {
    const dataDir = await tempDir();
    const bytes = birthFormBytes();
    const sha256 = sha256Of(bytes);
    await new PageStore(dataDir, scanReader).import('p1.jpg', bytes);
    await writeFile(path.join(dataDir, 'pages', `${sha256}.json`), '');
    const store = new PageStore(dataDir, scanReader);
    expect((await store.import('p1.jpg', bytes)).pages[0]).toMatchObject({ sha256, alreadyImported: false, width: 2533 });
    expect(Buffer.from((await store.readImage(sha256)).bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stores the image again when its meta is whole but the image was emptied, and never shows an image that lost its SHA-256', async () => {
    const dataDir = await tempDir();
    const bytes = birthFormBytes();
    const sha256 = sha256Of(bytes);
    const store = new PageStore(dataDir, scanReader);
    await store.import('p1.jpg', bytes);
    await writeFile(path.join(dataDir, 'pages', sha256), '');
    expect((await rejection(store.readImage(sha256))).code).toBe('page-damaged');
    expect((await store.import('p1.jpg', bytes)).pages[0]).toMatchObject({ sha256, alreadyImported: false });
    expect((await store.readImage(sha256)).bytes.byteLength).toBe(bytes.byteLength);
  });

  it('keeps pages where only this user can read them (folders 0700, files 0600)', { skip: process.platform === 'win32' }, async () => {
    const dataDir = await tempDir();
    const bytes = birthFormBytes();
    await new PageStore(dataDir, scanReader).import('p1.jpg', bytes);
    expect((await stat(path.join(dataDir, 'pages'))).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dataDir, 'pages', sha256Of(bytes)))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(dataDir, 'pages', `${sha256Of(bytes)}.json`))).mode & 0o777).toBe(0o600);
  });

  it('keeps the scan byte for byte under its SHA-256', async () => {
    const dataDir = await tempDir();
    const bytes = birthFormBytes();
    const file = await new PageStore(dataDir, scanReader).import('trang-001.jpg', bytes);
    const sha256 = sha256Of(bytes);
    expect(file).toEqual({
      fileName: 'trang-001.jpg',
      pages: [{ sha256, fileName: 'trang-001.jpg', format: 'jpeg', width: 2533, height: 3546, byteLength: bytes.byteLength, alreadyImported: false }],
    });
    expect(await readFile(path.join(dataDir, 'pages', sha256))).toEqual(Buffer.from(bytes));
  });

  it('finds the existing page when the same scan is imported again under another name', async () => {
    const store = new PageStore(await tempDir(), scanReader);
    const [first] = (await store.import('a.jpg', birthFormBytes())).pages;
    const [second] = (await store.import('copy of a.jpg', birthFormBytes())).pages;
    expect(second).toMatchObject({ sha256: first!.sha256, fileName: 'copy of a.jpg', alreadyImported: true });
  });

  it('keeps a single-page TIFF as it is', async () => {
    const dataDir = await tempDir();
    const tiff = multiPageTiff({ pages: 1, width: 120, height: 90 });
    const [page] = (await new PageStore(dataDir, scanReader).import('trang.tif', tiff)).pages;
    expect(page).toMatchObject({ sha256: sha256Of(tiff), format: 'tiff', width: 120, height: 90 });
    expect(page!.sourcePage).toBeUndefined();
    expect(await readFile(path.join(dataDir, 'pages', page!.sha256))).toEqual(Buffer.from(tiff));
  });

  it('reads a stored page back with its MIME type, and tells where it is on disk', async () => {
    const dataDir = await tempDir();
    const store = new PageStore(dataDir, scanReader);
    const { sha256 } = (await store.import('a.jpg', birthFormBytes())).pages[0]!;
    const image = await store.readImage(sha256);
    expect(image.mimeType).toBe('image/jpeg');
    expect(Buffer.from(image.bytes)).toEqual(Buffer.from(birthFormBytes()));
    expect(await readFile(await store.pagePath(sha256))).toEqual(Buffer.from(birthFormBytes()));
  });

  it('says clearly that an unknown page is not there', async () => {
    const store = new PageStore(await tempDir(), scanReader);
    await expect(store.readImage('0'.repeat(64))).rejects.toMatchObject({ code: 'page-not-found' });
    await expect(store.pagePath('0'.repeat(64))).rejects.toMatchObject({ code: 'page-not-found' });
  });

  // A PDF is read as one whatever its name: a broken one named .jpg is refused as a damaged PDF.
  const brokenPdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
  const bads = [...badImages(), { name: 'scan-0042.jpg', bytes: brokenPdf, code: 'pdf-damaged' }];
  for (const bad of bads) {
    it(`refuses ${bad.name} with ${bad.code}, in both languages, and keeps what was saved`, async () => {
      const dataDir = await tempDir();
      const store = new PageStore(dataDir, scanReader);
      const [good] = (await store.import('good.jpg', birthFormBytes())).pages;
      const error = await rejection(store.import(bad.name, bad.bytes));
      expect(error.code).toBe(bad.code);
      expect(error.vi).toContain(bad.name);
      expect(error.en).toContain(bad.name);
      // Nothing half-written, and the earlier page still reads back whole.
      expect(await readdir(path.join(dataDir, 'pages'))).toEqual([good!.sha256, `${good!.sha256}.json`].sort());
      expect((await store.readImage(good!.sha256)).bytes.byteLength).toBe(birthFormBytes().byteLength);
    });
  }
});

describe('PageStore, multi-page TIFFs', () => {
  const tempDir = useTempDir();

  it('makes each page a page of its own, lossless, and keeps the file unchanged under originals/', async () => {
    const dataDir = await tempDir();
    const tiff = multiPageTiff({ pages: 4, width: 90, height: 120, dpi: 300 });
    const file = await new PageStore(dataDir, scanReader).import('quyen-01.tif', tiff);
    expect(file.fileName).toBe('quyen-01.tif');
    expect(file.error).toBeUndefined();
    expect(file.pages.map((p) => p.sourcePage)).toEqual([1, 2, 3, 4].map((index) => ({ index, count: 4 })));
    expect(new Set(file.pages.map((p) => p.sha256)).size).toBe(4);
    for (const [i, page] of file.pages.entries()) {
      const stored = await readFile(path.join(dataDir, 'pages', page.sha256));
      expect(page).toMatchObject({ sha256: sha256Of(stored), fileName: 'quyen-01.tif', format: 'png', width: 90, height: 120, byteLength: stored.byteLength, alreadyImported: false });
      expect(await grayPixels(stored)).toEqual(tiffPagePixels(i + 1, 90, 120));
      const meta = await sharp(stored).metadata();
      expect({ channels: meta.channels, density: meta.density }).toEqual({ channels: 1, density: 300 });
    }
    expect(await readFile(path.join(dataDir, 'originals', sha256Of(tiff)))).toEqual(Buffer.from(tiff));
  });

  it('finds the pages of a TIFF imported before, under any name, without storing anything new', async () => {
    const dataDir = await tempDir();
    const store = new PageStore(dataDir, scanReader);
    const tiff = multiPageTiff({ pages: 3 });
    const first = await store.import('a.tif', tiff);
    const stored = await readdir(path.join(dataDir, 'pages'));
    const again = await store.import('copy of a.tif', tiff);
    expect(again.pages).toEqual(first.pages.map((page) => ({ ...page, fileName: 'copy of a.tif', alreadyImported: true })));
    expect(await readdir(path.join(dataDir, 'pages'))).toEqual(stored);
  });

  it('imports the readable pages around a truncated one and names it, page number and all', async () => {
    const store = new PageStore(await tempDir(), scanReader);
    const tiff = multiPageTiff({ pages: 10, truncatedPages: [7] });
    const file = await store.import('so-khai-sinh.tif', tiff);
    expect(file.pages.map((p) => p.sourcePage!.index)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10]);
    expect(file.error).toMatchObject({ code: 'image-truncated' });
    expect(file.error!.vi).toContain('"so-khai-sinh.tif, trang 7" bị hỏng hoặc không đầy đủ');
    expect(file.error!.en).toContain('"so-khai-sinh.tif, trang 7" is damaged or incomplete');
    // Imported again, the good pages are found and the bad one is reported again.
    const again = await store.import('so-khai-sinh.tif', tiff);
    expect(again.pages.every((p) => p.alreadyImported)).toBe(true);
    expect(again.error).toEqual(file.error);
  });

  it('names every page over the pixel limit, and still imports the rest', async () => {
    const file = await new PageStore(await tempDir(), scanReader).import('bom.tif', multiPageTiff({ pages: 4, bombPages: [2, 3] }));
    expect(file.pages.map((p) => p.sourcePage!.index)).toEqual([1, 4]);
    expect(file.error).toMatchObject({ code: 'image-too-many-pixels' });
    expect(file.error!.vi).toContain('"bom.tif, trang 2–3" quá lớn: 30000 × 30000 điểm ảnh');
  });

  // A 148 kB file whose 1,000 pages each declare 100 megapixels (the limit of a page): decoding every page
  // cost minutes of CPU, and the watched folder would import it unasked.
  it('decodes no more pixels than a file of its size can hold, and names the pages it leaves out', async () => {
    const bomb = multiPageTiff({ pages: 1000, bombPages: Array.from({ length: 1000 }, (_, i) => i + 1), bombSide: 10_000 });
    const error = await rejection(new PageStore(await tempDir(), scanReader).import('bom.tif', bomb));
    expect(error.vi).toContain('"bom.tif, trang 3–1000" không được nhập');
    expect(error.en).toContain('"bom.tif, trang 3–1000" was not imported');
  });

  it('refuses a TIFF with no readable page and stores nothing', async () => {
    const dataDir = await tempDir();
    const error = await rejection(new PageStore(dataDir, scanReader).import('hong.tif', multiPageTiff({ pages: 3, truncatedPages: [1, 2, 3] })));
    expect(error.code).toBe('image-truncated');
    expect(error.vi).toContain('"hong.tif, trang 1–3"');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses a TIFF of 1001 pages from its header, before storing anything', async () => {
    const dataDir = await tempDir();
    const error = await rejection(new PageStore(dataDir, scanReader).import('qua-dai.tif', multiPageTiff({ pages: 1001, width: 8, height: 8 })));
    expect(error.code).toBe('file-too-many-pages');
    expect(error.vi).toBe('Tệp "qua-dai.tif" có 1001 trang, vượt giới hạn 1000 trang một tệp. Hãy tách thành nhiều tệp.');
    expect(error.en).toContain('"qua-dai.tif" has 1001 pages');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('imports all 500 pages of a 500-page TIFF with memory staying bounded', { timeout: 120_000 }, async () => {
    const dataDir = await tempDir();
    // 500 pages of 400 × 560: about 110 MB if every page were held decoded at once (sRGB), 330 MB as RGBA.
    const tiff = multiPageTiff({ pages: 500, width: 400, height: 560 });
    const before = process.memoryUsage.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
    try {
      const file = await new PageStore(dataDir, scanReader).import('quyen-500.tif', tiff);
      expect(file.error).toBeUndefined();
      expect(file.pages.map((p) => p.sourcePage!.index)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
      expect(new Set(file.pages.map((p) => p.sha256)).size).toBe(500);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage.rss());
    expect((peak - before) / 2 ** 20).toBeLessThan(200);
    expect((await readdir(path.join(dataDir, 'pages'))).length).toBe(1000);
  });
});
