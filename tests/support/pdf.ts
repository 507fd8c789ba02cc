// Makes the PDFs tests import, with pdf-lib: scanned pages (one image filling the page, as scanners write
// them), a text page, and copies damaged in known ways.
import path from 'node:path';
import { degrees, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { fixturesDir } from './fixtures.ts';

/** A PDF the tests cannot make with pdf-lib (it cannot encrypt): made once with `qpdf --encrypt`. */
export const encryptedPdfPath = path.join(fixturesDir, 'pdf', 'mat-khau.pdf');

/** A gray PNG of the given size whose pixels depend on `seed`, so every page is a different page. */
export async function grayScan(width: number, height: number, seed: number): Promise<Uint8Array> {
  const pixels = Buffer.alloc(width * height, 255);
  for (let x = 0; x < Math.min(width, seed * 4); x++) pixels[Math.floor(height / 2) * width + x] = 0;
  return new Uint8Array(await sharp(pixels, { raw: { width, height, channels: 1 } }).png().toBuffer());
}

export interface ScannedPage {
  /** PNG or JPEG bytes, placed to fill the page */
  image: Uint8Array;
  /** the scan's resolution, which gives the page its size in points */
  dpi: number;
  /** the page's /Rotate */
  rotate?: number;
}

/** A PDF whose every page is one scanned image, as a scanner writes it. */
export async function scannedPdf(pages: readonly ScannedPage[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const { image, dpi, rotate } of pages) {
    const isJpeg = image[0] === 0xff && image[1] === 0xd8;
    const embedded = isJpeg ? await doc.embedJpg(image) : await doc.embedPng(image);
    const size = { width: (embedded.width * 72) / dpi, height: (embedded.height * 72) / dpi };
    const page = doc.addPage([size.width, size.height]);
    page.drawImage(embedded, { x: 0, y: 0, ...size });
    if (rotate) page.setRotation(degrees(rotate));
  }
  return doc.save();
}

/** An A4 page with a line of text and nothing else: it can only be rendered. */
export async function textPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 72, y: 720, size: 36, font });
  return doc.save();
}

/** The image stream of one page (1-based), to change it. */
function pageImage(doc: PDFDocument, pageIndex: number): { ref: PDFRef; stream: PDFRawStream } {
  const xObjects = doc.getPage(pageIndex - 1).node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  const ref = xObjects.get(xObjects.keys()[0]!);
  const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
  if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) throw new Error('the page has no image');
  return { ref, stream };
}

/** The PDF with the image of one page (1-based) replaced by bytes that cannot be inflated, the rest sound. */
export async function withDamagedImage(pdf: Uint8Array, pageIndex: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const { ref, stream } = pageImage(doc, pageIndex);
  doc.context.assign(ref, PDFRawStream.of(stream.dict, new Uint8Array([0x78, 0x9c, 0xff, 0xff, 0xff, 0xff, 0x00, 0x01])));
  return doc.save();
}

/** The PDF with the image of one page (1-based) declaring a size its data does not have: a decompression bomb. */
export async function withImageDeclaring(pdf: Uint8Array, pageIndex: number, width: number, height: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const { stream } = pageImage(doc, pageIndex);
  stream.dict.set(PDFName.of('Width'), PDFNumber.of(width));
  stream.dict.set(PDFName.of('Height'), PDFNumber.of(height));
  return doc.save();
}
