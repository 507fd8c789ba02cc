// Scanned paper is never evenly white: it yellows, a coffee stain darkens a patch, the binding casts a
// shadow. Dividing each pixel by the brightness of the paper around it makes all paper white, so a single
// threshold afterwards separates ink from paper everywhere on the page, while ink keeps its contrast.
import type { GrayImage, InterleavedImage } from './raster.ts';

/** Share of a block's pixels darker than the level taken as its paper: ink covers less than this in any block. */
const paperPercentile = 0.9;

/**
 * The paper level of each block: a high percentile, so JPEG noise on the paper does not count as brighter
 * paper. Every other pixel of every other row is enough to tell it.
 */
function blockPaperLevels(image: InterleavedImage, channel: number, block: number, columns: number, rows: number): Float32Array {
  const { data, width, height, channels } = image;
  const levels = new Float32Array(columns * rows);
  const histograms = new Uint32Array(columns * 256);
  for (let row = 0; row < rows; row++) {
    histograms.fill(0);
    const top = row * block;
    const bottom = Math.min(height, top + block);
    for (let y = top; y < bottom; y += 2) {
      const offset = y * width;
      for (let column = 0; column < columns; column++) {
        const histogram = column * 256;
        const end = Math.min(width, (column + 1) * block);
        for (let x = column * block; x < end; x += 2) histograms[histogram + data[(offset + x) * channels + channel]!]!++;
      }
    }
    for (let column = 0; column < columns; column++) {
      let count = 0;
      for (let level = 0; level < 256; level++) count += histograms[column * 256 + level]!;
      const wanted = count * paperPercentile;
      let seen = 0;
      let level = 0;
      while (level < 255) {
        seen += histograms[column * 256 + level]!;
        if (seen >= wanted) break;
        level++;
      }
      levels[row * columns + column] = level;
    }
  }
  return levels;
}

/** Each block takes the brightest paper of its neighbours, so a block filled by a bold letter is not read as dark paper. */
function brightestAround(levels: Float32Array, columns: number, rows: number): Float32Array {
  const result = new Float32Array(levels.length);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      let brightest = 1;
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) brightest = Math.max(brightest, levels[r * columns + c]!);
      }
      result[row * columns + column] = brightest;
    }
  }
  return result;
}

/**
 * One channel of the image, rescaled so the paper around every pixel is 255. `block` is the side in
 * pixels of the squares the paper level is measured on: larger than any stroke, smaller than a stain.
 */
export function flattenBackground(image: InterleavedImage, channel: number, block: number): GrayImage {
  const { data, width, height, channels } = image;
  const columns = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const paperGain = brightestAround(blockPaperLevels(image, channel, block, columns, rows), columns, rows).map((level) => 255 / level);
  // The gain between block centres is interpolated, so no block edge shows in the result: across each
  // row of blocks once, then down between two such rows for every pixel.
  const rowGains = new Float32Array(rows * width);
  for (let row = 0; row < rows; row++) {
    for (let x = 0; x < width; x++) {
      const position = Math.min(columns - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const left = Math.floor(position);
      const right = Math.min(columns - 1, left + 1);
      const across = position - left;
      rowGains[row * width + x] = paperGain[row * columns + left]! * (1 - across) + paperGain[row * columns + right]! * across;
    }
  }
  const result = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const position = Math.min(rows - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const above = Math.floor(position) * width;
    const below = Math.min(rows - 1, Math.floor(position) + 1) * width;
    const down = position - Math.floor(position);
    const offset = y * width;
    let source = offset * channels + channel;
    for (let x = 0; x < width; x++, source += channels) {
      const gain = rowGains[above + x]! + down * (rowGains[below + x]! - rowGains[above + x]!);
      const value = data[source]! * gain;
      result[offset + x] = value >= 255 ? 255 : value + 0.5;
    }
  }
  return { data: result, width, height };
}
