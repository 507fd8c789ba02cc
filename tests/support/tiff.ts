// Writes multi-page TIFFs by hand, so a test can make a 1001-page file in milliseconds, give every page
// distinct pixels (pages are content-addressed, so identical pages would be one page), and damage one page
// while the file's structure stays readable.
import { deflateSync } from 'node:zlib';

export interface MultiPageTiffOptions {
  pages: number;
  width?: number;
  height?: number;
  /** written as the resolution of every page */
  dpi?: number;
  /** 1-based pages whose compressed data stops halfway: the file's structure is sound, the page cannot be decoded */
  truncatedPages?: readonly number[];
  /** 1-based pages whose header declares bombSide × bombSide pixels over a single row of data (a bomb) */
  bombPages?: readonly number[];
  /** 30,000 unless given: 900 megapixels, over the limit of a page; 10,000 is 100 megapixels, within it */
  bombSide?: number;
}

const short = 3;
const long = 4;
const rational = 5;
const adobeDeflate = 8;
const blackIsZero = 1;
const inch = 2;

/**
 * White 8-bit gray pixels with the page's number drawn as a row of black and gray blocks (its binary
 * digits) and a black bar whose length grows with the number.
 */
export function tiffPagePixels(page: number, width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height, 255);
  const block = Math.max(2, Math.floor(width / 24));
  for (let bit = 0; bit < 11 && (bit + 1) * block <= width; bit++) {
    const value = (page >> bit) & 1 ? 0 : 160;
    for (let y = 0; y < Math.min(block, height); y++) pixels.fill(value, y * width + bit * block, y * width + (bit + 1) * block);
  }
  const barRow = Math.min(height - 1, block + 2);
  pixels.fill(0, barRow * width, barRow * width + Math.min(width, page));
  return pixels;
}

/** A little-endian, deflate-compressed, 8-bit gray TIFF with one strip per page. */
export function multiPageTiff(options: MultiPageTiffOptions): Uint8Array<ArrayBuffer> {
  const { pages, width = 64, height = 48, dpi, truncatedPages = [], bombPages = [], bombSide = 30_000 } = options;
  const sizes = Array.from({ length: pages }, (_, i) => (bombPages.includes(i + 1) ? { width: bombSide, height: bombSide } : { width, height }));
  const strips = sizes.map((size, i) => {
    if (bombPages.includes(i + 1)) return deflateSync(Buffer.alloc(bombSide, 255));
    const strip = deflateSync(tiffPagePixels(i + 1, size.width, size.height));
    return truncatedPages.includes(i + 1) ? strip.subarray(0, Math.floor(strip.length / 2)) : strip;
  });
  const entryCount = dpi === undefined ? 9 : 12;
  const ifdSize = 2 + entryCount * 12 + 4;
  // Resolutions are fractions, too long for a directory entry: they follow the directory.
  const extraSize = dpi === undefined ? 0 : 16;
  const padded = (length: number) => length + (length % 2);
  const total = strips.reduce((sum, strip) => sum + padded(strip.length) + ifdSize + extraSize, 8);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49, 42, 0]);
  let at = 8;
  let nextPointer = 4;
  strips.forEach((strip, i) => {
    const { width: pageWidth, height: pageHeight } = sizes[i]!;
    const stripAt = at;
    bytes.set(strip, stripAt);
    const ifdAt = stripAt + padded(strip.length);
    const extraAt = ifdAt + ifdSize;
    view.setUint32(nextPointer, ifdAt, true);
    // Entries in ascending tag order, as TIFF requires.
    const entries: [tag: number, type: number, value: number][] = [
      [256, long, pageWidth],
      [257, long, pageHeight],
      [258, short, 8],
      [259, short, adobeDeflate],
      [262, short, blackIsZero],
      [273, long, stripAt],
      [277, short, 1],
      [278, long, pageHeight],
      [279, long, strip.length],
    ];
    if (dpi !== undefined) {
      entries.push([282, rational, extraAt], [283, rational, extraAt + 8], [296, short, inch]);
      for (const offset of [extraAt, extraAt + 8]) {
        view.setUint32(offset, dpi, true);
        view.setUint32(offset + 4, 1, true);
      }
    }
    view.setUint16(ifdAt, entries.length, true);
    entries.forEach(([tag, type, value], k) => {
      const entryAt = ifdAt + 2 + k * 12;
      view.setUint16(entryAt, tag, true);
      view.setUint16(entryAt + 2, type, true);
      view.setUint32(entryAt + 4, 1, true);
      if (type === short) view.setUint16(entryAt + 8, value, true);
      else view.setUint32(entryAt + 8, value, true);
    });
    nextPointer = ifdAt + 2 + entries.length * 12;
    at = extraAt + extraSize;
  });
  return bytes;
}
