import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankInkRatio } from '../../../shared/pages/ink-coverage.ts';
import { preprocessPage, type PreparedPage } from '../../../electron/services/page-preprocess.ts';
import { badImages, fixturesDir } from '../../support/fixtures.ts';
import { multiPageTiff } from '../../support/tiff.ts';
import { rejection } from '../../support/app-errors.ts';

const sample = (name: string) => new Uint8Array(readFileSync(path.join(fixturesDir, 'samples', name)));

/** Ink pixels per horizontal band of the OCR image, top to bottom. */
function rowProfile(page: PreparedPage, bands = 60): number[] {
  const { gray, width, height } = page.ocr;
  const profile = new Array<number>(bands).fill(0);
  for (let y = 0; y < height; y++) {
    const band = Math.floor((y * bands) / height);
    for (let x = 0; x < width; x++) if (gray[y * width + x] === 0) profile[band]!++;
  }
  return profile;
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i]! - mb);
    aa += (x - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

/** Ink pixels within `depth` pixels of the OCR image's edges. */
function inkAtEdges(page: PreparedPage, depth: number): number {
  const { gray, width, height } = page.ocr;
  let ink = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const atEdge = x < depth || y < depth || x >= width - depth || y >= height - depth;
      if (atEdge && gray[y * width + x] === 0) ink++;
    }
  }
  return ink;
}

