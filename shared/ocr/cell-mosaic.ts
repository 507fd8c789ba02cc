// A table's cells read in one engine call: each cell's line of text is cut out and stacked under the
// others with white space between, so the engine still sees every cell as a line of its own (never
// running into the next column) but pays its per-image cost once instead of once per cell.
import type { Box } from '../domain/entry.ts';
import type { GrayImage } from '../pages/raster.ts';
import { drawResized } from '../pages/resample.ts';
import type { OcrLine, OcrWord } from './ocr-types.ts';

export interface MosaicPiece {
  /** the cell's index in the caller's list */
  cell: number;
  /** the part of the page that is copied (the ink of the cell, with a little paper around it) */
  source: Box;
  /** where it lands in the mosaic, enlarged by the layout's scale */
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface MosaicLayout {
  width: number;
  height: number;
  /** how much each piece is enlarged (see tableLineScale) */
  scale: number;
  pieces: MosaicPiece[];
}

/**
 * Table cells are set in small type; read at that size the engine splits a stacked mark from its letter
 * ("Hồ" comes out "Hô`", "Tuấn" "Tuâá"). Enlarged by a quarter, it keeps them together: on the sample
 * pages 1.5 read no more fields right and took 10 % longer, and 1 lost fields.
 */
export const tableLineScale = 1.25;

const inkBelow = 128;
/** White between stacked lines: more than a line's height, so the engine never joins two. */
const gap = 48;
const margin = 24;
/** Paper kept around a cell's ink, so no letter is clipped. */
const pad = 6;
/** Ink pixels a cell needs to hold text (a speck or the end of a rule is not text). */
const minInk = 40;

/** The box around the ink inside `box`, padded; null when the cell holds no text. */
export function inkBox(image: GrayImage, box: Box): Box | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    const row = y * image.width;
    for (let x = box.x; x < box.x + box.width; x++) {
      if (image.data[row + x]! >= inkBelow) continue;
      count++;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      if (x < left) left = x;
      if (x > right) right = x;
    }
  }
  if (count < minInk) return null;
  const x = Math.max(box.x, left - pad);
  const y = Math.max(box.y, top - pad);
  return { x, y, width: Math.min(box.x + box.width, right + pad + 1) - x, height: Math.min(box.y + box.height, bottom + pad + 1) - y };
}

/**
 * Tallest mosaic read in one call. The engine's memory grows with the largest image it has read and is
 * never given back, so a table is read in a few mosaics no larger than a page's text area.
 */
export const maxMosaicHeight = 2400;

/** Stacks the cells that hold ink into mosaics of bounded height; empty cells get no piece. */
export function layoutMosaics(image: GrayImage, cells: readonly Box[], scale = tableLineScale): MosaicLayout[] {
  const layouts: MosaicLayout[] = [];
  let pieces: MosaicPiece[] = [];
  let top = margin;
  let width = 0;
  const close = () => {
    if (pieces.length > 0) layouts.push({ width: width + 2 * margin, height: top - gap + margin, scale, pieces });
    pieces = [];
    top = margin;
    width = 0;
  };
  cells.forEach((cell, index) => {
    const source = inkBox(image, cell);
    if (!source) return;
    const piece = { cell: index, source, top, left: margin, width: Math.round(source.width * scale), height: Math.round(source.height * scale) };
    if (pieces.length > 0 && top + piece.height + margin > maxMosaicHeight) {
      close();
      piece.top = top;
    }
    pieces.push(piece);
    top += piece.height + gap;
    width = Math.max(width, piece.width);
  });
  close();
  return layouts;
}

/** The mosaic's pixels: white paper with each piece drawn at its place and size. */
export function composeMosaic(image: GrayImage, layout: MosaicLayout): GrayImage {
  const mosaic = { data: new Uint8Array(layout.width * layout.height).fill(255), width: layout.width, height: layout.height };
  for (const piece of layout.pieces) {
    drawResized(mosaic, image, piece.source, { x: piece.left, y: piece.top, width: piece.width, height: piece.height });
  }
  return mosaic;
}

function middle(box: Box): number {
  return box.y + box.height / 2;
}

/** The words the engine read in the mosaic, given back to their cells, in page coordinates. */
export function wordsByCell(layout: MosaicLayout, lines: readonly OcrLine[]): Map<number, OcrWord[]> {
  const result = new Map<number, OcrWord[]>();
  for (const word of lines.flatMap((line) => line.words)) {
    const y = middle(word.box);
    const piece = layout.pieces.find((p) => y >= p.top - gap / 2 && y < p.top + p.height + gap / 2);
    if (!piece) continue;
    const { scale } = layout;
    const moved: OcrWord = {
      ...word,
      box: {
        x: Math.round((word.box.x - piece.left) / scale + piece.source.x),
        y: Math.round((word.box.y - piece.top) / scale + piece.source.y),
        width: Math.round(word.box.width / scale),
        height: Math.round(word.box.height / scale),
      },
    };
    result.set(piece.cell, [...(result.get(piece.cell) ?? []), moved]);
  }
  for (const words of result.values()) words.sort((a, b) => a.box.x - b.box.x);
  return result;
}
