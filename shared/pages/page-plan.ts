// What to do with a scan, decided on a small copy of it: how far to turn it, where its content lies, and
// how much to scale it to reach 300 dpi. The Node side then applies the plan to the full-size page once.
import type { Box } from '../domain/entry.ts';
import { inkThreshold } from './binarize.ts';
import { expandWithin, inkBounds, intersect, paperBounds } from './content-bounds.ts';
import { borderThreshold, findDarkBorder, paintWhite } from './dark-border.ts';
import { darkestChannel } from './ink-channel.ts';
import { grayHistogram, otsuThreshold } from './otsu-threshold.ts';
import { pageResolution, targetDpi, type PageResolution } from './page-resolution.ts';
import { flattenBackground } from './paper-background.ts';
import type { InterleavedImage } from './raster.ts';
import { copyToRotated, rotatedSize, type Size } from './rotation-geometry.ts';
import { estimateSkew } from './skew-estimate.ts';

/**
 * Long side of the analysis copy: about 70 dpi for A4, enough to see lines of text and the page's edges,
 * and small enough that a 300 dpi JPEG is decoded at a quarter of its size.
 */
const analysisLongSide = 800;
/** Side of the squares the paper's brightness is measured on, at 300 dpi: wider than a bold stroke. */
export const paperBlock = 32;
/** Smallest side of those squares in the analysis copy, so each still holds enough paper to measure. */
const minAnalysisBlock = 6;
/** Half the thickest stroke that is not a scanner border, in analysis pixels. */
const borderRadius = 3;
/** Groups of ink in the analysis copy this small are specks, not content to keep in the crop. */
const contentMinArea = 3;
/** White kept around the content, in inches. */
const marginInches = 0.12;
/** Below this the page is not turned: its lines drift less than a pixel in 500, and turning blurs. */
const minSkewCorrection = 0.1;
/**
 * The largest page made, in pixels: an A3 sheet at 300 dpi with room to spare. A scan whose header
 * declares a low density for a huge image would otherwise be enlarged past what a 4 GB PC can hold.
 */
const maxPagePixels = 24_000_000;

export interface PagePlan {
  /** the fine turn that straightens the text, clockwise degrees; 0 when the page is straight enough */
  skewDegrees: number;
  /** the whole turn to apply: the skew, plus 180 when the page is to be read upside down */
  rotation: number;
  resolution: PageResolution;
  /** the whole scan's size once scaled to 300 dpi, before turning */
  size: Size;
  /** what to keep, in the canvas of the scaled scan turned by `rotation` */
  crop: Box;
  /** the paper's area at 300 dpi (the scan less its dark border), which ink is counted against */
  paperArea: number;
}

/** The size of the analysis copy of a scan of `full` size. */
export function analysisSize(full: Size): Size {
  const shrink = Math.max(1, Math.max(full.width, full.height) / analysisLongSide);
  return { width: Math.max(1, Math.round(full.width / shrink)), height: Math.max(1, Math.round(full.height / shrink)) };
}

/**
 * Plans the page from `copy`, the scan (already turned upright by its EXIF orientation) downscaled to
 * `analysisSize(full)`, in sRGB.
 */
export function planPage(copy: InterleavedImage, full: Size, declaredDpi: number | undefined, turn: 0 | 180): PagePlan {
  const darkest = darkestChannel(copy);
  const rawHistogram = grayHistogram(darkest.data);
  const border = findDarkBorder(darkest, borderThreshold(rawHistogram, otsuThreshold(rawHistogram)), borderRadius);
  const shrink = full.width / copy.width;
  // Flattened before the border is painted white, or the paper next to it would look dark against it.
  const small = flattenBackground({ ...darkest, channels: 1 }, 0, Math.max(minAnalysisBlock, Math.round(paperBlock / shrink)));
  if (border) paintWhite(small, border);
  const inkBelow = inkThreshold(grayHistogram(small.data));
  const skew = estimateSkew(small, inkBelow);
  const skewDegrees = Math.abs(skew) >= minSkewCorrection ? skew : 0;
  const rotation = skewDegrees + turn;

  const found = pageResolution(border ? (paperBounds(border, copy, copyToRotated(copy, full, rotation)) ?? full) : full, declaredDpi);
  const resolution = { ...found, scale: Math.min(found.scale, Math.sqrt(maxPagePixels / (full.width * full.height))) };
  const size = { width: Math.max(1, Math.round(full.width * resolution.scale)), height: Math.max(1, Math.round(full.height * resolution.scale)) };
  const canvas = rotatedSize(size, rotation);
  const whole = { x: 0, y: 0, ...canvas };
  const toCanvas = copyToRotated(copy, size, rotation);
  const paper = border ? intersect(paperBounds(border, copy, toCanvas) ?? whole, whole) : whole;
  const content = inkBounds(small, inkBelow, contentMinArea, toCanvas);
  const crop = content ? expandWithin(content, Math.round(marginInches * targetDpi), paper) : paper;
  return { skewDegrees, rotation, resolution, size, crop, paperArea: border ? paper.width * paper.height : size.width * size.height };
}