describe('preprocessPage', () => {
  const form = sample('birth-form-001.jpg');
  let upright: PreparedPage;

  beforeAll(async () => {
    upright = await preprocessPage(form);
  }, 60_000);

  it('makes binarized pixels, a colour 300 dpi JPEG and a thumbnail of one cropped page', async () => {
    const original = await sharp(form).metadata();
    const { ocr, display, thumbnail } = upright;
    expect(ocr.gray).toHaveLength(ocr.width * ocr.height);
    expect(ocr.gray.every((v) => v === 0 || v === 255)).toBe(true);
    expect(await sharp(display.jpeg).metadata()).toMatchObject({ format: 'jpeg', width: ocr.width, height: ocr.height, channels: 3, density: 300 });
    expect(display).toMatchObject({ width: ocr.width, height: ocr.height });
    expect(await sharp(thumbnail.webp).metadata()).toMatchObject({ format: 'webp', width: 240, height: thumbnail.height });
    expect(thumbnail.height).toBe(Math.round((240 * ocr.height) / ocr.width));
    // the empty margins are cropped off, the text is not
    expect(ocr.width).toBeLessThan(original.width * 0.9);
    expect(ocr.height).toBeLessThan(original.height * 0.95);
    expect(inkAtEdges(upright, 20)).toBe(0);
    expect(upright).toMatchObject({ scale: 1, turned: 0, blank: false, sourceDpi: 300 });
    expect(upright.inkRatio).toBeGreaterThan(0.005);
    expect(upright.inkRatio).toBeLessThan(0.05);
  }, 60_000);

  it.each([2.5, -3])('straightens a sample page turned by %f degrees', async (degrees) => {
    const turned = await sharp(sample('birth-table-010.jpg')).rotate(degrees, { background: '#ffffff' }).jpeg({ quality: 90 }).toBuffer();
    const page = await preprocessPage(turned);
    expect(Math.abs(page.skewDegrees + degrees)).toBeLessThan(0.3);
  }, 60_000);

  it('straightens a degradation-1 page so its table rules run level', async () => {
    const page = await preprocessPage(sample('birth-table-006.jpg'));
    expect(page.skewDegrees).toBeLessThan(-1);
    expect(page.skewDegrees).toBeGreaterThan(-2);
    // A level rule puts most of the page's width into one band of rows; a rule still turned by a degree
    // would spread over sixty.
    const { gray, width, height } = page.ocr;
    let levelRules = 0;
    let inRule = false;
    for (let y = 0; y + 3 <= height; y += 3) {
      let ink = 0;
      for (let x = 0; x < width; x++) if (gray[y * width + x] === 0 || gray[(y + 1) * width + x] === 0 || gray[(y + 2) * width + x] === 0) ink++;
      const isRule = ink > width * 0.8;
      if (isRule && !inRule) levelRules++;
      inRule = isRule;
    }
    expect(levelRules).toBeGreaterThanOrEqual(6);
  }, 60_000);

  it('applies the EXIF orientation', async () => {
    const stored = await sharp(form).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer();
    expect(await sharp(stored).metadata()).toMatchObject({ orientation: 6, width: 3546, height: 2533 });
    const page = await preprocessPage(stored);
    expect(Math.abs(page.ocr.width - upright.ocr.width)).toBeLessThanOrEqual(4);
    expect(Math.abs(page.ocr.height - upright.ocr.height)).toBeLessThanOrEqual(4);
    expect(Math.abs(page.skewDegrees - upright.skewDegrees)).toBeLessThan(0.15);
    expect(correlation(rowProfile(page), rowProfile(upright))).toBeGreaterThan(0.9);
  }, 60_000);

  it('turns the page upside down when asked, keeping its size', async () => {
    const page = await preprocessPage(form, { turn: 180 });
    expect(page.turned).toBe(180);
    expect(page.skewDegrees).toBe(upright.skewDegrees);
    expect(Math.abs(page.ocr.width - upright.ocr.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(page.ocr.height - upright.ocr.height)).toBeLessThanOrEqual(2);
    expect(correlation(rowProfile(page).reverse(), rowProfile(upright))).toBeGreaterThan(0.9);
    expect(correlation(rowProfile(page), rowProfile(upright))).toBeLessThan(0.5);
  }, 60_000);

  it('crops off a black scanner border', async () => {
    const bordered = await sharp(form).extend({ top: 150, bottom: 150, left: 150, right: 150, background: '#000000' }).jpeg({ quality: 90 }).toBuffer();
    const page = await preprocessPage(bordered);
    expect(Math.abs(page.ocr.width - upright.ocr.width)).toBeLessThanOrEqual(20);
    expect(Math.abs(page.ocr.height - upright.ocr.height)).toBeLessThanOrEqual(20);
    expect(inkAtEdges(page, 20)).toBe(0);
    const { data, info } = await sharp(page.display.jpeg).raw().toBuffer({ resolveWithObject: true });
    const edge = (x: number, y: number) => data[(y * info.width + x) * info.channels]!;
    for (let i = 0; i < info.height; i += 50) {
      expect(edge(2, i)).toBeGreaterThan(180);
      expect(edge(info.width - 3, i)).toBeGreaterThan(180);
    }
    for (let i = 0; i < info.width; i += 50) {
      expect(edge(i, 2)).toBeGreaterThan(180);
      expect(edge(i, info.height - 3)).toBeGreaterThan(180);
    }
  }, 60_000);

  it('brings a page scanned at 200 dpi to 300 dpi, whatever its header says', async () => {
    const at200 = await sharp(form).resize({ width: Math.round((2533 * 2) / 3) }).withMetadata({ density: 72 }).jpeg({ quality: 90 }).toBuffer();
    const page = await preprocessPage(at200);
    expect(page).toMatchObject({ sourceDpi: 200, dpiSource: 'paper-size', scale: 1.5 });
    expect(Math.abs(page.ocr.width / upright.ocr.width - 1)).toBeLessThan(0.02);
    expect(Math.abs(page.ocr.height / upright.ocr.height - 1)).toBeLessThan(0.02);
    expect((await sharp(page.display.jpeg).metadata()).density).toBe(300);
  }, 60_000);

  it('calls a white page blank, and one with only speckle noise', async () => {
    const white = await sharp({ create: { width: 2480, height: 3508, channels: 3, background: '#f4f1e8' } }).jpeg({ quality: 85 }).toBuffer();
    const page = await preprocessPage(white);
    expect(page.blank).toBe(true);
    expect(page.inkRatio).toBeLessThan(blankInkRatio);

    const width = 2480;
    const height = 3508;
    const pixels = Buffer.alloc(width * height, 240);
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 5000; i++) {
      const at = random(height - 1) * width + random(width - 1);
      pixels[at] = 20;
      if (i % 4 === 0) pixels[at + 1] = pixels[at + width] = pixels[at + width + 1] = 20;
    }
    const speckled = await sharp(pixels, { raw: { width, height, channels: 1 } }).png().toBuffer();
    const noisy = await preprocessPage(speckled);
    expect(noisy.blank).toBe(true);
    expect(noisy.inkRatio).toBeLessThan(blankInkRatio);
  }, 60_000);

  it('reads the page of a multi-page TIFF it is asked for', async () => {
    const tiff = multiPageTiff({ pages: 3, width: 620, height: 877 });
    const [first, third] = await Promise.all([preprocessPage(tiff, { pageIndex: 0 }), preprocessPage(tiff, { pageIndex: 2 })]);
    expect(Buffer.from(first.ocr.gray).equals(Buffer.from(third.ocr.gray))).toBe(false);
    const error = await rejection(preprocessPage(tiff, { pageIndex: 3, fileName: 'book.tif' }));
    expect(error.code).toBe('image-page-missing');
    expect(error.vi).toContain('không có trang 4');
    expect(error.en).toContain('book.tif');
  }, 60_000);

  it('refuses what is not a whole, decodable scan with the code the import gives', async () => {
    for (const bad of badImages()) {
      const error = await rejection(preprocessPage(bad.bytes, { fileName: bad.name }));
      expect(error.code, bad.name).toBe(bad.code);
      expect(error.vi).toContain(bad.name);
    }
  }, 60_000);
});
