import { describe, expect, it } from 'vitest';
import { isPdf, pdfPageContent, type PdfOperation } from '../../../shared/pages/pdf-pages.ts';

const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

/** A scanner's page: the image scaled to fill an A4 page at 300 dpi (2480 pixels over 595.2 points). */
const scannedPage: PdfOperation[] = [
  { op: 'save', args: null },
  { op: 'transform', args: [595.2, 0, 0, 841.92, 0, 0] },
  { op: 'dependency', args: ['img_p0_1'] },
  { op: 'paintImageXObject', args: ['img_p0_1', 2480, 3508] },
  { op: 'restore', args: null },
];

describe('isPdf', () => {
  it('finds the PDF header at the start or within the first 1024 bytes, and nowhere else', () => {
    expect(isPdf(ascii('%PDF-1.7\n'))).toBe(true);
    expect(isPdf(ascii(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
    expect(isPdf(ascii(`${' '.repeat(1100)}%PDF-1.4`))).toBe(false);
    expect(isPdf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(false);
  });
});

describe('pdfPageContent', () => {
  it('takes the one image of a scanned page, with its resolution on the page', () => {
    expect(pdfPageContent(scannedPage)).toEqual({ kind: 'image', id: 'img_p0_1', dpi: 300 });
  });

  it('looks through a form XObject and allows the hidden text of a scanner\'s OCR', () => {
    const ops: PdfOperation[] = [
      { op: 'paintFormXObjectBegin', args: [[2, 0, 0, 2, 0, 0], [0, 0, 1, 1]] },
      ...scannedPage,
      { op: 'paintFormXObjectEnd', args: null },
      { op: 'beginText', args: null },
      { op: 'setTextRenderingMode', args: [3] },
      { op: 'showText', args: [[]] },
      { op: 'endText', args: null },
    ];
    expect(pdfPageContent(ops)).toEqual({ kind: 'image', id: 'img_p0_1', dpi: 150 });
  });

  it('renders instead when the page shows text, has two images, or turns, mirrors or skews its image', () => {
    const visibleText: PdfOperation[] = [...scannedPage, { op: 'beginText', args: null }, { op: 'showText', args: [[]] }];
    const twoImages: PdfOperation[] = [...scannedPage, ...scannedPage];
    const turned: PdfOperation[] = [{ op: 'transform', args: [0, 1, -1, 0, 0, 0] }, ...scannedPage];
    const mirrored: PdfOperation[] = [{ op: 'transform', args: [1, 0, 0, -1, 0, 0] }, ...scannedPage];
    const drawing: PdfOperation[] = [...scannedPage, { op: 'constructPath', args: [] }];
    for (const ops of [visibleText, twoImages, turned, mirrored, drawing]) expect(pdfPageContent(ops)).toEqual({ kind: 'render' });
  });

  it('tells a page that shows nothing: empty, or its image left out by pdf.js, hidden text at most', () => {
    const imageLeftOut = scannedPage.filter((operation) => operation.op !== 'paintImageXObject' && operation.op !== 'dependency');
    const hiddenTextOnly: PdfOperation[] = [{ op: 'beginText', args: null }, { op: 'setTextRenderingMode', args: [3] }, { op: 'showText', args: [[]] }];
    for (const ops of [[], imageLeftOut, hiddenTextOnly]) expect(pdfPageContent(ops)).toEqual({ kind: 'blank' });
  });
});
