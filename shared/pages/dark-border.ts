// Dark scanner borders: where the scanner saw no paper (lid open, a page smaller than the glass) it records
// black. A border is dark, solid and touches the image's edge; text and rules are thin, so an opening
// (erode, then grow back) keeps the border and drops every stroke before the border is traced from the edges.
import type { GrayImage } from './raster.ts';

/** Pixels of blur between a border and the paper, in the analysis copy. */
const edgeBlur = 4;

/** Per row, then per column: whether every (`all`) or any (`!all`) pixel within `radius` is set. */
function squareFilter(mask: Uint8Array, width: number, height: number, radius: number, all: boolean): Uint8Array {
  const pass = (source: Uint8Array, length: number, lines: number, step: number, lineStep: number) => {
    const result = new Uint8Array(source.length);
    const counts = new Int32Array(length + 1);
    for (let line = 0; line < lines; line++) {
      const base = line * lineStep;
      for (let i = 0; i < length; i++) counts[i + 1] = counts[i]! + source[base + i * step]!;
      for (let i = 0; i < length; i++) {
        const from = i - radius;
        const to = i + radius + 1;
        const set = counts[to < length ? to : length]! - counts[from > 0 ? from : 0]!;
        // Past the image's edge counts as set when eroding, so a border touching the edge stays touching it.
        const outside = (from < 0 ? -from : 0) + (to > length ? to - length : 0);
        result[base + i * step] = all ? (set + outside === to - from ? 1 : 0) : set > 0 ? 1 : 0;
      }
    }
    return result;
  };
  return pass(pass(mask, width, height, 1, width), height, width, width, 1);
}

/** Marks the pixels connected to the image's edge through `mask`. */
function fromEdges(mask: Uint8Array, width: number, height: number): Uint8Array {
  const reached = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  let size = 0;
  const visit = (i: number) => {
    if (mask[i] && !reached[i]) {
      reached[i] = 1;
      stack[size++] = i;
    }
  };
  for (let x = 0; x < width; x++) {
    visit(x);
    visit((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    visit(y * width);
    visit(y * width + width - 1);
  }
  while (size > 0) {
    const i = stack[--size]!;
    const x = i % width;
    if (x > 0) visit(i - 1);
    if (x < width - 1) visit(i + 1);
    if (i >= width) visit(i - width);
    if (i < mask.length - width) visit(i + width);
  }
  return reached;
}

/**
 * The dark border of a scan as a mask (1 = border), or null when it has none. Pixels darker than
 * `darkBelow` are dark; `radius` is half the width of the thickest stroke that is not a border.
 */
export function findDarkBorder(image: GrayImage, darkBelow: number, radius: number): Uint8Array | null {
  const { data, width, height } = image;
  const dark = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) dark[i] = data[i]! < darkBelow ? 1 : 0;
  const solid = squareFilter(dark, width, height, radius, true);
  const border = fromEdges(solid, width, height);
  if (!border.includes(1)) return null;
  // Grown back further than it was eroded, to take in the blurred edge between border and paper.
  return squareFilter(border, width, height, radius + edgeBlur, false);
}

/** Paints the masked pixels white, in place. */
export function paintWhite(image: GrayImage, mask: Uint8Array): void {
  for (let i = 0; i < mask.length; i++) if (mask[i]) image.data[i] = 255;
}

/**
 * The level below which a pixel may be border: darker than the split between ink and paper, and at most
 * half as bright as the paper, so a shadowed but blank page is not taken for a border.
 */
export function borderThreshold(histogram: ArrayLike<number>, otsu: number): number {
  let total = 0;
  for (let level = 0; level < 256; level++) total += histogram[level]!;
  let seen = 0;
  let paper = 255;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level]!;
    if (seen >= total * 0.9) {
      paper = level;
      break;
    }
  }
  return Math.min(otsu + 1, Math.round(paper / 2));
}
