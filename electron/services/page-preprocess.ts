// One scan to the images the page pipeline needs: the page is straightened, cropped and brought to 300 dpi
// once, then kept as binarized pixels for tesseract and written as a colour image for the clerk and a thumbnail.
// Every decision is made on a small copy by the pure functions of shared/pages; sharp decodes, turns,
// crops, resamples and encodes the full-size page, decoding it once more (twice when it must be rescaled).
import sharp, { type Metadata, type OutputInfo, type Region, type Sharp } from 'sharp';
import { AppError } from '../../shared/api/app-error.ts';
import type { Box } from '../../shared/domain/entry.ts';
import { binarize } from '../../shared/pages/binarize.ts';
import { checkImageFile, checkImageHeader, maxImagePixels } from '../../shared/pages/image-policy.ts';
import { inkChannelIndex } from '../../shared/pages/ink-channel.ts';
import { inkCoverage } from '../../shared/pages/ink-coverage.ts';
import { analysisSize, paperBlock, planPage } from '../../shared/pages/page-plan.ts';
import { targetDpi, type DpiSource } from '../../shared/pages/page-resolution.ts';
import { flattenBackground } from '../../shared/pages/paper-background.ts';
import { rotationCrop } from '../../shared/pages/rotation-geometry.ts';

export interface PreparedPage {
  /** 8-bit single-channel pixels, binarized (text black on white), at 300 dpi: what tesseract reads */
  ocr: { gray: Uint8Array; width: number; height: number };
  /** the same geometry as `ocr` (so boxes found on the OCR image point at the same spot), in colour, JPEG written at 300 dpi */
  display: { jpeg: Buffer; width: number; height: number };
  /** about 240 px wide, WebP, for the page grid */
  thumbnail: { webp: Buffer; width: number; height: number };
  /** degrees the page was turned to straighten it (fine angle, e.g. -1.3) */
  skewDegrees: number;
  /** 0 or 180: the caller may ask for the page turned upside down (when it reads better that way) */
  turned: 0 | 180;
  /** the scale applied to reach 300 dpi */
  scale: number;
  /** fraction of ink pixels in the binarized page; `blank` when there is no text to read */
  inkRatio: number;
  blank: boolean;
  /** the resolution the scan was taken to have, and where that came from */
  sourceDpi: number;
  dpiSource: DpiSource;
}

/** What the clerk sees of a page: kept in the data folder by page-variants.ts. */
export type PageImages = Pick<PreparedPage, 'display' | 'thumbnail'>;

export interface PreprocessOptions {
  /** page of a multi-page TIFF, from 0 */
  pageIndex?: number;
  turn?: 0 | 180;
  /** the file's name, for error messages */
  fileName?: string;
}

const thumbnailWidth = 240;
const white = { r: 255, g: 255, b: 255 };

function toRegion(box: Box): Region {
  return { left: box.x, top: box.y, width: box.width, height: box.height };
}

function decoder(bytes: Uint8Array, pageIndex: number): Sharp {
  return sharp(bytes, { limitInputPixels: maxImagePixels, page: pageIndex, failOn: 'truncated' }).rotate();
}

async function readHeader(bytes: Uint8Array, pageIndex: number, file: string): Promise<Metadata> {
  const fileError = checkImageFile(file, bytes.byteLength);
  if (fileError) throw fileError;
  const read = (page?: number) => sharp(bytes, { limitInputPixels: false, ...(page === undefined ? {} : { page }) }).metadata();
  let header: Metadata;
  try {
    header = await read();
  } catch {
    throw AppError.of('image-unsupported', { file });
  }
  const pages = header.pages ?? 1;
  if (pageIndex >= pages) throw AppError.of('image-page-missing', { file, count: pages, page: pageIndex + 1 });
  if (pageIndex > 0) {
    try {
      header = await read(pageIndex);
    } catch {
      throw AppError.of('image-truncated', { file });
    }
  }
  const error = checkImageHeader(file, header);
  if (error) throw error;
  return header;
}

/** 8-bit sRGB pixels, transparency laid on white paper. */
function srgb(pipeline: Sharp): Promise<{ data: Buffer; info: OutputInfo }> {
  return pipeline.flatten({ background: white }).toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
}

export async function preprocessPage(bytes: Uint8Array, options: PreprocessOptions = {}): Promise<PreparedPage> {
  const pageIndex = options.pageIndex ?? 0;
  const turn = options.turn ?? 0;
  const file = options.fileName ?? 'scan';
  const header = await readHeader(bytes, pageIndex, file);
  const full = { width: header.autoOrient.width, height: header.autoOrient.height };

  const copySize = analysisSize(full);
  let copy: { data: Buffer; info: OutputInfo };
  try {
    // The first full decode: a file cut short fails here, before anything else is done.
    copy = await srgb(decoder(bytes, pageIndex).resize({ ...copySize, fit: 'fill' }));
  } catch {
    throw AppError.of('image-truncated', { file });
  }
  const plan = planPage({ data: copy.data, ...copySize, channels: copy.info.channels }, full, header.density, turn);

  let pipeline = decoder(bytes, pageIndex);
  if (plan.resolution.scale !== 1) {
    // sharp cannot crop, turn, crop again and resize in one pass, so a page not at 300 dpi is resized first.
    const resized = await srgb(pipeline.resize({ ...plan.size, fit: 'fill' }));
    pipeline = sharp(resized.data, { raw: { ...plan.size, channels: resized.info.channels } });
  }
  let cut = plan.crop;
  if (plan.rotation !== 0) {
    // Only the part of the page that ends up in the crop is turned: turning is the costliest step.
    const turning = rotationCrop(plan.size, plan.rotation, plan.crop);
    pipeline = pipeline.extract(toRegion(turning.source)).rotate(plan.rotation, { background: white });
    cut = turning.box;
  }
  const page = await srgb(pipeline.extract(toRegion(cut)));
  const { width, height } = cut;
  const colour = { raw: { width, height, channels: page.info.channels } };
  // The colour images are encoded on libuv's threads while this thread binarizes the page. The promise is
  // awaited below; the catch only keeps a failure that comes first from counting as unhandled meanwhile.
  const colourImages = Promise.all([
    sharp(page.data, colour).withDensity(targetDpi).jpeg({ quality: 82, optimiseCoding: false }).toBuffer(),
    sharp(page.data, colour).resize({ width: thumbnailWidth }).webp({ quality: 70 }).toBuffer({ resolveWithObject: true }),
  ]);
  colourImages.catch(() => undefined);

  const gray = flattenBackground({ data: page.data, width, height, channels: page.info.channels }, inkChannelIndex, paperBlock);
  const ink = binarize(gray);
  const [displayJpeg, thumb] = await colourImages;
  return {
    ocr: { gray: gray.data, width, height },
    display: { jpeg: displayJpeg, width, height },
    thumbnail: { webp: thumb.data, width: thumb.info.width, height: thumb.info.height },
    skewDegrees: plan.skewDegrees,
    turned: turn,
    scale: plan.resolution.scale,
    ...inkCoverage(ink, plan.paperArea),
    sourceDpi: plan.resolution.dpi,
    dpiSource: plan.resolution.source,
  };
}
