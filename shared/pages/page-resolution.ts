// The resolution a page was scanned at, so it can be brought to the 300 dpi tesseract's models are trained
// for. The density in the file's header is often wrong (a camera or a converter writes 72 or 96 whatever
// the page), so it is believed only when it makes the page the size of a register page; otherwise the
// resolution is read from the pixel size against A4 and A3, the sizes registers are printed on.

export const targetDpi = 300;
/** Enlarging more than this invents detail without adding any, and quadruples the pixels to read. */
export const maxUpscale = 2;

/** Register paper sizes, short side × long side, in inches. */
const paperSizes = [
  { name: 'A4', short: 210 / 25.4, long: 297 / 25.4 },
  { name: 'A3', short: 297 / 25.4, long: 420 / 25.4 },
] as const;
/** How far a scan may be from the paper's size: scanners take in a little more than the sheet, or crop a little. */
const sizeTolerance = 0.12;
/** Resolutions scanners offer; an estimate this close to one of them is taken to be it. */
const commonDpis = [100, 150, 200, 240, 300, 400, 600, 1200];
const snapTolerance = 0.1;
/** Below this a declared density is a software default (72, 96), not a scan's. */
const minBelievableDpi = 100;
/** A scale this close to 1 is not worth resampling the page for. */
const noScaleWithin = 0.04;

export type DpiSource = 'header' | 'paper-size' | 'assumed';

export interface PageResolution {
  dpi: number;
  source: DpiSource;
  /** the factor that brings the page to 300 dpi, never more than 2 */
  scale: number;
}

function fitsPaper(widthInches: number, heightInches: number): boolean {
  const short = Math.min(widthInches, heightInches);
  const long = Math.max(widthInches, heightInches);
  return paperSizes.some((paper) => Math.abs(short / paper.short - 1) <= sizeTolerance && Math.abs(long / paper.long - 1) <= sizeTolerance);
}

/** The resolution at which the page is A4 or A3 and closest to 300 dpi, or null when its shape fits neither. */
function dpiFromPaper(width: number, height: number): number | null {
  const short = Math.min(width, height);
  const long = Math.max(width, height);
  let best: number | null = null;
  for (const paper of paperSizes) {
    const dpiShort = short / paper.short;
    const dpiLong = long / paper.long;
    if (Math.abs(dpiShort / dpiLong - 1) > sizeTolerance) continue;
    const dpi = Math.sqrt(dpiShort * dpiLong);
    if (best === null || Math.abs(Math.log(dpi / targetDpi)) < Math.abs(Math.log(best / targetDpi))) best = dpi;
  }
  return best;
}

function snap(dpi: number): number {
  const common = commonDpis.find((candidate) => Math.abs(dpi / candidate - 1) <= snapTolerance);
  return common ?? Math.round(dpi);
}

/**
 * The page's resolution from the size of its paper in pixels (borders left out) and the density its
 * header declares (dots per inch; undefined when there is none).
 */
export function pageResolution(paper: { width: number; height: number }, declaredDpi: number | undefined): PageResolution {
  let dpi: number;
  let source: DpiSource;
  const fromPaper = dpiFromPaper(paper.width, paper.height);
  if (declaredDpi && fitsPaper(paper.width / declaredDpi, paper.height / declaredDpi)) {
    dpi = declaredDpi;
    source = 'header';
  } else if (fromPaper !== null) {
    dpi = snap(fromPaper);
    source = 'paper-size';
  } else if (declaredDpi && declaredDpi >= minBelievableDpi) {
    // A page of no paper size (a part of a sheet) has only its header to go by.
    dpi = declaredDpi;
    source = 'header';
  } else {
    dpi = targetDpi;
    source = 'assumed';
  }
  const scale = Math.min(maxUpscale, targetDpi / dpi);
  return { dpi, source, scale: Math.abs(scale - 1) <= noScaleWithin ? 1 : scale };
}
