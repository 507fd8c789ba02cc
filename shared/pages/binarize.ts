// Black text on white for tesseract, from a 300 dpi page whose paper has been flattened to white.
//
// Measured with tesseract (vie, best_int) on the 24 sample pages and on skewed, blurred, noisy, bordered
// and 200 dpi copies of them: Otsu's level (170–190 here) fattens the strokes and keeps the leader dots;
// a level just over halfway from the ink's core to the paper reads best (from 0.5 to 0.6 of the way reads
// the same, 0.4 and 0.7 lose fields); Sauvola (window 41, k 0.2) read no better and needs a window sum
// over every pixel.
import { findInkComponents } from './ink-components.ts';
import { findLeaderDots } from './leader-dots.ts';
import { grayHistogram, otsuThreshold } from './otsu-threshold.ts';
import type { GrayImage } from './raster.ts';

/** Where between the ink's core and the paper the threshold lies. */
const thresholdPosition = 0.55;
/** The ink's core: the level this share of the dark class is darker than (stroke middles, not their edges). */
const coreShare = 0.2;
/** A page whose darkest class is this light has no ink, only paper noise. */
const maxThreshold = 200;
/** Groups of ink this small at 300 dpi are specks (dust, noise); the dot of an "i" is several times larger. */
export const maxSpeckArea = 4;

/** The level below which a pixel of a flattened page is ink. */
export function inkThreshold(histogram: ArrayLike<number>): number {
  const otsu = otsuThreshold(histogram);
  let dark = 0;
  for (let level = 0; level <= otsu; level++) dark += histogram[level]!;
  let seen = 0;
  let core = otsu;
  for (let level = 0; level <= otsu; level++) {
    seen += histogram[level]!;
    if (seen >= dark * coreShare) {
      core = level;
      break;
    }
  }
  return Math.min(maxThreshold, Math.round(core + thresholdPosition * (255 - core)));
}

/** Turns the image, in place, into ink (0) and paper (255), without specks or leader dots; returns the ink pixels. */
export function binarize(image: GrayImage): number {
  const { data, width } = image;
  const { runs, components } = findInkComponents(image, inkThreshold(grayHistogram(data)));
  const dots = findLeaderDots(components);
  data.fill(255);
  let ink = 0;
  for (let run = 0; run < runs.count; run++) {
    const component = runs.component[run]!;
    if (dots[component] || components[component]!.area <= maxSpeckArea) continue;
    const offset = runs.y[run]! * width;
    data.fill(0, offset + runs.start[run]!, offset + runs.end[run]!);
    ink += runs.end[run]! - runs.start[run]!;
  }
  return ink;
}
