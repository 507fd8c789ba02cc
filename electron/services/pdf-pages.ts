// PDFs are what most scanners write. pdf.js reads them (a PDF parser of our own would meet every
// scanner's quirks alone). A page that is one scanned image gives that image at its own resolution, so
// nothing is lost to resampling; any other page (text, drawings, several images) is rendered at 300 dpi.
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { AppError } from '../../shared/api/app-error.ts';
import { checkImageHeader, maxImagePixels } from '../../shared/pages/image-policy.ts';
import { pdfPageContent, pdfRenderDpi, type PdfOperation } from '../../shared/pages/pdf-pages.ts';
import { filePixelSpender, type CutPage } from '../../shared/pages/tiff-pages.ts';

// pdf.js reads what it needs beyond its code from its own package on disk, nothing is fetched: fonts a
// PDF names without embedding them (Helvetica, Times), and the decoders of JBIG2 (black-and-white scans)
// and JPEG 2000 images and of colour profiles, which are WebAssembly.
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdfjsFolder = (name: string) => `${path.join(pdfjsDir, name)}${path.sep}`;

export interface PdfFile {
  pageCount: number;
  /** one page (1-based) as a lossless PNG; the file's other pages stay unread */
  cutPage(index: number): Promise<CutPage>;
  close(): Promise<void>;
}

// pdf.js and its canvas hold some 30 MB once loaded: they are loaded with the first PDF, not with the process.
let loaded: Promise<{ pdfjs: typeof PdfjsModule; opNames: Map<number, string> }> | null = null;
const loadPdfjs = () =>
  (loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => ({ pdfjs, opNames: new Map(Object.entries(pdfjs.OPS).map(([name, fn]) => [fn, name])) })));
type Loaded = Awaited<ReturnType<typeof loadPdfjs>>;

