// Skew by projection profiles: when the page is turned so its text lines are level, the ink piles up in a
// few rows (the lines) with empty rows between, and the row counts change most sharply. Coarse steps
// over the whole range find the peak's neighbourhood; fine steps and a parabola through the best three
// place it to a few hundredths of a degree.
import { findInkComponents } from './ink-components.ts';
import type { GrayImage } from './raster.ts';

export interface SkewOptions {
  /** widest skew looked for, either way, in degrees */
  maxDegrees?: number;
}

const coarseStep = 0.5;
const fineStep = 0.05;
/** Below this many ink pixels there are no lines to level (a blank page), and the page is left as it is. */
const minInkPixels = 200;
/** A group of ink longer or taller than this share of the page is a line, not text. */
const maxTextShare = 0.25;
/** The golden ratio's fraction: its multiples spread evenly over [0, 1) in any stretch. */
const goldenFraction = 0.6180339887;
/** More ink pixels than this add time, not precision: the rest are sampled evenly. */
const maxInkPixels = 250_000;

interface InkPoints {
  xs: Float32Array;
  ys: Float32Array;
  count: number;
}

/**
 * The ink pixels of the page's text. Long lines are left out: a table's rules run with the text, but the
 * edge of the paper against the scanner's lid, or a straight border, need not, and one such line outweighs
 * many lines of text.
 */
function textPoints(image: GrayImage, inkBelow: number): InkPoints {
  const { width, height } = image;
  const { runs, components } = findInkComponents(image, inkBelow);
  const isText = components.map((c) => c.right - c.left <= width * maxTextShare && c.bottom - c.top <= height * maxTextShare);
  let total = 0;
  for (let run = 0; run < runs.count; run++) if (isText[runs.component[run]!]) total += runs.end[run]! - runs.start[run]!;
  const stride = Math.max(1, Math.ceil(total / maxInkPixels));
  const count = Math.floor(total / stride);
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  let seen = 0;
  let kept = 0;
  for (let run = 0; run < runs.count && kept < count; run++) {
    if (!isText[runs.component[run]!]) continue;
    const y = runs.y[run]! - height / 2;
    for (let x = runs.start[run]!; x < runs.end[run]! && kept < count; x++) {
      if (seen++ % stride !== 0) continue;
      xs[kept] = x - width / 2;
      // Each pixel is moved down by an evenly spread fraction of a pixel. Without it, every pixel of a level
      // page falls squarely in one row at 0 degrees and in two rows at any other angle, which would favour
      // exactly 0 over a true skew of a tenth of a degree.
      ys[kept] = y + ((kept * goldenFraction) % 1);
      kept++;
    }
  }
  return { xs, ys, count: kept };
}

/** How sharply the ink falls into rows once the page is turned back by `degrees`. */
function profileScore(points: InkPoints, degrees: number, rows: Float64Array): number {
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const shift = rows.length / 2;
  rows.fill(0);
  const { xs, ys, count } = points;
  for (let i = 0; i < count; i++) {
    // Each pixel is shared between the two rows it falls between, so the score changes smoothly with the angle.
    const position = ys[i]! * cos - xs[i]! * sin + shift;
    const row = Math.floor(position);
    const part = position - row;
    rows[row] = rows[row]! + 1 - part;
    rows[row + 1] = rows[row + 1]! + part;
  }
  // Squared differences between neighbouring rows: level lines have crisp tops and bottoms, and a slight
  // turn blurs them at once, where the plain sum of squares stays flat over the first tenths of a degree.
  let score = 0;
  for (let i = 1; i < rows.length; i++) {
    const step = rows[i]! - rows[i - 1]!;
    score += step * step;
  }
  return score;
}

/**
 * The angle in degrees (clockwise positive, as sharp's rotate takes it) that levels the text lines of a
 * page whose pixels darker than `inkBelow` are ink; 0 when there is too little ink to tell.
 */
export function estimateSkew(image: GrayImage, inkBelow: number, options: SkewOptions = {}): number {
  const maxDegrees = options.maxDegrees ?? 10;
  const points = textPoints(image, inkBelow);
  if (points.count < minInkPixels) return 0;
  const rows = new Float64Array(Math.ceil(Math.hypot(image.width, image.height)) + 4);
  const score = (degrees: number) => profileScore(points, degrees, rows);

  let coarse = 0;
  let coarseBest = -1;
  for (let degrees = -maxDegrees; degrees <= maxDegrees + 1e-9; degrees += coarseStep) {
    const value = score(degrees);
    if (value > coarseBest) {
      coarseBest = value;
      coarse = degrees;
    }
  }
  const steps = Math.round(coarseStep / fineStep);
  const fine: number[] = [];
  for (let k = -steps; k <= steps; k++) fine.push(score(coarse + k * fineStep));
  let best = 0;
  for (let k = 1; k < fine.length; k++) if (fine[k]! > fine[best]!) best = k;
  let offset = best;
  if (best > 0 && best < fine.length - 1) {
    const before = fine[best - 1]!;
    const at = fine[best]!;
    const after = fine[best + 1]!;
    const curvature = before - 2 * at + after;
    if (curvature < 0) offset += (0.5 * (before - after)) / curvature;
  }
  const tilt = coarse + (offset - steps) * fineStep;
  // The score measures the page turned back by `tilt`, so straightening it means turning by -tilt.
  return Math.round(-tilt * 100) / 100 || 0;
}
