// The ruled grid of a table edition, found in the binarized page: rules are the only ink that runs most
// of the table's width (or height) with hardly a break. Each cell is then cut inside its rules and read as
// one line, so a name never runs into the next column and the rule itself never reads as "|" or "l".
import type { Box } from '../domain/entry.ts';
import type { GrayImage } from '../pages/raster.ts';


export interface TableGrid {
  /** y of each horizontal rule, top to bottom */
  rows: number[];
  /** x of each vertical rule, left to right */
  columns: number[];
}

const inkBelow = 128;
/** Rows (or columns) folded together when looking for rules, so a rule a few pixels off level still reads as one line. */
const band = 4;
/** Longest gap a rule may have (a broken print, a stamp over it), in pixels. */
const maxGap = 12;

function longestRun(isInk: (i: number) => boolean, length: number): number {
  let best = 0;
  let run = 0;
  let gap = 0;
  for (let i = 0; i < length; i++) {
    if (isInk(i)) {
      run += gap + 1;
      gap = 0;
    } else if (run > 0 && gap < maxGap) {
      gap++;
    } else {
      run = 0;
      gap = 0;
    }
    best = Math.max(best, run);
  }
  return best;
}

/** Centres of runs of consecutive indexes: one rule drawn 3 px thick is one rule. */
function centres(indexes: number[], step: number): number[] {
  const result: number[] = [];
  let start = -1;
  let previous = -Infinity;
  for (const i of indexes) {
    if (i - previous > step) {
      if (start >= 0) result.push(Math.round((start + previous) / 2));
      start = i;
    }
    previous = i;
  }
  if (start >= 0) result.push(Math.round((start + previous) / 2));
  return result;
}

function horizontalRules(image: GrayImage, from: number, to: number, minLength: number): number[] {
  const { data, width, height } = image;
  const found: number[] = [];
  for (let y = 0; y + band <= height; y += band) {
    const isInk = (x: number) => {
      if (x < from || x >= to) return false;
      for (let k = 0; k < band; k++) if (data[(y + k) * width + x]! < inkBelow) return true;
      return false;
    };
    if (longestRun(isInk, width) >= minLength) found.push(y + band / 2);
  }
  return centres(found, band * 3);
}

function verticalRules(image: GrayImage, top: number, bottom: number, minLength: number): number[] {
  const { data, width } = image;
  const found: number[] = [];
  for (let x = 0; x + band <= width; x += band) {
    const isInk = (y: number) => {
      if (y < top || y >= bottom) return false;
      for (let k = 0; k < band; k++) if (data[y * width + x + k]! < inkBelow) return true;
      return false;
    };
    if (longestRun(isInk, image.height) >= minLength) found.push(x + band / 2);
  }
  return centres(found, band * 3);
}

/** The table's rules, or null when the page has no ruled table (fewer than two rows or columns). */
export function findTableGrid(image: GrayImage): TableGrid | null {
  const rows = horizontalRules(image, 0, image.width, image.width * 0.5);
  if (rows.length < 3) return null;
  const top = rows[0]!;
  const bottom = rows.at(-1)!;
  const columns = verticalRules(image, top, bottom + 1, (bottom - top) * 0.6);
  if (columns.length < 3) return null;
  return { rows, columns };
}

/** The inside of a cell: a margin off each rule, so no rule ink is in the crop. */
export function cellBox(grid: TableGrid, row: number, column: number, margin: number): Box | null {
  const top = grid.rows[row];
  const bottom = grid.rows[row + 1];
  const left = grid.columns[column];
  const right = grid.columns[column + 1];
  if (top === undefined || bottom === undefined || left === undefined || right === undefined) return null;
  const box = { x: left + margin, y: top + margin, width: right - left - 2 * margin, height: bottom - top - 2 * margin };
  return box.width > 0 && box.height > 0 ? box : null;
}
