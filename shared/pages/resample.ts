// Enlarging a part of a page with the kernel of sharp's 'cubic' (Catmull-Rom), in two passes (rows, then
// columns). Table cells are enlarged before they are read (shared/ocr/cell-mosaic.ts says why); done here,
// a table's mosaics need no image library round trip per cell.
import type { Box } from '../domain/entry.ts';
import type { GrayImage } from './raster.ts';

/** Catmull-Rom weights of the four source pixels around a point `t` (0–1) past the second. */
function weights(t: number): [number, number, number, number] {
  const t2 = t * t;
  const t3 = t2 * t;
  return [(-t3 + 2 * t2 - t) / 2, (3 * t3 - 5 * t2 + 2) / 2, (-3 * t3 + 4 * t2 + t) / 2, (t3 - t2) / 2];
}

interface Taps {
  /** source index of each output position's first tap, clamped to the source */
  index: Int32Array;
  weight: Float32Array;
}

/** For each of `size` output positions, the four source positions (clamped to `from`–`to`) and their weights. */
function taps(size: number, from: number, length: number): Taps {
  const index = new Int32Array(size * 4);
  const weight = new Float32Array(size * 4);
  const scale = length / size;
  for (let i = 0; i < size; i++) {
    // Pixel centres line up: output pixel i covers source (i + 0.5) * scale - 0.5.
    const position = (i + 0.5) * scale - 0.5;
    const base = Math.floor(position);
    const w = weights(position - base);
    for (let k = 0; k < 4; k++) {
      index[i * 4 + k] = from + Math.min(length - 1, Math.max(0, base - 1 + k));
      weight[i * 4 + k] = w[k]!;
    }
  }
  return { index, weight };
}

const clampByte = (value: number) => (value <= 0 ? 0 : value >= 255 ? 255 : Math.round(value));

/**
 * Draws `source` (a part of `image`) into `target` at `at`, resized to `at`'s size. A part drawn at its own
 * size is copied as it is.
 */
export function drawResized(target: GrayImage, image: GrayImage, source: Box, at: Box): void {
  if (source.width === at.width && source.height === at.height) {
    for (let y = 0; y < at.height; y++) {
      const from = (source.y + y) * image.width + source.x;
      target.data.set(image.data.subarray(from, from + at.width), (at.y + y) * target.width + at.x);
    }
    return;
  }
  const columns = taps(at.width, source.x, source.width);
  const rows = taps(at.height, source.y, source.height);
  // Rows first: each source row of the part, resized across.
  const across = new Float32Array(source.height * at.width);
  for (let y = 0; y < source.height; y++) {
    const row = (source.y + y) * image.width;
    for (let x = 0; x < at.width; x++) {
      const t = x * 4;
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += image.data[row + columns.index[t + k]!]! * columns.weight[t + k]!;
      across[y * at.width + x] = sum;
    }
  }
  for (let y = 0; y < at.height; y++) {
    const t = y * 4;
    const out = (at.y + y) * target.width + at.x;
    for (let x = 0; x < at.width; x++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += across[(rows.index[t + k]! - source.y) * at.width + x]! * rows.weight[t + k]!;
      target.data[out + x] = clampByte(sum);
    }
  }
}