/** Opens a PDF; a damaged or password-protected one is refused with a message that says which. */
export async function openPdf(fileName: string, bytes: Uint8Array): Promise<PdfFile> {
  const reader = await loadPdfjs();
  let doc: PDFDocumentProxy;
  try {
    doc = await reader.pdfjs.getDocument({
      // pdf.js may detach the buffer it is given; the caller's bytes are still needed to store the original.
      data: new Uint8Array(bytes),
      // Without these pdf.js would hand images over as browser bitmaps, which Node does not have.
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      // Decoding an image over the pixel limit would exhaust a low-spec PC's memory: pdf.js leaves it out,
      // and the page, showing nothing, is refused by name (cutPdfPage).
      maxImageSize: maxImagePixels,
      standardFontDataUrl: pdfjsFolder('standard_fonts'),
      wasmUrl: pdfjsFolder('wasm'),
      iccUrl: pdfjsFolder('iccs'),
      // pdf.js would otherwise leave out what it cannot decode, and a damaged scan would become a blank page.
      stopAtErrors: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const code = (error as { name?: string }).name === 'PasswordException' ? 'pdf-password' : 'pdf-damaged';
    throw AppError.of(code, { file: fileName });
  }
  const pixels = filePixelSpender(bytes.byteLength);
  return {
    pageCount: doc.numPages,
    cutPage: async (index) => pixels.spent() ?? cutPdfPage(reader, doc, index, pixels.spend),
    close: () => doc.destroy(),
  };
}

type Spend = (pixels: number) => CutPage | null;

async function cutPdfPage({ pdfjs, opNames }: Loaded, doc: PDFDocumentProxy, index: number, spend: Spend): Promise<CutPage> {
  let page: PDFPageProxy | undefined;
  try {
    page = await doc.getPage(index);
    const { fnArray, argsArray } = await page.getOperatorList();
    const operations: PdfOperation[] = fnArray.map((fn, i) => ({ op: opNames.get(fn) ?? 'other', args: argsArray[i] as unknown[] }));
    const content = pdfPageContent(operations);
    // A blank page would be taken for a page of the register with nothing written on it.
    if (content.kind === 'blank') return { failure: (label) => AppError.of('pdf-page-blank', { file: label, limit: maxImagePixels / 1_000_000 }) };
    const extracted = content.kind === 'image' ? await extractImage(pdfjs, page, content.id, content.dpi, spend) : null;
    return extracted ?? (await renderPage(page, spend));
  } catch {
    return { failure: (label) => AppError.of('pdf-damaged', { file: label }) };
  } finally {
    // Decoded images stay cached in the page until it is cleaned up.
    page?.cleanup();
  }
}

interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

function isDecodedImage(value: unknown): value is DecodedImage {
  const image = value as Partial<DecodedImage> | null;
  return typeof image?.width === 'number' && typeof image.height === 'number' && typeof image.kind === 'number'
    && (image.data instanceof Uint8Array || image.data instanceof Uint8ClampedArray);
}

/** The page's one image at its own pixels, turned as the page is shown; null when pdf.js gave it in a form to render instead. */
async function extractImage(pdfjs: typeof PdfjsModule, page: PDFPageProxy, id: string, dpi: number, spend: Spend): Promise<CutPage | null> {
  const objects = id.startsWith('g_') ? page.commonObjs : page.objs;
  // The image is sent over once decoded, which may be after the operator list has arrived.
  const image = await new Promise<unknown>((resolve) => {
    objects.get(id, resolve);
  });
  // pdf.js gives no image when its data cannot be decoded; rendering would show a blank page instead.
  if (image === null || image === undefined) return { failure: (label) => AppError.of('pdf-damaged', { file: label }) };
  if (!isDecodedImage(image)) return null;
  const tooLarge = tooManyPixels(image.width, image.height) ?? spend(image.width * image.height);
  if (tooLarge) return tooLarge;
  const raw = rawPixels(pdfjs, image);
  if (!raw) return null;
  return encodePng(raw, image.width, image.height, Math.round(dpi), page.rotate);
}

function tooManyPixels(width: number, height: number): CutPage | null {
  const size = { format: 'png', width, height };
  return checkImageHeader('', size) ? { failure: (label) => checkImageHeader(label, size)! } : null;
}

interface RawPixels {
  data: Uint8Array;
  channels: 1 | 3 | 4;
}

/** pdf.js's decoded image as packed pixels; a 1-bit image (set bits are white) becomes 8-bit gray. */
function rawPixels({ ImageKind }: typeof PdfjsModule, image: DecodedImage): RawPixels | null {
  const { width, height, kind, data } = image;
  if (kind === ImageKind.RGB_24BPP) return { data: new Uint8Array(data.buffer, data.byteOffset, width * height * 3), channels: 3 };
  if (kind === ImageKind.RGBA_32BPP) return { data: new Uint8Array(data.buffer, data.byteOffset, width * height * 4), channels: 4 };
  if (kind !== ImageKind.GRAYSCALE_1BPP) return null;
  const gray = new Uint8Array(width * height);
  const rowBytes = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      gray[y * width + x] = data[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
    }
  }
  return { data: gray, channels: 1 };
}

/** Drops what the pixels do not use: an opaque alpha channel, and colour from a gray scan (a third of the size). */
function compact({ data, channels }: RawPixels): RawPixels {
  if (channels === 1) return { data, channels };
  let opaque = channels === 4;
  let gray = true;
  for (let i = 0; i < data.length && (opaque || gray); i += channels) {
    if (opaque && data[i + 3] !== 255) opaque = false;
    if (gray && (data[i] !== data[i + 1] || data[i] !== data[i + 2])) gray = false;
  }
  if (!gray && !(channels === 4 && opaque)) return { data, channels };
  const keep = gray ? 1 : 3;
  const out = new Uint8Array((data.length / channels) * keep);
  for (let i = 0, o = 0; i < data.length; i += channels, o += keep) {
    for (let c = 0; c < keep; c++) out[o + c] = data[i + c]!;
  }
  return { data: out, channels: gray ? 1 : 3 };
}

async function encodePng(raw: RawPixels, width: number, height: number, dpi: number, rotate: number): Promise<CutPage> {
  const { data, channels } = compact(raw);
  let image = sharp(data, { raw: { width, height, channels } });
  // sharp writes sRGB unless told otherwise: a gray scan would triple in size.
  if (channels === 1) image = image.toColourspace('b-w');
  const { data: png, info } = await image
    .rotate(rotate)
    .withDensity(dpi)
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png, width: info.width, height: info.height };
}

/** Draws the page at 300 dpi on white, as a printer would. */
async function renderPage(page: PDFPageProxy, spend: Spend): Promise<CutPage> {
  const viewport = page.getViewport({ scale: pdfRenderDpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const tooLarge = tooManyPixels(width, height) ?? spend(width * height);
  if (tooLarge) return tooLarge;
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  // @napi-rs/canvas is the canvas pdf.js itself uses in Node; its types are its own, not the DOM's.
  const target = { canvas, canvasContext: context } as unknown as Pick<Parameters<PDFPageProxy['render']>[0], 'canvas' | 'canvasContext'>;
  await page.render({ ...target, viewport, background: 'white' }).promise;
  const pixels = context.getImageData(0, 0, width, height).data;
  return encodePng({ data: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength), channels: 4 }, width, height, pdfRenderDpi, 0);
}
