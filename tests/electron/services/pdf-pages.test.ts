import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../../electron/services/pdf-pages.ts';
import { PageStore } from '../../../electron/services/page-store.ts';
import { birthFormBytes } from '../../support/fixtures.ts';
import { encryptedPdfPath, grayScan, scannedPdf, textPdf, withDamagedImage, withImageDeclaring } from '../../support/pdf.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { createLocalScanReader } from '../../../electron/services/local-scan-reader.ts';
import { rejection } from '../../support/app-errors.ts';

const scanReader = createLocalScanReader();

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function rawOf(bytes: Uint8Array, channels?: 1) {
  const image = channels ? sharp(bytes).toColourspace('b-w') : sharp(bytes);
  return image.raw().toBuffer({ resolveWithObject: true });
}

describe('PageStore, PDFs', () => {
  const tempDir = useTempDir();

  it('takes a one-image page at the image\'s own pixels, gray as gray, and keeps the PDF under originals/', async () => {
    const dataDir = await tempDir();
    const scan = await grayScan(400, 560, 3);
    const pdf = await scannedPdf([{ image: scan, dpi: 200 }]);
    const file = await new PageStore(dataDir, scanReader).import('quyen.pdf', pdf);
    expect(file.error).toBeUndefined();
    const [page] = file.pages;
    expect(page).toMatchObject({ fileName: 'quyen.pdf', format: 'png', width: 400, height: 560, sourcePage: { index: 1, count: 1 }, alreadyImported: false });
    const stored = await readFile(path.join(dataDir, 'pages', page!.sha256));
    const metadata = await sharp(stored).metadata();
    expect(metadata).toMatchObject({ channels: 1, density: 200 });
    expect((await rawOf(stored)).data).toEqual((await rawOf(scan)).data);
    const original = sha256Of(pdf);
    expect(await readFile(path.join(dataDir, 'originals', original))).toEqual(Buffer.from(pdf));
    const meta = JSON.parse(await readFile(path.join(dataDir, 'originals', `${original}.json`), 'utf8')) as { pages: unknown };
    expect(meta.pages).toEqual([{ index: 1, sha256: page!.sha256 }]);
  });

  it('gives a PDF of several pages as several pages in order, and finds them all when imported again', async () => {
    const store = new PageStore(await tempDir(), scanReader);
    const scans = await Promise.all([1, 2, 3, 4, 5].map((n) => grayScan(120, 160, n)));
    const pdf = await scannedPdf(scans.map((image) => ({ image, dpi: 100 })));
    const first = await store.import('quyen-5.pdf', pdf);
    expect(first.pages.map((p) => p.sourcePage)).toEqual([1, 2, 3, 4, 5].map((index) => ({ index, count: 5 })));
    for (const [i, page] of first.pages.entries()) {
      expect((await rawOf((await store.readImage(page.sha256)).bytes)).data).toEqual((await rawOf(scans[i]!)).data);
    }
    const again = await store.import('ban-sao.pdf', pdf);
    expect(again.pages.map((p) => [p.sha256, p.alreadyImported, p.fileName])).toEqual(first.pages.map((p) => [p.sha256, true, 'ban-sao.pdf']));
  });

  it('takes a JPEG scan in a PDF at its own size, its pixels as the JPEG decodes', { timeout: 30_000 }, async () => {
    const jpeg = birthFormBytes();
    const store = new PageStore(await tempDir(), scanReader);
    const [page] = (await store.import('scan.pdf', await scannedPdf([{ image: jpeg, dpi: 200 }]))).pages;
    expect(page).toMatchObject({ width: 2533, height: 3546, format: 'png' });
    const stored = await rawOf((await store.readImage(page!.sha256)).bytes, 1);
    const original = await rawOf(jpeg, 1);
    expect(stored.info.width).toBe(original.info.width);
    // pdf.js's JPEG decoder and libjpeg may round a little differently, never by more than a shade.
    let difference = 0;
    for (let i = 0; i < original.data.length; i++) difference += Math.abs(stored.data[i]! - original.data[i]!);
    expect(difference / original.data.length).toBeLessThan(2);
  });

  it('turns a page the PDF shows turned (/Rotate 90)', async () => {
    const store = new PageStore(await tempDir(), scanReader);
    const [page] = (await store.import('xoay.pdf', await scannedPdf([{ image: await grayScan(120, 160, 2), dpi: 100, rotate: 90 }]))).pages;
    expect(page).toMatchObject({ width: 160, height: 120 });
  });

  it('renders a page with text at 300 dpi on white', { timeout: 30_000 }, async () => {
    const store = new PageStore(await tempDir(), scanReader);
    const [page] = (await store.import('van-ban.pdf', await textPdf('So ho tich 2024'))).pages;
    // A4 is 595 × 842 points: 2480 × 3509 pixels at 300 dpi.
    expect(page).toMatchObject({ width: 2480, height: 3509, format: 'png' });
    const { data } = await rawOf((await store.readImage(page!.sha256)).bytes, 1);
    const dark = data.filter((v) => v < 128).length;
    expect(dark).toBeGreaterThan(1000);
    expect(dark / data.length).toBeLessThan(0.05);
  });

  it('refuses a password-protected PDF with a message saying so, and stores nothing', async () => {
    const dataDir = await tempDir();
    const error = await rejection(new PageStore(dataDir, scanReader).import('mat-khau.pdf', new Uint8Array(await readFile(encryptedPdfPath))));
    expect(error.code).toBe('pdf-password');
    expect(error.vi).toBe('Tệp PDF "mat-khau.pdf" có mật khẩu nên không đọc được. Hãy lưu lại bản không đặt mật khẩu rồi nhập lại.');
    expect(error.en).toContain('"mat-khau.pdf" is password-protected');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses a PDF that is not one past its header, and stores nothing', async () => {
    const dataDir = await tempDir();
    const error = await rejection(new PageStore(dataDir, scanReader).import('hong.pdf', new TextEncoder().encode('%PDF-1.7\nkhông phải PDF\n')));
    expect(error.code).toBe('pdf-damaged');
    expect(error.vi).toContain('Tệp PDF "hong.pdf" bị hỏng');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('keeps the readable pages of a PDF whose page stream is damaged, and names the damaged page', async () => {
    const dataDir = await tempDir();
    const pdf = await scannedPdf(await Promise.all([1, 2, 3].map(async (n) => ({ image: await grayScan(60, 80, n), dpi: 100 }))));
    const file = await new PageStore(dataDir, scanReader).import('quyen.pdf', await withDamagedImage(pdf, 2));
    expect(file.pages.map((p) => p.sourcePage!.index)).toEqual([1, 3]);
    expect(file.error?.code).toBe('pdf-damaged');
    expect(file.error?.vi).toContain('"quyen.pdf, trang 2"');
  });

  it('never decodes an image over the pixel limit, and says so instead of keeping a blank page', async () => {
    const dataDir = await tempDir();
    const pdf = await scannedPdf(await Promise.all([1, 2].map(async (n) => ({ image: await grayScan(60, 80, n), dpi: 100 }))));
    const file = await new PageStore(dataDir, scanReader).import('bom.pdf', await withImageDeclaring(pdf, 2, 20_000, 20_000));
    expect(file.pages.map((p) => p.sourcePage!.index)).toEqual([1]);
    expect(file.error).toMatchObject({ code: 'pdf-page-blank' });
    expect(file.error!.vi).toBe('Trang "bom.pdf, trang 2" không có gì để đọc: trang trống, hoặc ảnh quét lớn quá 100 megapixel. Hãy quét lại ở độ phân giải 300–600 dpi.');
  });

  it('refuses a PDF whose only page is empty, and stores nothing', async () => {
    const dataDir = await tempDir();
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    const error = await rejection(new PageStore(dataDir, scanReader).import('trong.pdf', await doc.save()));
    expect(error.code).toBe('pdf-page-blank');
    expect(error.en).toContain('"trong.pdf, trang 1" shows nothing to read');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('imports a 100-page PDF one page at a time, memory staying bounded', { timeout: 180_000 }, async () => {
    const dataDir = await tempDir();
    // 100 pages of 1240 × 1754 (A4 at 150 dpi), as JPEG like most scanners write: 650 MB if every page
    // were held decoded at once (pdf.js decodes to RGB).
    const scans = await Promise.all(Array.from({ length: 100 }, async (_, i) => new Uint8Array(await sharp(await grayScan(1240, 1754, i + 1)).jpeg().toBuffer())));
    const pdf = await scannedPdf(scans.map((image) => ({ image, dpi: 150 })));
    const before = process.memoryUsage.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
    try {
      const file = await new PageStore(dataDir, scanReader).import('quyen-200.pdf', pdf);
      expect(file.error).toBeUndefined();
      expect(file.pages.map((p) => p.sourcePage!.index)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    } finally {
      clearInterval(sampler);
    }
    expect((Math.max(peak, process.memoryUsage.rss()) - before) / 2 ** 20).toBeLessThan(200);
  });

  it('refuses a PDF of 1001 pages before storing anything', async () => {
    const dataDir = await tempDir();
    const doc = await PDFDocument.create();
    for (let i = 0; i < 1001; i++) doc.addPage([100, 100]);
    const error = await rejection(new PageStore(dataDir, scanReader).import('qua-dai.pdf', await doc.save()));
    expect(error.code).toBe('file-too-many-pages');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('renders no more pixels than a file of its size can hold, and names the pages it leaves out', async () => {
    // 200 pages of 1,200 × 1,200 points: 25 megapixels each at 300 dpi, in a file of a few kilobytes.
    const doc = await PDFDocument.create();
    for (let i = 0; i < 200; i++) doc.addPage([1200, 1200]).drawText(`${i + 1}`, { x: 600, y: 600, size: 24 });
    const file = await new PageStore(await tempDir(), scanReader).import('to.pdf', await doc.save());
    expect(file.pages.map((p) => p.sourcePage!.index)).toEqual([1, 2, 3, 4]);
    expect(file.error!.vi).toContain('"to.pdf, trang 5–200" không được nhập');
  });
});

describe('openPdf', () => {
  it('counts the pages without reading them', async () => {
    const pdf = await openPdf('a.pdf', await textPdf('a'));
    expect(pdf.pageCount).toBe(1);
    await pdf.close();
  });

});
